import type { AuditVocabulary } from '../../core/audit/present.js';
import {
  auditKinds,
  counted,
  num,
  numberedLink,
  quoted,
  str,
  type ActionsOf,
  type AuditFacts,
  type AuditLink,
  type AuditText,
} from '../../core/audit/sentences.js';

const phases: Record<string, AuditText> = {
  announced: { ru: 'объявлен', en: 'announced' },
  ideas: { ru: 'приём идей', en: 'ideas' },
  selection: { ru: 'экспертный отбор', en: 'expert selection' },
  voting: { ru: 'голосование', en: 'vote' },
  implementation: { ru: 'реализация', en: 'implementation' },
  completed: { ru: 'отчёт опубликован', en: 'report published' },
};
const decisions: Record<string, AuditText> = {
  shortlisted: { ru: 'включил в короткий список', en: 'shortlisted' },
  rejected: { ru: 'отклонил', en: 'rejected' },
  merged: { ru: 'объединил с похожей', en: 'merged with a similar one' },
};
const project = (e: AuditFacts, title?: unknown, ru = 'краудсорсинг-проект'): AuditLink =>
  str(title)
    ? { text: quoted(str(title)!), href: e.subjectId ? `/crowdsourcing/${e.subjectId}` : null }
    : numberedLink({ ru, en: 'crowdsourcing project' }, e.subjectId, e.subjectId ? `/crowdsourcing/${e.subjectId}` : null);
const idea = (n: unknown, word: AuditText = { ru: 'идею', en: 'idea' }): AuditLink =>
  numberedLink(word, num(n) ?? str(n), (num(n) ?? str(n)) ? `/crowdsourcing/ideas/${String(num(n) ?? str(n))}` : null);
const ideas = (v: unknown) => counted(Array.isArray(v) ? v.length : 0, ['идея', 'идеи', 'идей'], ['idea', 'ideas']);

/** How crowdsourcing projects read in the public log. */
export const crowdsourcingAuditKinds = auditKinds({
  'crowd_project.created': {
    role: 'administrator',
    sentence: { ru: '{actor} создал краудсорсинг-проект {project}', en: '{actor} created the crowdsourcing project {project}' },
    params: (e) => ({ project: project(e, e.data.title) }),
    shows: ['title', 'experts'],
  },
  'crowd_project.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил краудсорсинг-проект {project}', en: '{actor} changed the crowdsourcing project {project}' },
    params: (e) => ({ project: project(e, e.data.title) }),
    shows: ['title', 'experts'],
  },
  'crowd_project.published': {
    role: 'administrator',
    sentence: { ru: '{actor} опубликовал {project}', en: '{actor} published {project}' },
    params: (e) => ({ project: project(e) }),
    shows: ['phase'],
  },
  'crowd_project.advanced': {
    role: 'administrator',
    sentence: { ru: '{actor} перевёл {project} на этап «{to}»', en: '{actor} moved {project} to the “{to}” phase' },
    params: (e) => ({ project: project(e), to: phases[str(e.data.to) ?? ''] ?? str(e.data.to) }),
    shows: ['from', 'to'],
  },
  'crowd_project.vote_started': {
    role: 'administrator',
    sentence: { ru: '{actor} открыл голосование по {project}: в бюллетене {ideas}', en: '{actor} opened the vote of {project}: {ideas} on the ballot' },
    params: (e) => ({ project: project(e, null, 'краудсорсинг-проекту'), ideas: ideas(e.data.ideas) }),
    shows: ['ideas'],
  },
  'crowd_project.reported': {
    role: 'administrator',
    sentence: {
      ru: '{actor} опубликовал отчёт о реализации {project}: принято {ideas}',
      en: '{actor} published the implementation report of {project}: {ideas} accepted',
    },
    params: (e) => ({ project: project(e, null, 'краудсорсинг-проекта'), ideas: ideas(e.data.accepted) }),
    shows: ['accepted'],
  },
  'idea.reviewed': {
    role: 'expert',
    sentence: (e) =>
      e.data.decision === 'merged' && e.data.into
        ? { ru: '{actor} объединил {idea} с {into}', en: '{actor} merged {idea} into {intoEn}' }
        : { ru: '{actor} {decision} {idea}', en: '{actor} {decision} {idea}' },
    params: (e) => ({
      idea: idea(e.subjectId),
      into: idea(e.data.into, { ru: 'идеей', en: 'idea' }),
      intoEn: idea(e.data.into),
      decision: decisions[str(e.data.decision) ?? ''] ?? { ru: 'рассмотрел', en: 'reviewed' },
    }),
    shows: ['decision', 'previous', 'into'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof crowdsourcingAuditKinds> {}
}

export const crowdsourcingAudit: AuditVocabulary = { kinds: crowdsourcingAuditKinds };
