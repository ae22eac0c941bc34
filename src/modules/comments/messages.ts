import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the comments module. */
export const commentsMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
