import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, counted, num, type ActionsOf, type AuditFacts, type AuditLink } from '../../core/audit/sentences.js';

/** What was moderated, in the accusative («скрыл обсуждение», «скрыл инициативу»), linked to its page where it has one. */
const things: Record<string, { ru: string; en: string; path?: string }> = {
  discussion: { ru: 'обсуждение', en: 'a discussion', path: '/discussions/' },
  comment: { ru: 'комментарий', en: 'a comment' },
  report: { ru: 'обращение', en: 'a report', path: '/reports/' },
  proposal: { ru: 'идею «Твоего бюджета»', en: 'a budget proposal', path: '/budgeting/proposals/' },
  initiative: { ru: 'инициативу', en: 'an initiative', path: '/initiatives/' },
  crowd_project: { ru: 'краудсорсинг-проект', en: 'a crowdsourcing project', path: '/crowdsourcing/' },
  idea: { ru: 'идею', en: 'an idea', path: '/crowdsourcing/ideas/' },
  person: { ru: 'профиль жителя', en: 'a resident’s profile' },
};
const thing = (e: AuditFacts): AuditLink => {
  const t = things[e.subjectType] ?? { ru: 'материал', en: 'content' };
  return { text: { ru: t.ru, en: t.en }, href: t.path && e.subjectId ? `${t.path}${encodeURIComponent(e.subjectId)}` : null };
};
const shows = ['reason', 'from', 'to', 'cause', 'flagCount'] as const;
const words = (n: unknown) => counted(num(n) ?? 0, ['слово', 'слова', 'слов'], ['word', 'words']);

/** How moderators' decisions read in the public log (the reason is public; who flagged is not recorded). */
export const moderationAuditKinds = auditKinds({
  'moderation.hidden': {
    role: 'moderator',
    sentence: { ru: '{actor} скрыл {thing}', en: '{actor} hid {thing}' },
    params: (e) => ({ thing: thing(e) }),
    shows,
  },
  'moderation.restored': {
    role: 'moderator',
    sentence: { ru: '{actor} вернул {thing} в открытый доступ', en: '{actor} restored {thing}' },
    params: (e) => ({ thing: thing(e) }),
    shows,
  },
  'moderation.dismissed': {
    role: 'moderator',
    sentence: { ru: '{actor} отклонил жалобы на {thing}', en: '{actor} dismissed the flags on {thing}' },
    params: (e) => ({ thing: thing(e) }),
    shows,
  },
  'moderation.words_changed': {
    role: 'moderator',
    sentence: {
      ru: '{actor} изменил список запрещённых слов: добавлено {added}, убрано {removed}',
      en: '{actor} changed the list of forbidden words: {added} added, {removed} removed',
    },
    params: (e) => ({
      added: words(Array.isArray(e.data.added) ? e.data.added.length : 0),
      removed: words(Array.isArray(e.data.removed) ? e.data.removed.length : 0),
    }),
    shows: ['total'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof moderationAuditKinds> {}
}

export const moderationAudit: AuditVocabulary = { kinds: moderationAuditKinds };
