import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the notifications module. */
export const notificationsMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
