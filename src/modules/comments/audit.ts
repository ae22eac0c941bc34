import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, type ActionsOf } from '../../core/audit/sentences.js';

/**
 * How the host's own moderators' acts on comments read in the public log (a community's admins hiding a comment and
 * showing it again). Neither the comment nor its page is named, nor the reason: a members-only community's posts are
 * not public. The city's moderators' acts are the moderation module's.
 */
export const commentsAuditKinds = auditKinds({
  'comment.hidden_by_host': {
    role: 'resident',
    sentence: { ru: '{actor} как администратор сообщества скрыл комментарий', en: '{actor} hid a comment as an admin of a community' },
  },
  'comment.restored_by_host': {
    role: 'resident',
    sentence: {
      ru: '{actor} как администратор сообщества снова показал скрытый комментарий',
      en: '{actor} showed a hidden comment again as an admin of a community',
    },
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof commentsAuditKinds> {}
}

export const commentsAudit: AuditVocabulary = { kinds: commentsAuditKinds };
