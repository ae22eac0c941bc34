import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the discussions module. */
export const discussionsMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
