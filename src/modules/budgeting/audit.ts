import { inArray } from 'drizzle-orm';
import type { AuditVocabulary } from '../../core/audit/present.js';
import {
  auditKinds,
  counted,
  departmentRef,
  num,
  numberedLink,
  quoted,
  str,
  type ActionsOf,
  type AuditFacts,
  type AuditLink,
  type AuditRef,
  type AuditText,
} from '../../core/audit/sentences.js';
import type { Db } from '../../core/db/client.js';
import { pbCycles, pbHeadings } from './db/schema.js';
import { headingTallied } from './events.js';

const phases: Record<string, AuditText> = {
  draft: { ru: 'черновик', en: 'draft' },
  informing: { ru: 'информирование', en: 'informing' },
  intake: { ru: 'приём идей', en: 'idea intake' },
  review: { ru: 'экспертиза', en: 'expert review' },
  voting: { ru: 'голосование', en: 'voting' },
  tallying: { ru: 'подсчёт', en: 'tallying' },
  results: { ru: 'итоги', en: 'results' },
  implementation: { ru: 'реализация', en: 'implementation' },
};
const decisions: Record<string, AuditText> = {
  feasible: { ru: 'реализуемой', en: 'feasible' },
  unfeasible: { ru: 'нереализуемой', en: 'not feasible' },
  submitted: { ru: 'снова на рассмотрении', en: 'back under review' },
};
const phase = (v: unknown) => phases[str(v) ?? ''] ?? str(v);
/** A cycle or heading by its title (given, or looked up), linked to its page. */
const named =
  (ref: string, path: string, fallback: AuditText) =>
  (id: string | null, title?: unknown): AuditLink | AuditRef => {
    const href = id ? `${path}${encodeURIComponent(id)}` : null;
    if (str(title)) return { text: quoted(str(title)!), href };
    return { ref, id: id ?? '', fallback: { text: fallback, href } };
  };
const cycle = named('pb_cycle', '/budgeting/cycles/', { ru: '«Твой бюджет»', en: 'a budgeting cycle' });
const heading = named('pb_heading', '/budgeting/headings/', { ru: 'бюджет', en: 'budget heading' });
const proposal = (n: unknown, ru = 'идею'): AuditLink =>
  numberedLink({ ru, en: 'proposal' }, num(n) ?? str(n), (num(n) ?? str(n)) ? `/budgeting/proposals/${String(num(n) ?? str(n))}` : null);
const work = (e: AuditFacts): AuditLink => ({
  text: str(e.data.title) ? quoted(str(e.data.title)!) : { ru: 'проекта', en: 'a project' },
  href: e.subjectId ? `/budgeting/works/${encodeURIComponent(e.subjectId)}` : null,
});
const projects = (n: number) => counted(n, ['проект', 'проекта', 'проектов'], ['project', 'projects']);

/** How the participatory budget's administration reads in the public log. */
export const budgetingAuditKinds = auditKinds({
  'pb_cycle.created': {
    role: 'administrator',
    sentence: { ru: '{actor} создал цикл «Твой бюджет» {cycle} на {year} год', en: '{actor} created the budgeting cycle {cycle} for {year}' },
    params: (e) => ({ cycle: cycle(e.subjectId, e.data.title), year: String(num(e.data.year) ?? '') }),
    shows: ['year', 'title', 'rule'],
  },
  'pb_cycle.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил настройки цикла {cycle}', en: '{actor} changed the settings of {cycle}' },
    params: (e) => ({ cycle: cycle(e.subjectId) }),
  },
  'pb_cycle.advanced': {
    role: 'administrator',
    sentence: { ru: '{actor} перевёл цикл {cycle} с этапа «{from}» на этап «{to}»', en: '{actor} moved {cycle} from “{from}” to “{to}”' },
    params: (e) => ({ cycle: cycle(e.subjectId), from: phase(e.data.from), to: phase(e.data.to) }),
    shows: ['from', 'to'],
  },
  'pb_heading.created': {
    role: 'administrator',
    sentence: { ru: '{actor} добавил бюджет {heading}', en: '{actor} added the budget heading {heading}' },
    params: (e) => ({ heading: heading(e.subjectId, e.data.title) }),
    shows: ['title', 'amount'],
  },
  'pb_heading.updated': {
    role: 'administrator',
    sentence: { ru: '{actor} изменил {heading}', en: '{actor} changed the {heading}' },
    params: (e) => ({ heading: heading(e.subjectId) }),
  },
  'pb_heading.deleted': {
    role: 'administrator',
    sentence: { ru: '{actor} удалил бюджет {title}', en: '{actor} deleted the budget heading {title}' },
    params: (e) => ({ title: quoted(str(e.data.title) ?? '') }),
    shows: ['title'],
  },
  'pb_expert.assigned': {
    role: 'administrator',
    sentence: { ru: '{actor} назначил эксперта в цикл {cycle}', en: '{actor} assigned an expert to {cycle}' },
    params: (e) => ({ cycle: cycle(e.subjectId) }),
  },
  'pb_expert.removed': {
    role: 'administrator',
    sentence: { ru: '{actor} снял эксперта с цикла {cycle}', en: '{actor} removed an expert from {cycle}' },
    params: (e) => ({ cycle: cycle(e.subjectId) }),
  },
  'proposal.reviewed': {
    role: 'expert',
    sentence: (e) =>
      decisions[str(e.data.decision) ?? '']
        ? { ru: '{actor} признал {proposal} {decision}', en: '{actor} found {proposal} {decision}' }
        : { ru: '{actor} рассмотрел {proposal}', en: '{actor} reviewed {proposal}' },
    params: (e) => ({ proposal: proposal(e.subjectId), decision: decisions[str(e.data.decision) ?? ''] }),
    shows: ['decision', 'finalCost', 'implementationMonths', 'previous'],
  },
  'proposal.merged': {
    role: 'expert',
    sentence: { ru: '{actor} объединил {proposal} с {into}', en: '{actor} merged {proposal} into {into}' },
    params: (e) => ({ proposal: proposal(e.subjectId), into: proposal(e.data.into, 'идеей') }),
    shows: ['into'],
  },
  'budgeting.tallied': {
    role: 'administrator',
    sentence: {
      ru: '{actor} подсчитал голоса ({heading}): {ballots}, проектов-победителей — {selected}',
      en: '{actor} counted the votes ({heading}): {ballots}, winning projects: {selected}',
    },
    params: (e) => ({
      heading: heading(e.subjectId),
      ballots: counted(num(e.data.ballots) ?? 0, ['бюллетень', 'бюллетеня', 'бюллетеней'], ['ballot', 'ballots']),
      selected: Array.isArray(e.data.selected) ? e.data.selected.length : 0,
    }),
    shows: ['rule', 'ballots', 'selected', 'ballotsSha256'],
  },
  'budgeting.overridden': {
    role: 'administrator',
    sentence: (e) =>
      e.data.decision === 'add'
        ? {
            ru: '{actor} добавил {proposal} к победителям ({heading}) решением администрации: {reason}',
            en: '{actor} added {proposal} to the winners ({heading}) by the administration’s decision: {reason}',
          }
        : {
            ru: '{actor} исключил {proposal} из победителей ({heading}) решением администрации: {reason}',
            en: '{actor} removed {proposal} from the winners ({heading}) by the administration’s decision: {reason}',
          },
    params: (e) => ({ proposal: proposal(e.data.number), heading: heading(e.subjectId), reason: quoted(str(e.data.reason) ?? '') }),
    shows: ['number', 'decision', 'reason'],
  },
  'budgeting.override_withdrawn': {
    role: 'administrator',
    sentence: {
      ru: '{actor} отменил решение администрации по {proposal}: {reason}',
      en: '{actor} withdrew the administration’s decision on {proposal}: {reason}',
    },
    params: (e) => ({ proposal: proposal(e.data.number, 'идее'), reason: quoted(str(e.data.reason) ?? '') }),
    shows: ['number', 'reason'],
  },
  'city_budget.imported': {
    role: 'administrator',
    unattended: 'command_line',
    sentence: { ru: '{actor} загрузил бюджет города на {year} год ({lines})', en: '{actor} imported the city budget for {year} ({lines})' },
    params: (e) => ({ year: e.subjectId, lines: counted(num(e.data.lines) ?? 0, ['строка', 'строки', 'строк'], ['line', 'lines']) }),
    shows: ['lines', 'illustrative'],
  },
  'pb_works.created': {
    role: 'administrator',
    sentence: { ru: '{actor} передал в реализацию {works} исполнителю {department}', en: '{actor} handed {works} over to {department} to build' },
    params: (e) => ({ works: projects(Array.isArray(e.data.works) ? e.data.works.length : 0), department: departmentRef(e.data.departmentId) }),
    shows: ['departmentId'],
  },
  'pb_work.updated': {
    role: 'official',
    sentence: { ru: '{actor} обновил ход реализации {work}', en: '{actor} posted progress on {work}' },
    params: (e) => ({ work: work(e) }),
    shows: ['status', 'progress', 'spent', 'proposalNumber', 'title', 'previousStatus'],
  },
  'pb_work.milestones_set': {
    role: 'official',
    sentence: { ru: '{actor} обновил этапы реализации {work}', en: '{actor} updated the milestones of {work}' },
    params: (e) => ({ work: work(e) }),
    shows: ['count', 'done'],
  },
});
declare module '../../core/audit/sentences.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- this module's actions join the list
  interface AuditActions extends ActionsOf<typeof budgetingAuditKinds> {}
}

/** Titles of cycles or headings, by id. */
const titles =
  (table: typeof pbCycles | typeof pbHeadings, path: string) =>
  async (db: Db, ids: string[]): Promise<Map<string, AuditLink>> => {
    const uuids = ids.filter((id) => /^[0-9a-f-]{36}$/i.test(id));
    if (!uuids.length) return new Map();
    const rows = await db.select({ id: table.id, title: table.title }).from(table).where(inArray(table.id, uuids));
    return new Map(rows.map((r) => [r.id, { text: quoted(r.title), href: `${path}${r.id}` }]));
  };

export const budgetingAudit: AuditVocabulary = {
  kinds: budgetingAuditKinds,
  // a tally is pinned in a signed checkpoint at once
  checkpointOn: [headingTallied],
  names: { pb_cycle: titles(pbCycles, '/budgeting/cycles/'), pb_heading: titles(pbHeadings, '/budgeting/headings/') },
};
