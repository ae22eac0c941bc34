import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the crowdsourcing module. */
export const crowdsourcingMessages: Record<Language, Catalogue> = {
  en: {},
  ru: {},
};
