import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { emailModes } from '../domain/email-modes.js';

/** Who follows what: any entity kind a module declares. */
export const follows = pgTable(
  'follows',
  {
    userId: uuid('user_id').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** `manual`, or `auto` when following came from creating or commenting. */
    origin: text('origin', { enum: ['manual', 'auto'] })
      .notNull()
      .default('manual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.entityType, t.entityId] }), index('follows_entity_idx').on(t.entityType, t.entityId)],
);

/** A person's notification centre; one row per person per domain event (idempotent delivery). */
export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    /** What happened, e.g. `comment.created`, `comment.reply`, `content.hidden`. */
    kind: text('kind').notNull(),
    eventId: uuid('event_id').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** What the text needs, already resolved: titles, names, paths, reasons. No e-mails. */
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
    /** When it went out by e-mail (immediately or in a digest); null while it waits. */
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('notifications_event_user_key').on(t.eventId, t.userId),
    index('notifications_user_idx').on(t.userId, t.createdAt.desc()),
    index('notifications_unread_idx')
      .on(t.userId)
      .where(sql`read_at is null`),
    index('notifications_unmailed_idx')
      .on(t.userId)
      .where(sql`emailed_at is null`),
  ],
);

/** Per-person delivery settings; a person without a row gets the defaults. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: uuid('user_id').primaryKey(),
    /** `immediate`: one mail per notification; `digest`: one mail a day; `off`: in-app only. */
    emailMode: text('email_mode', { enum: emailModes }).notNull().default('immediate'),
    /** Secret in every mail's unsubscribe link; works without signing in. */
    unsubscribeToken: text('unsubscribe_token').notNull(),
    lastDigestAt: timestamp('last_digest_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('notification_settings_token_key').on(t.unsubscribeToken)],
);
