import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { caseCauses, caseStatuses, flagReasons } from '../domain/case-rules.js';

/** One person's flag on one piece of content, with a reason. */
export const flags = pgTable(
  'flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    userId: uuid('user_id').notNull(),
    reason: text('reason', { enum: flagReasons }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('flags_once_key').on(t.entityType, t.entityId, t.userId), index('flags_entity_idx').on(t.entityType, t.entityId)],
);

/**
 * The moderators' queue: one case per piece of content that was flagged or held. The content's own
 * module stores whether it is visible; the case records why it is in the queue and what was decided.
 */
export const moderationCases = pgTable(
  'moderation_cases',
  {
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    authorId: uuid('author_id'),
    /** `open` while waiting for a moderator; `closed` once decided. */
    status: text('status', { enum: caseStatuses }).notNull().default('open'),
    /** Why it is in the queue: flagged by people, or held by the forbidden-words screen. */
    cause: text('cause', { enum: caseCauses }).notNull(),
    /** The content's state as the queue last set it. */
    state: text('state', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    flagCount: integer('flag_count').notNull().default(0),
    /** Forbidden words that held it, comma-separated. */
    matchedWords: text('matched_words'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull().defaultNow(),
    decision: text('decision', { enum: ['hidden', 'restored', 'dismissed'] }),
    decisionReason: text('decision_reason'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.entityType, t.entityId] }), index('moderation_cases_queue_idx').on(t.status, t.openedAt)],
);

/** Words that hold a comment or discussion for a moderator before it is published (matched case-insensitively). */
export const forbiddenWords = pgTable('forbidden_words', {
  word: text('word').primaryKey(),
  addedBy: uuid('added_by'),
  addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
});
