import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the verification module. */
export const verificationMessages: Record<Language, Catalogue> = {
  en: {
    'error.already_verified': 'Your account is already verified.',
    'error.identity_already_used': 'This phone number or document already verified another account. One person may have one verified account; if that account is yours, sign in to it, or ask the city to revoke it.',
  },
  ru: {
    'error.already_verified': 'Ваша учётная запись уже подтверждена.',
    'error.identity_already_used': 'Этот номер телефона или документ уже подтвердил другую учётную запись. У одного человека может быть одна подтверждённая учётная запись; если она ваша, войдите в неё или попросите город отозвать подтверждение.',
  },
};
