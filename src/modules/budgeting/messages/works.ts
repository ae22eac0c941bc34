import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Messages of implementation tracking and the budget for citizens (helper W). */
export const worksMessages: Record<Language, Catalogue> = { en: {}, ru: {} };
