import { sql } from 'drizzle-orm';
import { bigserial, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Durable background work: domain events to dispatch, notifications to deliver, daily digests.
 * A job is a row, so work that was due while no server ran is done after the next start, and
 * several processes on one PostgreSQL server share the queue (rows are claimed with SKIP LOCKED).
 */
export const jobs = pgTable(
  'jobs',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    /** Not before this time. */
    runAt: timestamp('run_at', { withTimezone: true }).notNull().defaultNow(),
    /** At most one pending job per key (recurring jobs use their kind). */
    key: text('key'),
    attempts: integer('attempts').notNull().default(0),
    /** A claimed job whose runner died is taken again after this time. */
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    doneAt: timestamp('done_at', { withTimezone: true }),
    failedAt: timestamp('failed_at', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_due_idx')
      .on(t.runAt)
      .where(sql`done_at is null and failed_at is null`),
    uniqueIndex('jobs_pending_key')
      .on(t.key)
      .where(sql`done_at is null and failed_at is null`),
    index('jobs_done_idx').on(t.doneAt),
  ],
);
