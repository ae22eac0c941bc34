import { blockReasonMax } from '../domain/account-rules.js';
import { z } from 'zod';
import { maxPasswordLength } from '../../../core/auth/passwords.js';
import { roles, scopeTypes, verificationLevels } from '../../../core/auth/actor.js';
import { languages } from '../../../core/i18n/i18n.js';

export const emailSchema = z.string().trim().pipe(z.email().max(254));
// length and common-password rules are checked by the use case, so the message can name the rule
const newPasswordSchema = z.string().min(1).max(maxPasswordLength);
const displayNameSchema = z.string().trim().min(2).max(80);
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

export const roleGrantSchema = z.object({
  id: z.uuid(),
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string().nullable(),
  grantedAt: z.string(),
});

/** What a person sees of their own account. */
export const meSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  districtId: z.string().nullable(),
  language: languageSchema,
  verification: z.enum(verificationLevels),
  emailConfirmed: z.boolean(),
  roles: z.array(roleGrantSchema),
  createdAt: z.string(),
});
export const meResponseSchema = z.object({ user: meSchema, csrfToken: z.string().nullable() });

/** What an administrator sees of an account. */
export const blockStateSchema = z.object({ blocked: z.boolean(), blockedUntil: z.string().nullable(), blockReason: z.string().nullable() });
export const adminUserSchema = meSchema.extend(blockStateSchema.shape);
export const userListQuerySchema = z.object({
  q: z.string().trim().max(100).optional(),
  role: z.enum(roles).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const userListSchema = z.object({ items: z.array(adminUserSchema), total: z.number().int() });
export const grantBodySchema = z.strictObject({
  role: z.enum(roles),
  scopeType: z.enum(scopeTypes),
  scopeId: z.string().min(1).max(64).nullable().default(null),
});
export const blockBodySchema = z.strictObject({
  blocked: z.boolean(),
  /** End of a temporary block; absent or null: until lifted. */
  until: z.iso.datetime({ offset: true }).nullable().optional(),
  reason: z.string().trim().max(blockReasonMax).nullable().optional(),
});
const summarySchema = z.object({ type: z.string(), id: z.string(), title: z.string(), excerpt: z.string(), path: z.string(), createdAt: z.iso.datetime() });
/** A person's public profile: never e-mail or phone. */
export const publicProfileSchema = z.object({
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
});
/** The public staff directory: filter by role and by the department or district a role covers. */
export const staffQuerySchema = z.object({ role: z.enum(roles).optional(), scopeId: z.string().min(1).max(64).optional() });
export const staffListSchema = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      displayName: z.string(),
      districtId: z.string().nullable(),
      roles: z.array(z.object({ role: z.enum(roles), scopeType: z.enum(scopeTypes), scopeId: z.string().nullable() })),
    }),
  ),
});
/** A person's block state as moderators see it. */
export const personBlockSchema = blockStateSchema.extend({ id: z.uuid(), displayName: z.string() });
export const userIdParamsSchema = z.object({ id: z.uuid() });
export const grantParamsSchema = z.object({ id: z.uuid(), grantId: z.uuid() });

export const outboxItemSchema = z.object({
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
});
export const outboxListSchema = z.object({ items: z.array(outboxItemSchema), mode: z.enum(['smtp', 'files']) });
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const okSchema = z.object({ ok: z.literal(true) });
