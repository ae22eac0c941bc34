import { and, desc, isNotNull } from 'drizzle-orm';
import type { Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { polls } from './db/schema.js';

/** The anonymised responses of every closed poll, one JSON file a poll (groups under ten respondents generalised). */
export async function pollDatasets(ctx: ModuleContext): Promise<Dataset[]> {
  const closed = await ctx.database.db
    .select({ id: polls.id, title: polls.title, closedAt: polls.closedAt })
    .from(polls)
    .where(and(isNotNull(polls.publishedAt), isNotNull(polls.closedAt)))
    .orderBy(desc(polls.closedAt));
  return closed.map((p) => ({
    id: `polls.responses.${p.id}`,
    title: { ru: `Ответы на опрос «${p.title}»`, en: `Responses to the poll “${p.title}”` },
    description: {
      ru: 'Обезличенные ответы закрытого опроса: хеш квитанции, район, возрастная группа, ответы; район или группа, где меньше 10 ответивших, не указаны.',
      en: 'The closed poll’s anonymised responses: receipt hash, district, age band, answers; a district or age band with fewer than 10 respondents is left out.',
    },
    format: 'JSON',
    path: `/api/polls/${p.id}/responses.json`,
    licence: 'CC-BY-4.0',
    schema: {
      description: {
        ru: '{ poll: опрос с вопросами и вариантами, responses: [{ receipt, district, ageBand, answers }] }',
        en: '{ poll: the poll with its questions and options, responses: [{ receipt, district, ageBand, answers }] }',
      },
    },
    updatedAt: p.closedAt,
  }));
}
