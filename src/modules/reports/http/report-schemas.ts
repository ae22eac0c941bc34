import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { answerOutcomes, qualityLimits } from '../domain/answer-ratings.js';
import { reportStatuses } from '../domain/lifecycle.js';
import { addressMax, maxPhotos } from '../domain/report-rules.js';

/** Report numbers are bigserial, but never beyond what JavaScript counts exactly. */
const numberParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
/** Ids of serial (int4) columns (reasons, rejection reasons): in a query or path, and in a JSON body. */
export const int4Id = z.coerce.number().int().min(1).max(2_147_483_647);
const int4 = z.number().int().min(1).max(2_147_483_647);
const photoIdsSchema = z.array(z.uuid()).max(maxPhotos);
// cleaned by the one text rule here; the lengths are checked by the use case after cleaning (its message then says
// which rule: a description too short, a note missing); the schema caps what is read
const longText = textSchema(0, 20_000);
const departmentRef = z.string().min(1).max(64);

export const numberParamsSchema = z.object({ number: numberParam });
export const fileParamsSchema = z.object({ id: z.uuid() });

export const fileBodySchema = z
  .strictObject({
    reasonId: int4,
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    address: lineSchema(0, addressMax).optional(),
    description: longText,
    /** The reason's extra fields (entrance, apartment, floor, phone), by name: which it takes and how long they may be the use case says. */
    extra: z.record(z.string().min(1).max(40), lineSchema(0, 1000)).optional(),
    photoIds: photoIdsSchema.optional(),
  })
  .meta({ id: 'ReportFiling' });

export const nearbyQuerySchema = z.object({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  reasonId: int4Id,
});

export const myReportsQuerySchema = z.object({
  before: numberParam.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const boolQuery = z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true');
const offsetCursor = z
  .string()
  .regex(/^\d{1,7}$/)
  .optional();

export const inboxQuerySchema = z.object({
  departmentId: departmentRef.optional(),
  status: z.enum(reportStatuses).optional(),
  districtId: z.string().min(1).max(64).optional(),
  reasonId: int4Id.optional(),
  overdue: boolQuery.optional(),
  /** `me`, `none`, or an official's id. */
  assignee: z.union([z.literal('me'), z.literal('none'), z.uuid()]).optional(),
  cursor: offsetCursor,
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const assignBodySchema = z.strictObject({
  numbers: z.array(numberParam).min(1).max(200),
  assigneeId: z.uuid().nullable(),
});

export const moderationQuerySchema = z.object({
  queue: z.enum(['new', 'answers']).default('new'),
  districtId: z.string().min(1).max(64).optional(),
  cursor: offsetCursor,
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

/** The bodies of the lifecycle's actions. */
export const actionBodies = {
  approve: z.strictObject({ departmentId: departmentRef.optional(), note: longText.optional() }).nullish(),
  reject: z.strictObject({ rejectionReasonId: int4, note: longText.optional() }),
  duplicate: z.strictObject({ of: numberParam, note: longText.optional() }),
  not_competent: z.strictObject({ note: longText }),
  publish_answer: z.strictObject({ note: longText.optional() }).nullish(),
  return_answer: z.strictObject({ note: longText }),
  take: z.strictObject({ note: longText.optional() }).nullish(),
  // `dueOn`: the answer promises later work by that day ("включено в план"): published, it becomes the city's commitment
  answer: z.strictObject({ text: longText, photoIds: photoIdsSchema.optional(), dueOn: z.iso.date().optional() }),
  redirect: z.strictObject({ departmentId: departmentRef, note: longText }),
  confirm: z.strictObject({ note: longText.optional() }).nullish(),
  dispute: z.strictObject({ text: longText, photoIds: photoIdsSchema.optional() }),
} as const;

const nameSchema = z.object({ id: z.number().int(), nameRu: z.string(), nameEn: z.string().nullable() }).meta({ id: 'ReportClassifierRef' });
const photoSchema = z
  .object({ id: z.uuid(), url: z.string(), thumbUrl: z.string(), width: z.number().int().optional(), height: z.number().int().optional() })
  .meta({ id: 'ReportPhoto' });

export const uploadSchema = z
  .object({ id: z.uuid(), width: z.number().int(), height: z.number().int(), url: z.string(), thumbUrl: z.string() })
  .meta({ id: 'ReportPhotoUpload' });

export const reportSummarySchema = z
  .object({
    number: z.number().int(),
    status: z.enum(reportStatuses),
    statusText: z.string(),
    reason: nameSchema,
    category: nameSchema,
    districtId: z.string().nullable(),
    departmentId: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    address: z.string().nullable(),
    excerpt: z.string(),
    thumbUrl: z.string().nullable(),
    dueAt: z.iso.datetime().nullable(),
    overdue: z.boolean(),
    supportCount: z.number().int(),
    createdAt: z.iso.datetime(),
    /** Nearby search only: metres from the point asked about. */
    distanceMeters: z.number().optional(),
    /** Staff lists only: the official working on it. */
    assigneeId: z.uuid().nullable().optional(),
  })
  .meta({ id: 'ReportSummary' });

const reportListFields = {
  items: z.array(reportSummarySchema),
  nextCursor: z.string().nullable().optional(),
  total: z.number().int().optional(),
};
export const reportListSchema = z.object(reportListFields).meta({ id: 'ReportList' });
export const inboxSchema = z.object({ ...reportListFields, departmentId: z.string() }).meta({ id: 'ReportInbox' });

const departmentSchema = z
  .object({
    id: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
  })
  .meta({ id: 'ReportDepartment' });

const historyItemSchema = z
  .object({
    at: z.iso.datetime(),
    action: z.string(),
    actorRole: z.string(),
    fromStatus: z.enum(reportStatuses).nullable(),
    toStatus: z.enum(reportStatuses).nullable(),
    department: z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable(),
    note: z.string().nullable(),
    photos: z.array(photoSchema),
    data: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ReportHistoryItem' });

export const reportCardSchema = z
  .object({
    number: z.number().int(),
    status: z.enum(reportStatuses),
    statusText: z.string(),
    source: z.enum(['web', 'open311']),
    /** Reports are public without names. */
    reporter: z.string(),
    reason: nameSchema,
    category: nameSchema,
    object: nameSchema,
    district: z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable(),
    department: departmentSchema.nullable(),
    lat: z.number(),
    lon: z.number(),
    address: z.string().nullable(),
    description: z.string(),
    /** The reason's extra fields; personal ones (phone) only for the department's officials and moderators. */
    extra: z.record(z.string(), z.string()),
    mediaUrl: z.string().nullable(),
    photos: z.array(photoSchema),
    answer: z
      .object({
        text: z.string(),
        answeredAt: z.iso.datetime().nullable(),
        publishedAt: z.iso.datetime().nullable(),
        photos: z.array(photoSchema),
        /** The day the answer promises the work done by, when it promises later work (then a commitment once published). */
        dueOn: z.iso.date().nullable(),
      })
      .nullable(),
    rejection: z.object({ reason: z.string(), note: z.string().nullable() }).nullable(),
    duplicateOf: z.number().int().nullable(),
    dueAt: z.iso.datetime().nullable(),
    resolutionDueAt: z.iso.datetime().nullable(),
    overdue: z.boolean(),
    /** When the department first let the resolution deadline pass (counted against it), if it did. */
    overdueAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    closedHow: z.string().nullable(),
    reopenCount: z.number().int(),
    supportCount: z.number().int(),
    supported: z.boolean(),
    canSupport: z.boolean(),
    mine: z.boolean(),
    /** Actions the caller may take now, as URL segments (`approve`, `not-competent`, …). */
    actions: z.array(z.string()),
    canConfirm: z.boolean(),
    canDispute: z.boolean(),
    /** Staff only. */
    assigneeId: z.uuid().nullable(),
    moderation: z.enum(['visible', 'held', 'hidden']),
    history: z.array(historyItemSchema),
    createdAt: z.iso.datetime(),
    statusChangedAt: z.iso.datetime(),
  })
  .meta({ id: 'ReportCard' });

export const supportSchema = z.object({ supported: z.boolean(), supportCount: z.number().int() }).meta({ id: 'ReportSupport' });
export const assignResultSchema = z.object({ numbers: z.array(z.number().int()) }).meta({ id: 'ReportAssignment' });

export const rateBodySchema = z.strictObject({
  outcome: z.enum(answerOutcomes),
  quality: z.number().int().min(qualityLimits.min).max(qualityLimits.max),
  // cleaned here; its length (and the dispute's minimum for a reporter's "not fixed") is checked by the use case
  note: textSchema(0, 20_000).optional(),
});

/** A rating as its rater and the department's officials see it (never who gave it). */
export const ratingSchema = z
  .object({
    outcome: z.enum(answerOutcomes),
    quality: z.number().int(),
    note: z.string().nullable(),
    role: z.enum(['reporter', 'supporter']),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'ReportRating' });

export const ratingsViewSchema = z
  .object({
    mine: ratingSchema.nullable(),
    canRate: z.boolean(),
    notFixedReopens: z.boolean(),
    /** The reporter's "fixed" closes the report as their confirmation (the page then asks for no separate one). */
    fixedConfirms: z.boolean(),
    /** Every rating without the person: for the department's officials; null for everyone else. */
    all: z.array(ratingSchema).nullable(),
  })
  .meta({ id: 'ReportRatings' });

export const rateResultSchema = z.object({ rating: ratingSchema, status: z.enum(reportStatuses) }).meta({ id: 'ReportRated' });
