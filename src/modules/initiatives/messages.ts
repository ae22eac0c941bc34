import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the initiatives module. */
export const initiativesMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
