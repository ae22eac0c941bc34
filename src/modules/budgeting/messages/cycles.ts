import type { Catalogue, Language } from '../../../core/i18n/i18n.js';

/** Messages of cycles, headings, proposals and expert review (helper C). */
export const cyclesMessages: Record<Language, Catalogue> = { en: {}, ru: {} };
