import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';
import { readResults } from './use-cases/tally/read-results.js';
import { deliveredMeasure } from '../commitments/index.js';

/**
 * Ballots (by the heading's district; city-wide headings count in the city only) and proposals submitted (neither
 * withdrawn nor merged), funded (a winner, which becomes a work) and delivered (its work's commitment done), by the
 * proposal's district; implemented is delivered. A heading's voters by the district they lived in at its tally
 * (stored with the result) for its representativeness panel (whoever may see its results).
 */
export const budgetingStatistics: StatisticsContribution = {
  measures: [
    measure('ballots', 'people', sql`select h.district_id, count(*)::int as value from pb_ballots b join pb_headings h on h.id = b.heading_id group by 1`),
    measure('pb_proposals', 'things', sql`select district_id, count(*)::int as value from pb_proposals where status not in ('withdrawn', 'merged') group by 1`),
    measure(
      'pb_proposals_funded',
      'things',
      sql`select p.district_id, count(*)::int as value from pb_proposals p join pb_works w on w.proposal_id = p.id group by 1`,
    ),
    deliveredMeasure('pb_proposals_delivered', 'proposal'),
  ],
  ratios: [{ capability: 'budgeting', implemented: 'pb_proposals_delivered', proposed: 'pb_proposals' }],
  activity: sql`select voter_id as user_id, created_at as at from pb_ballots`,
  participation: true,
  representativeness: [
    {
      kind: 'budgeting-heading',
      async read(ctx, actor, id) {
        // counted at the tally (a pass over every ballot is no work for a request)
        const { result } = await readResults(ctx, actor, id);
        return { districts: result.votersByDistrict, ageBands: [] };
      },
    },
  ],
};
