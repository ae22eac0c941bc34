import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, str, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

const group = (e: AuditFacts): AuditLink => {
  const name = str(e.data.name) ?? '';
  return { text: { ru: `«${name}»`, en: `“${name}”` }, href: e.subjectId ? `/groups/${e.subjectId}` : null };
};

/** How administrators' verification of organisations and public figures' pages reads in the public log. */
export const groupsAuditKinds = auditKinds({
  'group.verified': {
    role: 'administrator',
    sentence: { ru: '{actor} подтвердил страницу {group}', en: '{actor} verified the page {group}' },
    params: (e) => ({ group: group(e) }),
    shows: ['kind', 'registrationNumber'],
  },
  'group.rejected': {
    role: 'administrator',
    sentence: { ru: '{actor} отклонил страницу {group}', en: '{actor} refused the page {group}' },
    params: (e) => ({ group: group(e) }),
    shows: ['kind'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof groupsAuditKinds> {}
}

export const groupsAudit: AuditVocabulary = { kinds: groupsAuditKinds };
