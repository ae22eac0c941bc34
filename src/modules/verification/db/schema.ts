import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';
import { verificationMethods } from '../domain/methods.js';

export { verificationMethods, type VerificationMethod } from '../domain/methods.js';

/** Which methods the city offers; an administrator turns each on or off (audited). A missing row means off. */
export const verificationMethodSettings = pgTable('verification_method_settings', {
  method: text('method', { enum: verificationMethods }).primaryKey(),
  enabled: boolean('enabled').notNull().default(false),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Installation secrets generated on first use (e.g. the pepper of identity hashes); never leave the server. */
export const installationSecrets = pgTable('installation_secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * A person's verification. At most one active (not revoked) per account, and one active per identity:
 * `identity_hash` is a keyed hash of the phone number, document number or OIDC issuer+subject, so a
 * phone or document already used blocks a second account (and, while `held_until` is ahead, one of a deleted
 * account that voted in something still open). Birth date is personal data: never public.
 */
export const verifications = pgTable(
  'verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    method: text('method', { enum: verificationMethods }).notNull(),
    /** Keyed hash (HMAC-SHA-256 with the installation's pepper) of the normalised identity. */
    identityHash: text('identity_hash').notNull(),
    districtId: text('district_id').references(() => districts.id),
    birthDate: date('birth_date'),
    /** Staff member who verified in person. */
    verifiedBy: uuid('verified_by'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
    /**
     * A deleted account's verification, kept revoked and linked to no one, with only the identity hash, while votes it
     * took part in are open: until then the same phone or document cannot verify another account (and vote twice).
     */
    heldUntil: timestamp('held_until', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('verifications_active_user_key')
      .on(t.userId)
      .where(sql`${t.revokedAt} is null`),
    uniqueIndex('verifications_active_identity_key')
      .on(t.identityHash)
      .where(sql`${t.revokedAt} is null`),
    index('verifications_verified_at_idx').on(t.verifiedAt),
    index('verifications_held_idx')
      .on(t.identityHash, t.heldUntil)
      .where(sql`${t.heldUntil} is not null`),
  ],
);

/** The residents register imported from CSV: only the keyed hash of the document number is kept. */
export const residentRegister = pgTable(
  'resident_register',
  {
    documentHash: text('document_hash').primaryKey(),
    districtId: text('district_id')
      .notNull()
      .references(() => districts.id),
    birthDate: date('birth_date').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('resident_register_district_idx').on(t.districtId)],
);

/** SMS codes in flight: the code and the phone are stored only as hashes. */
export const smsCodes = pgTable(
  'sms_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    phoneHash: text('phone_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sms_codes_user_idx').on(t.userId, t.createdAt)],
);

/** OpenID Connect sign-in: the provider's subject linked to an account (issuer+subject stored as a keyed hash). */
export const oidcLinks = pgTable(
  'oidc_links',
  {
    subjectHash: text('subject_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('oidc_links_user_idx').on(t.userId)],
);

/** Pending OIDC logins: state, nonce and PKCE verifier between the redirect and the callback. */
export const oidcStates = pgTable('oidc_states', {
  state: text('state').primaryKey(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  /** The signed-in account that asked to verify, or null for a sign-in. */
  userId: uuid('user_id'),
  returnTo: text('return_to'),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
});
