import type { Catalogue, Language } from '../../core/i18n/i18n.js';
import { ballotsMessages } from './messages/ballots.js';
import { cyclesMessages } from './messages/cycles.js';
import { pbMessages } from './messages/pb.js';
import { worksMessages } from './messages/works.js';

/** Server messages of the budgeting module (one file per part, merged). */
export const budgetingMessages: Record<Language, Catalogue> = {
  en: { ...pbMessages.en, ...cyclesMessages.en, ...ballotsMessages.en, ...worksMessages.en },
  ru: { ...pbMessages.ru, ...cyclesMessages.ru, ...ballotsMessages.ru, ...worksMessages.ru },
};
