import { z } from 'zod';
import { textSchema } from '../../../core/text/schemas.js';
import {
  commitmentEntryKinds,
  commitmentFilters,
  commitmentSourceKinds,
  commitmentStages,
  commitmentStatuses,
  moneyPattern,
  noteMax,
  photosMax,
} from '../domain/commitments.js';

export const numberParamsSchema = z.object({ number: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
export const photoParamsSchema = numberParamsSchema.extend({ fileId: z.uuid() });
export const sourceParamsSchema = z.object({ sourceType: z.enum(commitmentSourceKinds), sourceId: z.string().min(1).max(64) });

export const listQuerySchema = z.object({
  status: z.enum(commitmentFilters).optional(),
  departmentId: z.string().min(1).max(64).optional(),
  districtId: z.string().min(1).max(64).optional(),
  sourceType: z.enum(commitmentSourceKinds).optional(),
  /** With `sourceType`: the commitments of one source (a priorities poll's id). */
  sourceId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const progressBodySchema = z.strictObject({
  stage: z.enum(commitmentStages).optional(),
  percent: z.number().int().min(0).max(100).optional(),
  spent: z
    .string()
    .refine((v) => moneyPattern.test(v), { message: 'commitments.spent_invalid' })
    .optional(),
  note: textSchema(0, noteMax).optional(),
  photoIds: z.array(z.uuid()).max(photosMax).optional(),
});
export const deliveryBodySchema = z.strictObject({ note: textSchema(0, noteMax).default('') });
export const disputeBodySchema = z.strictObject({ reason: textSchema(10, noteMax) });

const departmentSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).meta({ id: 'CommitmentDepartment' });

export const commitmentSummarySchema = z
  .object({
    number: z.number().int(),
    title: z.string(),
    promise: z.string(),
    sourceType: z.enum(commitmentSourceKinds),
    sourceId: z.string(),
    department: departmentSchema,
    /** The due day (YYYY-MM-DD, city-local): due at the end of it. */
    dueOn: z.string(),
    districtId: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    status: z.enum(commitmentStatuses),
    /** The due day passed while not delivered. */
    overdue: z.boolean(),
    stage: z.enum(commitmentStages),
    percent: z.number().int(),
    spent: z.string().nullable(),
    deliveredOn: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'CommitmentSummary' });

export const listSchema = z
  .object({
    items: z.array(commitmentSummarySchema),
    total: z.number().int(),
    points: z.array(
      z.object({ number: z.number().int(), title: z.string(), status: z.enum(commitmentStatuses), overdue: z.boolean(), lat: z.number(), lon: z.number() }),
    ),
  })
  .meta({ id: 'CommitmentList' });

const photoSchema = z.object({ id: z.uuid(), url: z.string(), thumbUrl: z.string() }).meta({ id: 'CommitmentPhoto' });

export const commitmentSchema = commitmentSummarySchema
  .extend({
    source: z.object({ title: z.string(), path: z.string() }).nullable(),
    entries: z.array(
      z.object({
        id: z.uuid(),
        kind: z.enum(commitmentEntryKinds),
        at: z.string(),
        stage: z.enum(commitmentStages),
        percent: z.number().int(),
        spent: z.string().nullable(),
        note: z.string(),
        photos: z.array(photoSchema),
      }),
    ),
    may: z.object({ progress: z.boolean(), deliver: z.boolean(), dispute: z.boolean() }),
  })
  .meta({ id: 'Commitment' });

export const statsSchema = z
  .object({
    departments: z.array(
      z.object({
        department: departmentSchema,
        onTime: z.number().int(),
        late: z.number().int(),
        open: z.number().int(),
        overdue: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'CommitmentDeliveryStats' });
