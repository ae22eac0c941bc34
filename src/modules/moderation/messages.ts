import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the moderation module. */
export const moderationMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
