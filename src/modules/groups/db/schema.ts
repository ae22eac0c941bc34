import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';
import { groupKinds, groupRoles, groupStatuses, memberListVisibilities, memberStates, membershipModes, reactionKinds } from '../domain/groups.js';

/**
 * Communities residents form: a building or yard, a neighbourhood, an interest group, a registered organisation, a
 * public figure's page. `member_count` changes only under the group's row lock, and the check below is the last
 * guard: racing joins never exceed the cap.
 */
export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: groupKinds }).notNull(),
    name: text('name').notNull(),
    description: text('description').notNull(),
    districtId: text('district_id').references(() => districts.id),
    /** A building group's address and point (WGS84), when given. */
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    imageFileId: uuid('image_file_id'),
    rules: text('rules').notNull().default(''),
    membership: text('membership', { enum: membershipModes }).notNull().default('open'),
    memberListVisibility: text('member_list_visibility', { enum: memberListVisibilities }).notNull().default('members'),
    /** Null: no limit. */
    memberCap: integer('member_cap'),
    memberCount: integer('member_count').notNull().default(0),
    postCount: integer('post_count').notNull().default(0),
    /** Organisations and public figures are `pending` until an administrator verifies them. */
    status: text('status', { enum: groupStatuses }).notNull().default('active'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    verifiedBy: uuid('verified_by'),
    /** Why an administrator refused a page (its owner sees it). */
    statusReason: text('status_reason'),
    /** An organisation's registration number (ОГРН / ИНН), or a public figure's mandate reference. */
    registrationNumber: text('registration_number'),
    /** A public figure's office hours and stated responsibilities (free text). */
    officeHours: text('office_hours').notNull().default(''),
    responsibilities: text('responsibilities').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('groups_list_idx').on(t.status, t.kind, t.districtId, t.memberCount.desc()),
    index('groups_district_idx').on(t.districtId, t.status),
    index('groups_created_by_idx').on(t.createdBy),
    check('groups_cap', sql`${t.memberCap} is null or (${t.memberCap} > 0 and ${t.memberCount} <= ${t.memberCap})`),
    check('groups_counts', sql`${t.memberCount} >= 0 and ${t.postCount} >= 0`),
  ],
);

/** One row per person and group: a member (with a role), a request waiting for the admins, or an invitation. */
export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: groupRoles }).notNull().default('member'),
    state: text('state', { enum: memberStates }).notNull(),
    /** When the person became a member (null while requested or invited). */
    joinedAt: timestamp('joined_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.userId] }),
    index('group_members_user_idx').on(t.userId, t.state),
    index('group_members_state_idx').on(t.groupId, t.state, t.role),
  ],
);

/** Invitation links: only the token's SHA-256 is kept; a link works until it expires or is revoked (deleted). */
export const groupInvitations = pgTable(
  'group_invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    createdBy: uuid('created_by').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    uses: integer('uses').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('group_invitations_group_idx').on(t.groupId, t.expiresAt)],
);

/** People a group's admins banned: they cannot rejoin nor post there until unbanned. */
export const groupBans = pgTable(
  'group_bans',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
    bannedBy: uuid('banned_by').notNull(),
    bannedAt: timestamp('banned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] })],
);

/**
 * A group's feed: posts by members (text and photos), pinned by admins. Hidden by the group's admins or the city's
 * moderators with a reason (`hidden_by` says which, so a group admin cannot undo a city moderator's decision).
 */
export const groupPosts = pgTable(
  'group_posts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').notNull(),
    body: text('body').notNull(),
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    pinnedAt: timestamp('pinned_at', { withTimezone: true }),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    hiddenBy: text('hidden_by', { enum: ['group', 'city'] }),
    commentCount: integer('comment_count').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    editedAt: timestamp('edited_at', { withTimezone: true }),
  },
  (t) => [
    index('group_posts_feed_idx').on(t.groupId, t.createdAt.desc()),
    index('group_posts_pinned_idx')
      .on(t.groupId, t.pinnedAt.desc())
      .where(sql`${t.pinnedAt} is not null`),
    index('group_posts_author_idx').on(t.authorId, t.createdAt.desc()),
  ],
);

/**
 * A poll of a group's own, carried by one post: a question with 2–10 options, one choice each. It closes at
 * `closes_at` (if set) or earlier when its post's author or the group's admins close it (`closed_at`).
 */
export const groupPolls = pgTable(
  'group_polls',
  {
    postId: uuid('post_id')
      .primaryKey()
      .references(() => groupPosts.id, { onDelete: 'cascade' }),
    question: text('question').notNull(),
    options: text('options').array().notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
  },
  (t) => [check('group_polls_options', sql`cardinality(${t.options}) between 2 and 10`)],
);

/** One vote per member and poll: the primary key makes two racing votes of one person count once. */
export const groupPollVotes = pgTable(
  'group_poll_votes',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPolls.postId, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    option: smallint('option').notNull(),
    votedAt: timestamp('voted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.postId, t.userId] }),
    index('group_poll_votes_user_idx').on(t.userId),
    check('group_poll_votes_option', sql`${t.option} between 0 and 9`),
  ],
);

/** Members' reactions to posts: one of each kind per person and post (the key), added and taken back. */
export const groupPostReactions = pgTable(
  'group_post_reactions',
  {
    postId: uuid('post_id')
      .notNull()
      .references(() => groupPosts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    kind: text('kind', { enum: reactionKinds }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId, t.kind] }), index('group_post_reactions_user_idx').on(t.userId)],
);
