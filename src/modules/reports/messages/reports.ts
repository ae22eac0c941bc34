import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Server messages of reports: reports. */
export const reportsMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
