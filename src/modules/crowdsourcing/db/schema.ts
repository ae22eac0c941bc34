import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, index, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';
import { ideaStatuses } from '../domain/idea-rules.js';
import { crowdPhases } from '../domain/phases.js';

// the vocabulary is the domain's (the web imports it from there)
export { crowdPhases, ideaStatuses };

/**
 * A problem the city poses to residents, with a brief and phase dates. A draft until published. The vote is a
 * poll (polls module) over the shortlist, created when the vote is started; the report says what was done.
 */
export const crowdProjects = pgTable(
  'crowd_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull(),
    title: text('title').notNull(),
    /** The problem in a sentence or two (lists and previews). */
    problem: text('problem').notNull(),
    /** The brief: context, constraints, what a good idea looks like (plain text). */
    brief: text('brief').notNull(),
    /** Null: the whole city. */
    districtId: text('district_id').references(() => districts.id),
    ideasFrom: timestamp('ideas_from', { withTimezone: true }).notNull(),
    selectionFrom: timestamp('selection_from', { withTimezone: true }).notNull(),
    votingFrom: timestamp('voting_from', { withTimezone: true }).notNull(),
    implementationFrom: timestamp('implementation_from', { withTimezone: true }).notNull(),
    /** The vote over the shortlist (a poll); null until the vote is started. */
    pollId: uuid('poll_id'),
    /** How many shortlisted ideas a resident may choose in the vote. */
    voteMaxChoices: smallint('vote_max_choices').notNull().default(3),
    /** The implementation report: what was done (plain text), published once. */
    reportText: text('report_text'),
    reportPublishedAt: timestamp('report_published_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('crowd_projects_number_key').on(t.number),
    check(
      'crowd_projects_dates',
      sql`${t.ideasFrom} < ${t.selectionFrom} and ${t.selectionFrom} < ${t.votingFrom} and ${t.votingFrom} < ${t.implementationFrom}`,
    ),
  ],
);

/** Experts of a project: they shortlist, reject and merge its ideas (administrators may too). */
export const crowdExperts = pgTable(
  'crowd_experts',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => crowdProjects.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.userId] })],
);

/** A resident's idea for a project; public by its number. */
export const crowdIdeas = pgTable(
  'crowd_ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => crowdProjects.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    title: text('title').notNull(),
    text: text('text').notNull(),
    status: text('status', { enum: ideaStatuses }).notNull().default('submitted'),
    /** The experts' public reason for shortlisting, rejecting or merging. */
    reviewReason: text('review_reason'),
    reviewedBy: uuid('reviewed_by'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    mergedIntoId: uuid('merged_into_id'),
    /** The poll option that stands for this idea in the vote. */
    pollOptionId: uuid('poll_option_id'),
    /** Accepted in the implementation report: its author (and the authors of ideas merged into it) are credited. */
    accepted: boolean('accepted').notNull().default(false),
    /** What the city did with it (in the report). */
    acceptedNote: text('accepted_note'),
    ratingCount: integer('rating_count').notNull().default(0),
    ratingSum: integer('rating_sum').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('crowd_ideas_number_key').on(t.number),
    index('crowd_ideas_project_idx').on(t.projectId, t.status),
    index('crowd_ideas_author_idx').on(t.authorId),
    check('crowd_ideas_rating_sums', sql`${t.ratingCount} >= 0 and ${t.ratingSum} between ${t.ratingCount} and 5 * ${t.ratingCount}`),
  ],
);

/** One rating (1–5) per person per idea, changeable; never one's own idea. */
export const crowdIdeaRatings = pgTable(
  'crowd_idea_ratings',
  {
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => crowdIdeas.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    value: smallint('value').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.ideaId, t.userId] }),
    index('crowd_idea_ratings_user_idx').on(t.userId),
    check('crowd_idea_ratings_value', sql`${t.value} between 1 and 5`),
  ],
);
