import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Messages of ballots, tallies, results and pabulib import/export (helper B). */
export const ballotsMessages: Record<Language, Catalogue> = { en: {}, ru: {} };
