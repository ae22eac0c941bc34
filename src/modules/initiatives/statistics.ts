import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';
import { deliveredMeasure } from '../commitments/index.js';

/**
 * Supports (by the supporter's district when they supported) and initiatives submitted, accepted (answered
 * "accepted" or "partially") and delivered (their commitment confirmed delivered), by the initiative's district
 * (city-wide ones count in the city only). Implemented is delivered, not accepted.
 */
export const initiativesStatistics: StatisticsContribution = {
  measures: [
    measure('initiative_supports', 'people', sql`select district_id, count(*)::int as value from initiative_supports group by 1`),
    measure('initiatives', 'things', sql`select district_id, count(*)::int as value from initiatives where submitted_at is not null group by 1`),
    measure(
      'initiatives_accepted',
      'things',
      sql`select district_id, count(*)::int as value from initiatives where status = 'answered' and answer_decision in ('accepted', 'partially') group by 1`,
    ),
    deliveredMeasure('initiatives_delivered', 'initiative'),
  ],
  ratios: [{ capability: 'initiatives', implemented: 'initiatives_delivered', proposed: 'initiatives' }],
  activity: sql`select user_id, created_at as at from initiative_supports`,
  participation: true,
};
