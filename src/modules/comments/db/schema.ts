import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Comments on any entity that hosts them (a discussion, later a report or a proposal). A thread is
 * the comments of one host; replies nest up to a bounded depth. `path` orders a root's replies in
 * tree order; counters are kept on the row so a page of a 10,000-comment thread is one index scan.
 */
export const comments = pgTable(
  'comments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Monotonic number: the tie-breaker of every sort and the unit of `path` (taken with nextval before the insert). */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    hostType: text('host_type').notNull(),
    hostId: text('host_id').notNull(),
    parentId: uuid('parent_id'),
    /** The top-level comment of the thread branch (itself for a top-level comment). */
    rootId: uuid('root_id').notNull(),
    /** 0 for a top-level comment. */
    depth: smallint('depth').notNull().default(0),
    /** Root-to-self chain of zero-padded seq numbers: ordering by it gives tree order. */
    path: text('path').notNull(),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    stance: text('stance', { enum: ['for', 'against', 'neutral'] }),
    /** Set when an official answered in the role of this department. */
    officialDepartmentId: text('official_department_id'),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    /** The moderator's reason the author sees (hidden, held or restored). */
    moderationReason: text('moderation_reason'),
    /**
     * The capacity a hidden or held comment was hidden in: by the host's own moderators (`host`: a community's owners
     * and admins, who may show it again) or by the city's (`city`: the moderation module, theirs alone to undo);
     * null while shown, and for a comment the forbidden-words screen held as it was posted.
     */
    hiddenBy: text('hidden_by', { enum: ['host', 'city'] }),
    /** Who hid it (null when no person did: the screen, or flags over the threshold). */
    hiddenById: uuid('hidden_by_id'),
    up: integer('up').notNull().default(0),
    down: integer('down').notNull().default(0),
    /** up − down: the "best" sort. */
    score: integer('score').notNull().default(0),
    /** Direct and indirect replies under this comment. */
    replyCount: integer('reply_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
    /** Deleted by the author: the text is gone, the place in the thread stays. */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
  },
  (t) => [
    index('comments_host_best_idx')
      .on(t.hostType, t.hostId, t.score.desc(), t.seq.desc())
      .where(sql`parent_id is null`),
    index('comments_host_seq_idx')
      .on(t.hostType, t.hostId, t.seq)
      .where(sql`parent_id is null`),
    index('comments_root_path_idx').on(t.rootId, t.path),
    index('comments_author_idx').on(t.authorId, t.createdAt.desc()),
    index('comments_seq_idx').on(t.seq),
    check('comments_depth_check', sql`depth between 0 and 2`),
  ],
);

/** One vote per person per comment, changeable: +1 or −1. */
export const commentVotes = pgTable(
  'comment_votes',
  {
    commentId: uuid('comment_id')
      .notNull()
      .references(() => comments.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    value: smallint('value').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.commentId, t.userId] }), check('comment_votes_value_check', sql`value in (-1, 1)`)],
);
