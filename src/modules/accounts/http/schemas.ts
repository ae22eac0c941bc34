import { z } from 'zod';
import { maxPasswordLength } from '../../../core/auth/passwords.js';
import { roles, scopeTypes, verificationLevels } from '../../../core/auth/actor.js';
import { languages } from '../../../core/i18n/i18n.js';
import { contentChoices } from '../../../core/module/personal-data.js';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { blockReasonMax, displayNameLimits } from '../domain/account-rules.js';

export const emailSchema = z.string().trim().pipe(z.email().max(254));
// length and common-password rules are checked by the use case, so the message can name the rule
const newPasswordSchema = z.string().min(1).max(maxPasswordLength);
// cleaned by the one text rule: a name cannot carry bidi overrides or invisible characters
const displayNameSchema = nameSchema(displayNameLimits.min, displayNameLimits.max);
const tokenSchema = z.string().min(10).max(200);
const languageSchema = z.enum(languages);

export const registerBodySchema = z.strictObject({
  email: emailSchema,
  password: newPasswordSchema,
  displayName: displayNameSchema,
  language: languageSchema.optional(),
});
export const confirmBodySchema = z.strictObject({ token: tokenSchema });
export const loginBodySchema = z.strictObject({ email: emailSchema, password: z.string().min(1).max(maxPasswordLength) });
export const emailOnlyBodySchema = z.strictObject({ email: emailSchema });
export const resetBodySchema = z.strictObject({ token: tokenSchema, password: newPasswordSchema });
export const profileBodySchema = z.strictObject({
  displayName: displayNameSchema.optional(),
  districtId: z.string().min(1).max(64).nullable().optional(),
  language: languageSchema.optional(),
});
export const passwordChangeBodySchema = z.strictObject({ currentPassword: z.string().min(1).max(maxPasswordLength), newPassword: newPasswordSchema });

export const accountDeletionBodySchema = z.strictObject({
  password: z.string().max(maxPasswordLength).optional().describe('the account’s password, to confirm (an account with a password)'),
  code: z.string().max(32).optional().describe('the code mailed by /api/me/account/deletion-code, to confirm (an account without a password)'),
  content: z.enum(contentChoices).describe('what the person wrote: kept under "deleted account" (anonymise) or removed'),
});
export const deletionCodeSentSchema = z
  .object({ sentTo: z.string().describe('the account’s e-mail the code went to'), expiresAt: z.string().describe('until when the code works') })
  .meta({ id: 'AccountDeletionCodeSent' });
export const accountDeletedSchema = z
  .object({ reference: z.uuid().describe('the deletion’s opaque reference, as the public audit log names it') })
  .meta({ id: 'AccountDeleted' });

export const roleGrantSchema = z
  .object({
    id: z.uuid(),
    role: z.enum(roles),
    scopeType: z.enum(scopeTypes),
    scopeId: z.string().nullable(),
    grantedAt: z.string(),
  })
  .meta({ id: 'AccountRoleGrant' });

/** What a person sees of their own account. */
export const meSchema = z
  .object({
    id: z.uuid(),
    email: z.string(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    language: languageSchema,
    verification: z.enum(verificationLevels),
    emailConfirmed: z.boolean(),
    hasPassword: z
      .boolean()
      .describe('false for an account made through an identity provider until a password is set: it confirms a deletion with a mailed code'),
    roles: z.array(roleGrantSchema),
    createdAt: z.string(),
  })
  .meta({ id: 'AccountMe' });
/** The signed-in account with the session's CSRF token (to send as X-CSRF-Token on writes). */
export const meResponseSchema = z.object({ user: meSchema, csrfToken: z.string().nullable() }).meta({ id: 'AccountSession' });
/** Who this browser is: the signed-in account and its CSRF token, or nobody (both null) — not an error. */
export const currentSessionSchema = z.object({ user: meSchema.nullable(), csrfToken: z.string().nullable() }).meta({ id: 'CurrentSession' });
/** What registration answers, whether or not the address already had an account. */
export const registrationSchema = z.object({ email: z.string() }).meta({ id: 'AccountRegistration' });

/** What an administrator sees of an account. */
export const blockStateSchema = z.object({ blocked: z.boolean(), blockedUntil: z.string().nullable(), blockReason: z.string().nullable() });
export const adminUserSchema = meSchema.extend(blockStateSchema.shape).meta({ id: 'AdminAccount' });
export const userListQuerySchema = z.object({
  q: lineSchema(0, 100).optional(),
  role: z.enum(roles).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const userListSchema = z.object({ items: z.array(adminUserSchema), total: z.number().int() }).meta({ id: 'AdminAccountList' });
export const grantBodySchema = z.strictObject({
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string().min(1).max(64).nullable().default(null),
});
export const blockBodySchema = z.strictObject({
  blocked: z.boolean(),
  /** End of a temporary block; absent or null: until lifted. */
  until: z.iso.datetime({ offset: true }).nullable().optional(),
  reason: textSchema(0, blockReasonMax).nullable().optional(),
});
const summarySchema = z.object({ type: z.string(), id: z.string(), title: z.string(), excerpt: z.string(), path: z.string(), createdAt: z.iso.datetime() });
/** A person's public profile: never e-mail or phone. */
export const publicProfileSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    joinedAt: z.iso.datetime(),
    roles: z.array(
      z.object({
        role: z.enum(roles),
        scopeType: z.enum(scopeTypes),
        scopeId: z.string().nullable(),
        scopeNameRu: z.string().nullable(),
        scopeNameEn: z.string().nullable(),
      }),
    ),
    authored: z.array(z.object({ type: z.string(), items: z.array(summarySchema) })),
  })
  .meta({ id: 'PublicProfile' });
/** The public staff directory: filter by role and by the department or district a role covers. */
export const staffQuerySchema = z.object({ role: z.enum(roles).optional(), scopeId: z.string().min(1).max(64).optional() });
export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    roles: z.array(z.object({ role: z.enum(roles), scopeType: z.enum(scopeTypes), scopeId: z.string().nullable() })),
  })
  .meta({ id: 'StaffMember' });
export const staffListSchema = z.object({ items: z.array(staffMemberSchema) }).meta({ id: 'StaffDirectory' });
/** A person's block state as moderators see it. */
export const personBlockSchema = blockStateSchema.extend({ id: z.uuid(), displayName: z.string() }).meta({ id: 'PersonBlock' });
export const userIdParamsSchema = z.object({ id: z.uuid() });
export const grantParamsSchema = z.object({ id: z.uuid(), grantId: z.uuid() });

export const outboxItemSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    text: z.string(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    deliveredAs: z.string().nullable(),
  })
  .meta({ id: 'OutboxMail' });
export const outboxListSchema = z.object({ items: z.array(outboxItemSchema), mode: z.enum(['smtp', 'files']) }).meta({ id: 'OutboxPage' });
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'AccountRequestAccepted' });
