import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { ageBands } from '../domain/age.js';
import { verificationMethods, verificationStatuses } from '../domain/methods.js';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'verification.field.birth_date_format' });
const documentNumber = lineSchema(1, 40);
const districtId = z.string().trim().min(1).max(64);
const method = z.enum(verificationMethods);

export const inPersonBodySchema = z.strictObject({ userId: z.uuid(), documentNumber, districtId, birthDate: day });
export const registerMatchBodySchema = z.strictObject({ documentNumber, birthDate: day });
export const smsCodeBodySchema = z.strictObject({ phone: lineSchema(1, 32) });
export const smsConfirmBodySchema = z.strictObject({
  smsCode: z
    .string()
    .trim()
    .regex(/^\d{4,8}$/, { message: 'verification.field.code_format' }),
  districtId,
  birthDate: day,
});
export const revokeBodySchema = z.strictObject({ reason: textSchema(3, 500) });
export const methodParamsSchema = z.object({ method });
export const methodBodySchema = z.strictObject({ enabled: z.boolean() });
export const userIdParamsSchema = z.object({ userId: z.uuid() });
export const registerUploadBodySchema = z.strictObject({ csv: z.string().min(1), replace: z.boolean().default(false) });

export const listQuerySchema = z.object({
  q: lineSchema(0, 100).optional(),
  method: method.optional(),
  districtId: z.string().max(64).optional(),
  status: z.enum(verificationStatuses).default('active'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

/** The signed-in person's own status: never the document, phone or birth date. */
export const myVerificationSchema = z
  .object({
    accountId: z.uuid(),
    verified: z.boolean(),
    method: method.nullable(),
    districtId: z.string().nullable(),
    ageBand: z.enum(ageBands).nullable(),
    verifiedAt: z.string().nullable(),
    revoked: z.object({ at: z.string(), reason: z.string().nullable() }).nullable(),
    methods: z.array(method),
  })
  .meta({ id: 'MyVerification' });

export const offeredMethodsSchema = z
  .object({
    methods: z.array(method),
    /** The identity provider's name for «Sign in with …»; null: say «the identity provider». */
    oidcName: z.string().nullable(),
  })
  .meta({ id: 'OfferedVerificationMethods' });

export const deskAccountSchema = z.object({ id: z.uuid(), displayName: z.string(), verified: z.boolean() }).meta({ id: 'VerificationDeskAccount' });

export const methodSettingsSchema = z
  .object({
    items: z.array(
      z.object({ method, enabled: z.boolean(), configured: z.boolean(), delivery: z.enum(['provider', 'files']).nullable(), updatedAt: z.string().nullable() }),
    ),
  })
  .meta({ id: 'VerificationMethodSettings' });

const personRef = z.object({ id: z.uuid(), displayName: z.string() });
export const verificationListSchema = z
  .object({
    items: z.array(
      z
        .object({
          id: z.uuid(),
          user: personRef,
          method,
          districtId: z.string().nullable(),
          ageBand: z.enum(ageBands).nullable(),
          verifiedAt: z.string(),
          verifiedBy: personRef.nullable(),
          revokedAt: z.string().nullable(),
          revokeReason: z.string().nullable(),
        })
        .meta({ id: 'VerificationRecord' }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'VerificationList' });

export const statsSchema = z
  .object({
    active: z.number().int(),
    revoked: z.number().int(),
    byMethod: z.array(z.object({ method, count: z.number().int() })),
    byDistrict: z.array(z.object({ districtId: z.string().nullable(), count: z.number().int() })),
    register: z.object({ entries: z.number().int(), lastImportedAt: z.string().nullable() }),
  })
  .meta({ id: 'VerificationStats' });

export const registerImportSchema = z
  .object({
    lines: z.number().int(),
    imported: z.number().int(),
    problems: z.array(z.object({ line: z.number().int(), message: z.string() })),
    entries: z.number().int(),
  })
  .meta({ id: 'RegisterImportSummary' });

export const smsSentSchema = z.object({ sentTo: z.string(), expiresAt: z.string() }).meta({ id: 'SmsCodeSent' });

export const noContentSchema = z.null();
