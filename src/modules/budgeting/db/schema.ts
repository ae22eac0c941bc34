import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import type { DistrictCount } from '../../../core/module/statistics.js';
import { searchVectorOf, tsvector } from '../../../core/db/search.js';
import { ballotKinds } from '../domain/cycle-rules.js';
import { proposalStatuses, proposalTopics } from '../domain/proposal-rules.js';
import { workStatusOrder as workStatuses } from '../domain/work-rules.js';

// the lists of values are the domain's (the web imports them from there); the columns take them from here
export { ballotKinds, proposalStatuses, proposalTopics, workStatuses };
export { pbPhases } from '../domain/phases.js';

/** Money in roubles with kopecks, exact: numeric(16,2), read as a decimal string (never a float). */
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

export const pbRules = ['greedy', 'equal-shares'] as const;
export const pbUtilities = ['cost', 'approval'] as const;
export const pbCompletions = ['none', 'add1', 'add1-full', 'add1-greedy'] as const;

/** A budgeting cycle (one year's participatory budget). Phase dates are the single source of the current phase. */
export const pbCycles = pgTable(
  'pb_cycles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    rule: text('rule', { enum: pbRules }).notNull().default('equal-shares'),
    utility: text('utility', { enum: pbUtilities }).notNull().default('cost'),
    completion: text('completion', { enum: pbCompletions }).notNull().default('add1'),
    informingFrom: timestamp('informing_from', { withTimezone: true }).notNull(),
    intakeFrom: timestamp('intake_from', { withTimezone: true }).notNull(),
    reviewFrom: timestamp('review_from', { withTimezone: true }).notNull(),
    votingFrom: timestamp('voting_from', { withTimezone: true }).notNull(),
    tallyingFrom: timestamp('tallying_from', { withTimezone: true }).notNull(),
    resultsFrom: timestamp('results_from', { withTimezone: true }).notNull(),
    implementationFrom: timestamp('implementation_from', { withTimezone: true }).notNull(),
    /** Eligibility to vote: minimum age; officials excluded. Residence is per heading. */
    minAge: smallint('min_age').notNull().default(18),
    excludeOfficials: boolean('exclude_officials').notNull().default(true),
    /** ISO 4217 code of the cycle's money (RUB here; an imported election keeps its own, e.g. PLN). */
    currency: text('currency').notNull().default('RUB'),
    /** Where an imported cycle came from (a pabulib file's description), null for cycles run here. */
    importedFrom: text('imported_from'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pb_cycles_year_idx').on(t.year)],
);

/** A pot of money with its own ballot: one per district (district_id) and one citywide (null). */
export const pbHeadings = pgTable(
  'pb_headings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => pbCycles.id, { onDelete: 'cascade' }),
    districtId: text('district_id').references(() => districts.id),
    title: text('title').notNull(),
    amount: money('amount').notNull(),
    /** At most this many winners (null: no cap). */
    maxWinners: integer('max_winners'),
    ballotKind: text('ballot_kind', { enum: ballotKinds }).notNull().default('approval-budget'),
    /** approval-count: how many projects a ballot must and may name. */
    minProjects: integer('min_projects'),
    maxProjects: integer('max_projects'),
    /** points: the total a voter distributes and the most one project may get. */
    pointsTotal: integer('points_total'),
    pointsPerProject: integer('points_per_project'),
    /** Only residents of the district may vote (district headings; configurable). */
    residentsOnly: boolean('residents_only').notNull().default(true),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('pb_headings_cycle_idx').on(t.cycleId, t.position)],
);

/**
 * What residents propose. `number` is the public number and the project id in pabulib files (ties between
 * projects are broken by it compared as a string). Cost and final cost are exact money.
 */
export const pbProposals = pgTable(
  'pb_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => pbCycles.id, { onDelete: 'cascade' }),
    headingId: uuid('heading_id')
      .notNull()
      .references(() => pbHeadings.id),
    authorId: uuid('author_id'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    topic: text('topic', { enum: proposalTopics }).notNull().default('improvement'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    districtId: text('district_id').references(() => districts.id),
    address: text('address'),
    estimatedCost: money('estimated_cost').notNull(),
    status: text('status', { enum: proposalStatuses }).notNull().default('submitted'),
    /** Expert review: the public, reasoned opinion, final cost and implementation period. */
    reviewOpinion: text('review_opinion'),
    finalCost: money('final_cost'),
    implementationMonths: smallint('implementation_months'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    mergedIntoId: uuid('merged_into_id'),
    supportCount: integer('support_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    /** Imported elections keep the source's project id and votes here. */
    externalId: text('external_id'),
    importedVotes: integer('imported_votes'),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** Full-text search over title and description (Russian and English stemming), as discussions. */
    search: tsvector('search').notNull().generatedAlwaysAs(searchVectorOf('title', 'description')),
  },
  (t) => [
    uniqueIndex('pb_proposals_number_key').on(t.number),
    index('pb_proposals_search_idx').using('gin', t.search),
    uniqueIndex('pb_proposals_external_key').on(t.headingId, t.externalId),
    index('pb_proposals_heading_idx').on(t.headingId, t.status),
    index('pb_proposals_cycle_idx').on(t.cycleId, t.createdAt),
    index('pb_proposals_author_idx').on(t.authorId),
  ],
);

/** Co-authors of a proposal; authors of proposals merged into it are credited here (`via_merge`). */
export const pbProposalCoauthors = pgTable(
  'pb_proposal_coauthors',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => pbProposals.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    viaMerge: boolean('via_merge').notNull().default(false),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] }), index('pb_proposal_coauthors_user_idx').on(t.userId)],
);

export const pbProposalPhotos = pgTable(
  'pb_proposal_photos',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => pbProposals.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').notNull(),
    position: smallint('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.fileId] })],
);

/** A resident's support for a proposal during intake (one each). */
export const pbProposalSupports = pgTable(
  'pb_proposal_supports',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => pbProposals.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.userId] })],
);

/** Experts assigned to review a cycle's proposals: a heading, a topic, or (both null) everything. */
export const pbExperts = pgTable(
  'pb_experts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cycleId: uuid('cycle_id')
      .notNull()
      .references(() => pbCycles.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    headingId: uuid('heading_id').references(() => pbHeadings.id, { onDelete: 'cascade' }),
    topic: text('topic', { enum: proposalTopics }),
    assignedBy: uuid('assigned_by'),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('pb_experts_unique').on(t.cycleId, t.userId, sql`coalesce(${t.headingId}::text, '')`, sql`coalesce(${t.topic}, '')`),
    index('pb_experts_user_idx').on(t.userId),
  ],
);

/**
 * One ballot per voter per heading (the unique index is the guarantee). Choices are proposal numbers with
 * points (1 each for approval). The receipt code is shown to the voter once; only its hash is kept, and the
 * published ballot file names each ballot by that hash.
 */
export const pbBallots = pgTable(
  'pb_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    headingId: uuid('heading_id')
      .notNull()
      .references(() => pbHeadings.id, { onDelete: 'cascade' }),
    voterId: uuid('voter_id'),
    receiptHash: text('receipt_hash').notNull(),
    numbers: bigint('numbers', { mode: 'number' }).array().notNull(),
    points: integer('points').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pb_ballots_one_per_voter').on(t.headingId, t.voterId), uniqueIndex('pb_ballots_receipt_key').on(t.receiptHash)],
);

/** A heading's tally: the rule's outcome with every project's explanation. Recomputing replaces it. */
export const pbResults = pgTable('pb_results', {
  headingId: uuid('heading_id')
    .primaryKey()
    .references(() => pbHeadings.id, { onDelete: 'cascade' }),
  rule: text('rule', { enum: pbRules }).notNull(),
  utility: text('utility', { enum: pbUtilities }).notNull(),
  completion: text('completion', { enum: pbCompletions }).notNull(),
  budget: money('budget').notNull(),
  cost: money('cost').notNull(),
  ballots: integer('ballots').notNull(),
  /** Winners by the rule, as proposal numbers (strings, sorted as strings). */
  selected: text('selected').array().notNull(),
  /** Per project: votes, the rule's explanation (codes and figures the web turns into sentences). */
  explanations: jsonb('explanations').notNull(),
  /** SHA-256 of the published ballot file the tally was computed from. */
  ballotsSha256: text('ballots_sha256').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true }).notNull().defaultNow(),
  computedBy: uuid('computed_by'),
  /** When followers were told the outcome: at the tally when results were already public, else when the results phase began. */
  announcedAt: timestamp('announced_at', { withTimezone: true }),
  /**
   * The ballots by the district their voters lived in at the tally (null: none known), for the representativeness
   * panel: counted once here, as a poll's results are frozen at its close, not over every ballot per request.
   */
  votersByDistrict: jsonb('voters_by_district').$type<DistrictCount[]>().notNull().default([]),
});

/** An administrator's published, audited change to a rule's winners. */
export const pbResultOverrides = pgTable(
  'pb_result_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    headingId: uuid('heading_id')
      .notNull()
      .references(() => pbHeadings.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => pbProposals.id, { onDelete: 'cascade' }),
    decision: text('decision', { enum: ['add', 'remove'] }).notNull(),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pb_result_overrides_unique').on(t.headingId, t.proposalId)],
);

/** A winner being built, updated by the responsible department. */
export const pbWorks = pgTable(
  'pb_works',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => pbProposals.id, { onDelete: 'cascade' }),
    departmentId: text('department_id').references(() => departments.id),
    status: text('status', { enum: workStatuses }).notNull().default('planned'),
    progress: smallint('progress').notNull().default(0),
    spent: money('spent').notNull().default('0'),
    startedOn: date('started_on'),
    finishedOn: date('finished_on'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('pb_works_proposal_key').on(t.proposalId), index('pb_works_department_idx').on(t.departmentId, t.status)],
);

export const pbWorkMilestones = pgTable(
  'pb_work_milestones',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workId: uuid('work_id')
      .notNull()
      .references(() => pbWorks.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    dueOn: date('due_on'),
    doneOn: date('done_on'),
    position: smallint('position').notNull().default(0),
  },
  (t) => [index('pb_work_milestones_work_idx').on(t.workId, t.position)],
);

/** The public history of a work: each update with its note, figures and photos. */
export const pbWorkUpdates = pgTable(
  'pb_work_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    workId: uuid('work_id')
      .notNull()
      .references(() => pbWorks.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id'),
    note: text('note').notNull().default(''),
    status: text('status', { enum: workStatuses }).notNull(),
    progress: smallint('progress').notNull(),
    spent: money('spent').notNull(),
    photoIds: uuid('photo_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('pb_work_updates_work_idx').on(t.workId, t.createdAt)],
);

// ---------------------------------------------------------------------------------------------
// Budget for citizens: the city's own budget, imported from CSV (docs/budget-csv.md).

/** One budget year as published (planned and executed), with the population for per-resident figures. */
export const cityBudgets = pgTable('city_budgets', {
  year: integer('year').primaryKey(),
  title: text('title').notNull(),
  population: bigint('population', { mode: 'number' }).notNull(),
  /** True for made-up demo data: the web labels it as illustrative everywhere. */
  illustrative: boolean('illustrative').notNull().default(false),
  source: text('source').notNull().default(''),
  importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  importedBy: uuid('imported_by'),
});

/**
 * A line of the budget: a revenue group or an expenditure by section/subsection of the Russian budget
 * classification (`code`, e.g. 0500 / 0501) and optionally programme and district. Planned and executed are exact money.
 */
export const cityBudgetLines = pgTable(
  'city_budget_lines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year')
      .notNull()
      .references(() => cityBudgets.year, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['revenue', 'expenditure'] }).notNull(),
    code: text('code').notNull(),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    programme: text('programme'),
    districtId: text('district_id').references(() => districts.id),
    planned: money('planned').notNull(),
    executed: money('executed').notNull(),
    /** A plain-language explanation shown next to the picture. */
    explanationRu: text('explanation_ru'),
    explanationEn: text('explanation_en'),
  },
  (t) => [index('city_budget_lines_year_idx').on(t.year, t.kind, t.code)],
);
