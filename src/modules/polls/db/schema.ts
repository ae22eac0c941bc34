import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments } from '../../../core/city/schema.js';

export const pollKinds = ['poll', 'priorities'] as const;
export const questionKinds = ['single', 'multiple', 'rating', 'ranking', 'text'] as const;

/**
 * A poll: city-wide or targeted (districts, age bands, verified only), binding (verified residents, one response
 * each) or advisory (any signed-in resident, one response each too). A draft until published; answers are taken
 * between opens_at and closes_at. The decision rule (optional) names the question and option that mean "in favour",
 * a minimum turnout (a count or a share of eligible residents) and the majority required.
 */
export const polls = pgTable(
  'polls',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: pollKinds }).notNull().default('poll'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    imageFileId: uuid('image_file_id'),
    /** Empty: the whole city. */
    districtIds: text('district_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Empty: every age. Bands as in the verification module (18-24, 25-34, …). */
    ageBands: text('age_bands')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    verifiedOnly: boolean('verified_only').notNull().default(false),
    binding: boolean('binding').notNull().default(false),
    /** `live`: results visible while open; `after_close`: only once closed. */
    resultsVisibility: text('results_visibility', { enum: ['live', 'after_close'] })
      .notNull()
      .default('after_close'),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** Decision rule: minimum turnout as a count and/or a share of eligible residents (per mille), majority as a fraction. */
    decisionQuestionId: uuid('decision_question_id'),
    decisionOptionId: uuid('decision_option_id'),
    minTurnoutCount: integer('min_turnout_count'),
    minTurnoutPermille: smallint('min_turnout_permille'),
    majorityNumerator: smallint('majority_numerator'),
    majorityDenominator: smallint('majority_denominator'),
    /** true: more than the fraction (> 50 %, > 70 %); false: at least (≥ 2/3). */
    majorityStrict: boolean('majority_strict').notNull().default(true),
    /**
     * What the city owes when the poll decides: a binding poll that passes its rule, and the top priorities of a
     * «Родной район» poll, become commitments of this department (for priorities: the district's administration when
     * none is named), due on this working day — recorded when the poll closes.
     */
    departmentId: text('department_id').references(() => departments.id),
    dueOn: date('due_on'),
    /** Priorities: how many of the top directions become commitments (null: the default, 3). */
    priorityCount: smallint('priority_count'),
    /** Results computed at close (turnout, per district, per question, the decision) — frozen and published. */
    results: jsonb('results'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('polls_closes_idx').on(t.closesAt), check('polls_dates', sql`${t.closesAt} > ${t.opensAt}`)],
);

export const pollQuestions = pgTable(
  'poll_questions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    kind: text('kind', { enum: questionKinds }).notNull(),
    text: text('text').notNull(),
    description: text('description').notNull().default(''),
    imageFileId: uuid('image_file_id'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    required: boolean('required').notNull().default(true),
    /** multiple: how many options may and must be chosen. */
    minChoices: smallint('min_choices'),
    maxChoices: smallint('max_choices'),
    /** rating: the top of the scale (5 or 10). */
    scale: smallint('scale'),
  },
  (t) => [uniqueIndex('poll_questions_position_key').on(t.pollId, t.position)],
);

export const pollOptions = pgTable(
  'poll_options',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    questionId: uuid('question_id')
      .notNull()
      .references(() => pollQuestions.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [uniqueIndex('poll_options_position_key').on(t.questionId, t.position)],
);

/**
 * One response per person per poll (the unique index is the guarantee, binding or not). The receipt code is shown
 * once; only its hash is kept and names the response in the published file. District, age band and verification are
 * a snapshot taken when answering, for the breakdown at close.
 */
export const pollResponses = pgTable(
  'poll_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pollId: uuid('poll_id')
      .notNull()
      .references(() => polls.id, { onDelete: 'cascade' }),
    respondentId: uuid('respondent_id').notNull(),
    receiptHash: text('receipt_hash').notNull(),
    districtId: text('district_id'),
    ageBand: text('age_band'),
    verified: boolean('verified').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('poll_responses_one_per_person').on(t.pollId, t.respondentId),
    uniqueIndex('poll_responses_receipt_key').on(t.receiptHash),
    index('poll_responses_poll_idx').on(t.pollId, t.districtId),
  ],
);

/**
 * A response's answers: one row per chosen option (single, multiple), per rated question (`value` = the rating),
 * per ranked option (`value` = its rank, 1 = first), or per free text (`text`, shown only to administrators).
 */
export const pollAnswers = pgTable(
  'poll_answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    responseId: uuid('response_id')
      .notNull()
      .references(() => pollResponses.id, { onDelete: 'cascade' }),
    questionId: uuid('question_id').notNull(),
    optionId: uuid('option_id'),
    value: smallint('value'),
    text: text('text'),
  },
  (t) => [index('poll_answers_response_idx').on(t.responseId), index('poll_answers_question_idx').on(t.questionId, t.optionId)],
);
