import { sql } from 'drizzle-orm';
import { measure, type StatisticsContribution } from '../../core/module/statistics.js';

/** Registered and verified residents by the district of their profile (deleted accounts left out); where each person lives. */
export const accountsStatistics: StatisticsContribution = {
  measures: [
    measure('registered', 'people', sql`select district_id, count(*)::int as value from users where deleted_at is null group by 1`),
    measure('verified', 'people', sql`select district_id, count(*)::int as value from users where deleted_at is null and verification = 'verified' group by 1`),
  ],
  residence: sql`select id as user_id, district_id from users`,
};
