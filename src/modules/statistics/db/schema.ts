import { sql } from 'drizzle-orm';
import { check, integer, jsonb, pgTable, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';

/**
 * Each district's population as published by a statistics office, with the year it refers to and where it was read:
 * the denominator of every participation share. Administrators edit it (audited) or import it from CSV.
 */
export const districtPopulation = pgTable(
  'district_population',
  {
    districtId: text('district_id')
      .primaryKey()
      .references(() => districts.id, { onDelete: 'cascade' }),
    population: integer('population').notNull(),
    year: smallint('year').notNull(),
    /** Who published it and where it was read (a name or a URL), shown beside every share. */
    source: text('source').notNull(),
    /** A caveat (e.g. "not yet corrected for the 2021 census"), shown with the figure. */
    note: text('note'),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('district_population_positive', sql`${t.population} > 0`), check('district_population_year', sql`${t.year} between 1900 and 2100`)],
);

/**
 * Precomputed figures, one row per kind (`participation` now; the social-performance monitor can add its own): the
 * statistics job counts over every module's tables and stores the result, so a request reads one row by key.
 */
export const statisticsSnapshots = pgTable('statistics_snapshots', {
  key: text('key').primaryKey(),
  data: jsonb('data').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
