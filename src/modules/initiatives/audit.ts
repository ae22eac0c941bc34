import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, departmentRef, numberedLink, str, type ActionsOf, type AuditFacts, type AuditText } from '../../core/audit/sentences.js';

const initiative = (e: AuditFacts, word: AuditText = { ru: 'инициативу', en: 'initiative' }) =>
  numberedLink(word, e.subjectId, e.subjectId ? `/initiatives/${e.subjectId}` : null);
const answers: Record<string, AuditText> = {
  accepted: { ru: 'поддержал', en: 'accepted' },
  partially: { ru: 'частично поддержал', en: 'partly accepted' },
  rejected: { ru: 'отклонил', en: 'rejected' },
};

/** How residents' initiatives read in the public log. */
export const initiativesAuditKinds = auditKinds({
  'initiative.screened': {
    role: 'moderator',
    sentence: (e) =>
      e.data.decision === 'admissible'
        ? {
            ru: '{actor} допустил {initiative} к сбору подписей и направил её исполнителю {department}',
            en: '{actor} admitted {initiative} to collect support and sent it to {department}',
          }
        : { ru: '{actor} признал {initiative} недопустимой', en: '{actor} found {initiative} inadmissible' },
    params: (e) => ({ initiative: initiative(e), department: departmentRef(e.data.departmentId) }),
    shows: ['decision', 'supportThreshold', 'answerWorkingDays'],
  },
  'initiative.answered': {
    role: 'official',
    sentence: { ru: '{actor} ответил на {initiative}: {decision}', en: '{actor} answered {initiative}: {decision}' },
    params: (e) => ({
      initiative: initiative(e, { ru: 'инициативу', en: 'initiative' }),
      decision: answers[str(e.data.decision) ?? ''] ?? str(e.data.decision),
    }),
    shows: ['decision', 'overdue'],
  },
  'initiative_rules.updated': {
    role: 'administrator',
    sentence: {
      ru: '{actor} изменил пороги подписей и сроки ответа на инициативы',
      en: '{actor} changed the support thresholds and answer times of initiatives',
    },
    shows: ['before', 'after'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof initiativesAuditKinds> {}
}

export const initiativesAudit: AuditVocabulary = { kinds: initiativesAuditKinds };
