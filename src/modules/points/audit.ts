import type { AuditVocabulary } from '../../core/audit/present.js';
import { auditKinds, counted, num, quoted, str, type ActionsOf, type AuditText } from '../../core/audit/sentences.js';

const actions: Record<string, AuditText> = {
  'report.filed': { ru: 'сообщение о проблеме', en: 'reporting a problem' },
  'proposal.submitted': { ru: 'идею в «Твой бюджет»', en: 'a proposal to «Your Budget»' },
  'discussion.started': { ru: 'начатое обсуждение', en: 'starting a discussion' },
  'comment.posted': { ru: 'комментарий', en: 'a comment' },
  'ballot.cast': { ru: 'голос в «Твоём бюджете»', en: 'voting in «Your Budget»' },
  'poll.responded': { ru: 'ответ на опрос', en: 'answering a poll' },
  'idea.rated': { ru: 'оценку идеи', en: 'rating an idea' },
  'event.attended': { ru: 'участие в мероприятии', en: 'attending an event' },
};
const points = (n: unknown) => counted(Math.abs(num(n) ?? 0), ['балл', 'балла', 'баллов'], ['point', 'points']);
const reward = (title: unknown, id: string | null) => ({ text: quoted(str(title) ?? ''), href: id ? '/points' : null });

/** How points and rewards read in the public log; a person whose points are corrected is "a resident". */
export const pointsAuditKinds = auditKinds({
  'points.rule_changed': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил число баллов за {action}: было {from}, стало {to}', en: '{actor} changed the points for {action} from {from} to {to}' },
    params: (e) => ({ action: actions[e.subjectId ?? ''] ?? e.subjectId, from: num(e.data.from) ?? 0, to: num(e.data.to) ?? 0 }),
    shows: ['from', 'to'],
  },
  'points.levels_changed': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил уровни участников', en: '{actor} changed the participants’ levels' },
    shows: ['levels'],
  },
  'points.adjusted': {
    role: 'administrator',
    sentence: (e) =>
      (num(e.data.delta) ?? 0) >= 0
        ? { ru: '{actor} начислил жителю {points}', en: '{actor} gave a resident {points}' }
        : { ru: '{actor} списал у жителя {points}', en: '{actor} took {points} from a resident' },
    params: (e) => ({ points: points(e.data.delta) }),
    shows: ['delta'],
  },
  'points.reward_created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил поощрение {reward} за {cost}', en: '{actor} added the reward {reward} for {cost}' },
    params: (e) => ({ reward: reward(e.data.title, e.subjectId), cost: points(e.data.cost) }),
    shows: ['title', 'cost', 'stock', 'validUntil', 'active'],
  },
  'points.reward_changed': {
    role: 'administrator',
    sentence: (e) =>
      str(e.data.title)
        ? { ru: '{actor} изменил поощрение {reward}', en: '{actor} changed the reward {reward}' }
        : { ru: '{actor} изменил поощрение', en: '{actor} changed a reward' },
    params: (e) => ({ reward: reward(e.data.title, e.subjectId) }),
    shows: ['title', 'cost', 'stock', 'validUntil', 'active'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof pointsAuditKinds> {}
}

export const pointsAudit: AuditVocabulary = { kinds: pointsAuditKinds };
