import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, departmentRef, numberedLink, type ActionsOf, type AuditFacts } from '../../core/audit/sentences.js';

const commitment = (e: AuditFacts) => numberedLink({ ru: 'обязательство', en: 'commitment' }, e.subjectId, e.subjectId ? `/commitments/${e.subjectId}` : null);

/** How commitments read in the public log. */
export const commitmentsAuditKinds = auditKinds({
  'commitment.created': {
    role: 'official',
    sentence: { ru: '{actor} принял {commitment} для исполнителя {department}', en: '{actor} made {commitment} for {department}' },
    params: (e) => ({ commitment: commitment(e), department: departmentRef(e.data.departmentId) }),
    shows: ['sourceType', 'sourceId', 'dueOn'],
  },
  'commitment.progressed': {
    role: 'official',
    sentence: { ru: '{actor} сообщил о ходе выполнения {commitment}', en: '{actor} posted progress on {commitment}' },
    params: (e) => ({ commitment: commitment(e) }),
    shows: ['stage', 'percent', 'spent', 'photos'],
  },
  'commitment.delivered': {
    role: 'official',
    sentence: { ru: '{actor} подтвердил выполнение {commitment}', en: '{actor} confirmed delivery of {commitment}' },
    params: (e) => ({ commitment: commitment(e) }),
    shows: ['deliveredOn', 'onTime'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof commitmentsAuditKinds> {}
}

export const commitmentsAudit: AuditVocabulary = { kinds: commitmentsAuditKinds };
