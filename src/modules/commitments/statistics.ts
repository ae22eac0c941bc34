import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/**
 * What the city promised and what it delivered, by the commitment's district (city-wide ones count in the city only):
 * the ledger's own "implemented ÷ proposed" — commitments delivered ÷ made, whatever their source — beside each
 * capability's own ratio (which counts acceptance, not delivery).
 */
export const commitmentsStatistics: StatisticsContribution = {
  measures: [
    measure('commitments', 'things', sql`select district_id, count(*)::int as value from commitments group by 1`),
    measure('commitments_delivered', 'things', sql`select district_id, count(*)::int as value from commitments where status = 'delivered' group by 1`),
  ],
  ratios: [{ capability: 'commitments', implemented: 'commitments_delivered', proposed: 'commitments' }],
};
