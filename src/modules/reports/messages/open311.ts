import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Server messages of reports: open311. */
export const open311Messages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
