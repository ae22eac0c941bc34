import type { Catalogue, Language } from '../../core/i18n/i18n.js';

/** Server messages of the points module. */
export const pointsMessages: Record<Language, Catalogue> = { en: {}, ru: {} };
