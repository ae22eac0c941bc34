import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import { searchVectorOf, tsvector } from '../../../core/db/search.js';
import { answerDecisions, initiativeScopes, initiativeStatuses, initiativeTypes } from '../domain/lifecycle.js';

// the vocabulary is the domain's (the web imports it from there)
export { answerDecisions, initiativeScopes, initiativeStatuses, initiativeTypes };

/**
 * The thresholds of an initiative type in a scope (administrators edit them, audited): how many co-initiators
 * must join before it can be submitted, how many supports it needs, for how many days it collects, and in how
 * many working days the authority must answer. An initiative keeps a copy of the figures it was admitted with.
 */
export const initiativeRules = pgTable(
  'initiative_rules',
  {
    type: text('type', { enum: initiativeTypes }).notNull(),
    scope: text('scope', { enum: initiativeScopes }).notNull(),
    minCoinitiators: smallint('min_coinitiators').notNull(),
    supportThreshold: integer('support_threshold').notNull(),
    supportDays: smallint('support_days').notNull(),
    answerWorkingDays: smallint('answer_working_days').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.type, t.scope] }),
    check('initiative_rules_positive', sql`${t.minCoinitiators} >= 0 and ${t.supportThreshold} > 0 and ${t.supportDays} > 0 and ${t.answerWorkingDays} > 0`),
  ],
);

/** A citizen initiative; public by its number once submitted (a draft is readable by link, for co-initiators to join). */
export const initiatives = pgTable(
  'initiatives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull(),
    type: text('type', { enum: initiativeTypes }).notNull(),
    scope: text('scope', { enum: initiativeScopes }).notNull(),
    /** Set for the district scope, null for the city. */
    districtId: text('district_id').references(() => districts.id),
    title: text('title').notNull(),
    /** The reasoning (plain text). */
    text: text('text').notNull(),
    /** What is asked… */
    ask: text('ask').notNull(),
    /** …of whom (as the residents name the authority). */
    addressee: text('addressee').notNull(),
    authorId: uuid('author_id').notNull(),
    status: text('status', { enum: initiativeStatuses }).notNull().default('draft'),
    /** The responsible authority, chosen by the expert when admitting; it answers. */
    departmentId: text('department_id').references(() => departments.id),
    /** Figures copied from initiative_rules: co-initiators at submission, the rest at admission. */
    minCoinitiators: smallint('min_coinitiators'),
    supportThreshold: integer('support_threshold'),
    answerWorkingDays: smallint('answer_working_days'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Screening: the expert's public reason either way. */
    screenedAt: timestamp('screened_at', { withTimezone: true }),
    screenedBy: uuid('screened_by'),
    screeningReason: text('screening_reason'),
    supportOpensAt: timestamp('support_opens_at', { withTimezone: true }),
    supportClosesAt: timestamp('support_closes_at', { withTimezone: true }),
    supportCount: integer('support_count').notNull().default(0),
    thresholdReachedAt: timestamp('threshold_reached_at', { withTimezone: true }),
    /** thresholdReachedAt + answerWorkingDays working days (the city's calendar), end of that working day in city time. */
    answerDueAt: timestamp('answer_due_at', { withTimezone: true }),
    /** When followers were told the answer is overdue (once). */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    answerDecision: text('answer_decision', { enum: answerDecisions }),
    answerText: text('answer_text'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Full-text search over title and text (Russian and English stemming; core/db/search.ts). */
    search: tsvector('search').notNull().generatedAlwaysAs(searchVectorOf('title', 'text')),
  },
  (t) => [
    uniqueIndex('initiatives_number_key').on(t.number),
    index('initiatives_search_idx').using('gin', t.search),
    index('initiatives_status_idx').on(t.status, t.supportClosesAt),
    index('initiatives_due_idx').on(t.answerDueAt),
    index('initiatives_author_idx').on(t.authorId),
    check('initiatives_scope_district', sql`(${t.scope} = 'district') = (${t.districtId} is not null)`),
    check('initiatives_support_count', sql`${t.supportCount} >= 0`),
  ],
);

/** Residents who joined a draft as co-initiators (one row each; the author is not one). */
export const initiativeCoinitiators = pgTable(
  'initiative_coinitiators',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.userId] }), index('initiative_coinitiators_user_idx').on(t.userId)],
);

/** One support per verified resident per initiative: the primary key is the guarantee. District is a snapshot. */
export const initiativeSupports = pgTable(
  'initiative_supports',
  {
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    districtId: text('district_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.initiativeId, t.userId] }), index('initiative_supports_user_idx').on(t.userId)],
);

/** Every status change with its date (public): the initiative's timeline. */
export const initiativeHistory = pgTable(
  'initiative_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    initiativeId: uuid('initiative_id')
      .notNull()
      .references(() => initiatives.id, { onDelete: 'cascade' }),
    status: text('status', { enum: initiativeStatuses }).notNull(),
    /** What a person wrote for this step (the screening reason, the answer), shown as written. */
    note: text('note').notNull().default(''),
    /** Or the platform's own note, shown in the reader's language: a message key with its figures. */
    noteKey: text('note_key'),
    noteParams: jsonb('note_params'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('initiative_history_idx').on(t.initiativeId, t.at)],
);
