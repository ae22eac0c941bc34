import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Server messages of reports: classifier. */
export const classifierMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
