import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Append-only, hash-chained record of privileged actions. Rows are never updated or deleted. */
export const auditLog = pgTable(
  'audit_log',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id'),
    data: jsonb('data').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull().unique(),
  },
  (t) => [index('audit_log_subject_idx').on(t.subjectType, t.subjectId)],
);

/**
 * Signed checkpoints of the chain's head, published daily and on every tally or poll close: each one is verifiable
 * alone with the installation's public key (see checkpoints.ts), so a rewritten or cut log is caught by anyone who
 * kept a copy. Rows are never updated.
 */
export const auditCheckpoints = pgTable('audit_checkpoints', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  /** The position of the head entry it vouches for (0: the empty log). */
  seq: bigint('seq', { mode: 'number' }).notNull(),
  /** That entry's hash (GENESIS for the empty log). */
  hash: text('hash').notNull(),
  /** How many entries the log had: the chain is numbered from 1 without gaps, so always `seq`; stated for readers. */
  entries: bigint('entries', { mode: 'number' }).notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date', precision: 3 }).notNull(),
  /** Why it was published: `daily`, or the domain event type (`poll.closed`, `pb_heading.tallied`). */
  reason: text('reason').notNull(),
  /** The event that caused it, so a retried listener publishes it once. */
  eventId: text('event_id').unique(),
  /** The address of the installation that signed it. */
  site: text('site').notNull(),
  /** The first 16 hex digits of sha256 over the raw public key that signed it. */
  keyId: text('key_id').notNull(),
  /** Ed25519 signature, base64, over the canonical JSON of the fields above (checkpointMessage). */
  signature: text('signature').notNull(),
});
