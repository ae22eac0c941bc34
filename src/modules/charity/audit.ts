import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, str, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

const cause = (e: AuditFacts): AuditLink => {
  const title = str(e.data.title) ?? '';
  return { text: { ru: `«${title}»`, en: `“${title}”` }, href: e.subjectId ? `/charity/${e.subjectId}` : null };
};

/** How administrators' acts on charity causes, and the reports organisations' admins post, read in the public log. */
export const charityAuditKinds = auditKinds({
  'charity.cause_created': {
    role: 'administrator',
    sentence: { ru: '{actor} подготовил благотворительный сбор {cause}', en: '{actor} drafted the charity cause {cause}' },
    params: (e) => ({ cause: cause(e) }),
    shows: ['organisation', 'inn', 'targetRubles', 'method'],
  },
  'charity.cause_changed': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил благотворительный сбор {cause}', en: '{actor} changed the charity cause {cause}' },
    params: (e) => ({ cause: cause(e) }),
    shows: ['organisation', 'inn', 'targetRubles', 'method'],
  },
  'charity.cause_approved': {
    role: 'administrator',
    sentence: { ru: '{actor} одобрил благотворительный сбор {cause}', en: '{actor} approved the charity cause {cause}' },
    params: (e) => ({ cause: cause(e) }),
    shows: ['organisation', 'inn'],
  },
  'charity.cause_closed': {
    role: 'administrator',
    sentence: { ru: '{actor} закрыл благотворительный сбор {cause}', en: '{actor} closed the charity cause {cause}' },
    params: (e) => ({ cause: cause(e) }),
    shows: ['collectedRubles'],
  },
  'charity.cause_reported': {
    role: 'administrator',
    sentence: { ru: '{actor} опубликовал отчёт по сбору {cause}', en: '{actor} published a report on the cause {cause}' },
    params: (e) => ({ cause: cause(e) }),
    shows: ['reportedOn', 'collectedRubles', 'photos'],
  },
  'charity.cause_reported_by_group': {
    role: 'resident',
    sentence: {
      ru: '{actor} от имени организации {group} опубликовал отчёт по сбору {cause}',
      en: '{actor} published a report on the cause {cause} on behalf of the organisation {group}',
    },
    params: (e) => {
      const name = str(e.data.group) ?? '';
      const id = str(e.data.groupId);
      return { cause: cause(e), group: { text: { ru: `«${name}»`, en: `“${name}”` }, href: id ? `/groups/${id}` : null } };
    },
    shows: ['reportedOn', 'collectedRubles', 'photos'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof charityAuditKinds> {}
}

export const charityAudit: AuditVocabulary = { kinds: charityAuditKinds };
