import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/**
 * Reports filed (those a moderator let through: not rejected, not merged as duplicates, not outside the city's
 * competence) and resolved (answered or closed; a reopened one is not), by the report's district. A commitments ledger
 * may later count a report answered with a promise as implemented only once its commitment is delivered.
 */
export const reportsStatistics: StatisticsContribution = {
  measures: [
    measure(
      'reports',
      'things',
      sql`select district_id, count(*)::int as value from reports where status not in ('rejected', 'duplicate', 'not_competent') group by 1`,
    ),
    measure('reports_resolved', 'things', sql`select district_id, count(*)::int as value from reports where status in ('answered', 'closed') group by 1`),
  ],
  ratios: [{ capability: 'reports', implemented: 'reports_resolved', proposed: 'reports' }],
  activity: sql`select reporter_id as user_id, created_at as at from reports`,
};
