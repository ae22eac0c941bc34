import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/**
 * One resident's answer to the periodic in-app survey of the social-performance monitor (one per person per quarter,
 * `period` = '2026-Q4'): how useful the platform is (1–5), whether they would recommend it (0–10) and how much they
 * feel part of a community (1–5); each question may be skipped. `dismissed`: asked and declined, so not asked again
 * that quarter and counted nowhere. Published only as aggregates of at least ten answers; a deleted account's answers
 * stay counted with the link to the person cut.
 */
export const surveyAnswers = pgTable(
  'monitor_survey_answers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    period: text('period').notNull(),
    usefulness: smallint('usefulness'),
    recommend: smallint('recommend'),
    community: smallint('community'),
    dismissed: boolean('dismissed').notNull().default(false),
    /** An invented answer the demo city seeds so its monitor has figures to show; the page says how many it counts. */
    sample: boolean('sample').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('monitor_survey_answers_person_period_key').on(t.userId, t.period),
    index('monitor_survey_answers_created_idx').on(t.createdAt),
    check('monitor_survey_usefulness', sql`${t.usefulness} between 1 and 5`),
    check('monitor_survey_recommend', sql`${t.recommend} between 0 and 10`),
    check('monitor_survey_community', sql`${t.community} between 1 and 5`),
  ],
);

/**
 * The six measures of one month as the monitor job computed them (the month's first day, city time), read by key: the
 * public page never counts over the platform's tables. The current month is recomputed daily until it ends.
 */
export const monitorMonths = pgTable('monitor_months', {
  month: date('month').primaryKey(),
  measures: jsonb('measures').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
});
