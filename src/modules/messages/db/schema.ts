import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { conversationKinds, whoMayWriteOptions } from '../domain/rules.js';

/**
 * A private conversation: two people (`direct`, one per pair through `direct_key`), a group chat, or a request to an
 * official, a public figure (a person) or a department (`department_id`: its officials see and answer it). Never
 * public, never in search, open data or the audit log.
 */
export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: conversationKinds }).notNull(),
    /** A group chat's name. */
    title: text('title'),
    /** A request to a department. */
    departmentId: text('department_id'),
    /** The sorted pair of a direct conversation. */
    directKey: text('direct_key'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastMessageAt: timestamp('last_message_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('conversations_direct_key').on(t.directKey),
    index('conversations_department_idx')
      .on(t.departmentId, t.lastMessageAt.desc())
      .where(sql`department_id is not null`),
  ],
);

/** Who is in a conversation, what they have read, whether they muted or left it, and when their unread e-mail notice went. */
export const conversationParticipants = pgTable(
  'conversation_participants',
  {
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    lastReadAt: timestamp('last_read_at', { withTimezone: true }),
    muted: boolean('muted').notNull().default(false),
    leftAt: timestamp('left_at', { withTimezone: true }),
    /** When the last e-mail notice of unread messages went (one per unread spell). */
    noticedAt: timestamp('noticed_at', { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.userId] }), index('conversation_participants_user_idx').on(t.userId)],
);

/** One message: text and photos (core/files), hidden by a moderator when reported. */
export const conversationMessages = pgTable(
  'conversation_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    /** Null once the author's account was deleted with its content kept. */
    authorId: uuid('author_id'),
    body: text('body').notNull(),
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('conversation_messages_thread_idx').on(t.conversationId, t.createdAt), index('conversation_messages_author_idx').on(t.authorId)],
);

/** A person's messaging settings; a person without a row gets the defaults. */
export const messageSettings = pgTable('message_settings', {
  userId: uuid('user_id').primaryKey(),
  whoMayWrite: text('who_may_write', { enum: whoMayWriteOptions }).notNull().default('contacts'),
  readReceipts: boolean('read_receipts').notNull().default(true),
  /** An e-mail notice of unread messages after a delay (through the person's notification mail mode). */
  emailNotice: boolean('email_notice').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A person blocks another: the blocked person can neither start a conversation with them nor write where they are. */
export const messageBlocks = pgTable(
  'message_blocks',
  {
    blockerId: uuid('blocker_id').notNull(),
    blockedId: uuid('blocked_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.blockerId, t.blockedId] }), index('message_blocks_blocked_idx').on(t.blockedId)],
);
