import { sql } from 'drizzle-orm';
import { boolean, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { roles } from '../../../core/auth/actor.js';
import { districts } from '../../../core/city/schema.js';

/** What a one-time e-mail token is for. */
export const tokenPurposes = ['confirm_email', 'reset_password', 'delete_account'] as const;
export type TokenPurpose = (typeof tokenPurposes)[number];

/** Accounts. Personal data (e-mail) lives only here; other modules hold the id and ask for the display name. */
export const users = pgTable(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-cased and trimmed; unique. */
    email: text('email').notNull(),
    passwordHash: text('password_hash').notNull(),
    /**
     * Whether the person knows a password: false for an account an identity provider vouched for (its hash is of random
     * bytes nobody knows) until they set one through "reset password". Such an account confirms its deletion with a code
     * sent to its e-mail instead of a password.
     */
    hasPassword: boolean('has_password').notNull().default(true),
    displayName: text('display_name').notNull(),
    districtId: text('district_id').references(() => districts.id),
    language: text('language', { enum: ['ru', 'en'] })
      .notNull()
      .default('ru'),
    verification: text('verification', { enum: ['none', 'email', 'verified'] })
      .notNull()
      .default('none'),
    emailConfirmedAt: timestamp('email_confirmed_at', { withTimezone: true }),
    blockedAt: timestamp('blocked_at', { withTimezone: true }),
    /** End of a temporary block; null with `blocked_at` set means until lifted. */
    blockedUntil: timestamp('blocked_until', { withTimezone: true }),
    /** Why the account is blocked; the person sees it when signing in. */
    blockReason: text('block_reason'),
    /** A short code staff read aloud or scan at a desk (e.g. `K7F-29Q`), unique; given on first use. */
    personCode: text('person_code'),
    /**
     * When the person deleted the account: the row stays as a tombstone (no e-mail, name, district or password) so the
     * content kept anonymised still has an author, shown as «удалённый аккаунт» / "deleted account".
     */
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_key').on(t.email), uniqueIndex('users_person_code_key').on(t.personCode), index('users_created_idx').on(t.createdAt)],
);

/** Signed-in sessions; the cookie holds a token, the table only its hash. */
export const sessions = pgTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * One-time tokens sent by e-mail (confirmation and password reset links, account deletion codes); only their hash is
 * stored (a deletion code's together with its account's id, so the short code is unique per account).
 */
export const accountTokens = pgTable(
  'account_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    purpose: text('purpose', { enum: tokenPurposes }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('account_tokens_user_idx').on(t.userId, t.purpose)],
);

/** Roles beyond resident, each with a scope (city, a department, a district). */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: roles }).notNull(),
    scopeType: text('scope_type', { enum: ['city', 'department', 'district'] }).notNull(),
    scopeId: text('scope_id'),
    grantedBy: uuid('granted_by').references(() => users.id, { onDelete: 'set null' }),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('role_grants_unique').on(t.userId, t.role, t.scopeType, sql`coalesce(${t.scopeId}, '')`), index('role_grants_role_idx').on(t.role)],
);
