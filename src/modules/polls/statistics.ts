import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';
import { readResults } from './use-cases/read-polls.js';

/**
 * Poll responses by the respondent's district when answering; a poll's respondents by district and age band for its
 * representativeness panel (whoever may see its results: the frozen results after close, live ones before).
 */
export const pollsStatistics: StatisticsContribution = {
  measures: [measure('poll_responses', 'people', sql`select district_id, count(*)::int as value from poll_responses group by 1`)],
  activity: sql`select respondent_id as user_id, created_at as at from poll_responses`,
  participation: true,
  representativeness: [
    {
      kind: 'poll',
      async read(ctx, actor, id) {
        const { results } = await readResults(ctx, actor, id);
        return {
          districts: results.districts.map((d) => ({ districtId: d.districtId, value: d.responses })),
          ageBands: results.ageBands.map((a) => ({ ageBand: a.ageBand, value: a.responses })),
        };
      },
    },
  ],
};
