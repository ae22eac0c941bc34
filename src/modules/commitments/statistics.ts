import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';
import type { CommitmentSourceKind } from './domain/commitments.js';

/**
 * The one way to count what a capability implemented when what the city accepts there becomes a commitment (an
 * initiative, an idea, a budget winner): its commitments DELIVERED, by the commitment's district. The source module
 * names it as its ratio's `implemented`, so accepting is not counted as doing.
 */
export const deliveredMeasure = (id: string, sourceType: CommitmentSourceKind) =>
  measure(id, 'things', sql`select district_id, count(*)::int as value from commitments where source_type = ${sourceType} and status = 'delivered' group by 1`);

/**
 * What the city promised and what it delivered, by the commitment's district (city-wide ones count in the city only):
 * the ledger's own "implemented ÷ proposed" — commitments delivered ÷ made, whatever their source — beside each
 * capability's own ratio (which counts its sources' delivered commitments, `deliveredMeasure`).
 */
export const commitmentsStatistics: StatisticsContribution = {
  measures: [
    measure('commitments', 'things', sql`select district_id, count(*)::int as value from commitments group by 1`),
    measure('commitments_delivered', 'things', sql`select district_id, count(*)::int as value from commitments where status = 'delivered' group by 1`),
  ],
  ratios: [{ capability: 'commitments', implemented: 'commitments_delivered', proposed: 'commitments' }],
};
