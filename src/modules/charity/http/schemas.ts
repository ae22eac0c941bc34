import { z } from 'zod';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { causeLimits as limits, causeStates, givingMethods } from '../domain/charity.js';

const rubles = z.number().int().min(limits.rubles.min).max(limits.rubles.max);
const digitsField = (min: number, max: number) => z.string().trim().min(min).max(max).regex(/^\d+$/, { message: 'Digits only' });

export const idParamsSchema = z.object({ id: z.uuid() });
export const listQuerySchema = z.object({
  /** Only the causes this organisation group reports on. */
  groupId: z.uuid().optional(),
});
export const imageParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

/** What an administrator gives for a cause: amounts in whole rubles; the bank fields only for `givingMethod: 'bank'`. */
export const causeBodySchema = z
  .strictObject({
    title: lineSchema(limits.title.min, limits.title.max),
    organisation: nameSchema(limits.organisation.min, limits.organisation.max),
    /** The verified organisation group whose owners and admins post the reports and the collected amount; null for none. */
    groupId: z.uuid().nullable().default(null),
    inn: digitsField(10, 12),
    ogrn: digitsField(13, 15).nullable().default(null),
    goal: textSchema(limits.goal.min, limits.goal.max),
    spending: textSchema(limits.spending.min, limits.spending.max),
    targetRubles: rubles,
    collectedRubles: rubles.default(0),
    districtId: z.string().min(1).max(64).nullable().default(null),
    givingMethod: z.enum(givingMethods),
    paymentUrl: lineSchema(limits.paymentUrl.min, limits.paymentUrl.max).nullable().default(null),
    recipient: nameSchema(limits.recipient.min, limits.recipient.max).nullable().default(null),
    bankName: nameSchema(limits.bankName.min, limits.bankName.max).nullable().default(null),
    bik: digitsField(9, 9).nullable().default(null),
    account: digitsField(20, 20).nullable().default(null),
    correspondentAccount: digitsField(20, 20).nullable().default(null),
    /** The image: an upload's id (`POST /api/uploads/photos`) or the one the cause has; null for none. */
    imageFileId: z.uuid().nullable().default(null),
    /** What the image shows, for those who cannot see it: required with an image. */
    imageAlt: lineSchema(limits.imageAlt.min, limits.imageAlt.max).nullable().default(null),
  })
  .meta({ id: 'CauseDraft' });

/** An organisation's dated report, posted by its group's admins or an administrator: the text and, when known, the amount collected by that day. */
export const reportBodySchema = z
  .strictObject({
    reportedOn: z.iso.date(),
    text: textSchema(limits.report.min, limits.report.max),
    collectedRubles: rubles.nullable().default(null),
    /** Photos the organisation sent: uploads' ids (`POST /api/uploads/photos`). */
    photoFileIds: z.array(z.uuid()).max(limits.reportPhotos.max).default([]),
  })
  .meta({ id: 'CauseReportDraft' });

const giving = z
  .object({
    method: z.enum(givingMethods),
    paymentUrl: z.string().nullable(),
    /** The payment page's domain, shown plainly beside the link. */
    paymentDomain: z.string().nullable(),
    bank: z
      .object({ recipient: z.string(), bankName: z.string(), bik: z.string(), account: z.string(), correspondentAccount: z.string(), inn: z.string() })
      .nullable(),
  })
  .meta({ id: 'CauseGiving' });

/** A stored image as the page shows it: the full WebP and its 320 px preview. */
const photo = z.object({ id: z.string(), url: z.string(), thumbUrl: z.string() });
const image = photo.extend({ alt: z.string() }).meta({ id: 'CauseImage' });

/** A cause as the public list shows it. */
export const summarySchema = z
  .object({
    id: z.string(),
    state: z.enum(causeStates),
    title: z.string(),
    organisation: z.string(),
    districtId: z.string().nullable(),
    targetRubles: z.number(),
    collectedRubles: z.number(),
    collectedOn: z.string().nullable(),
    progressPercent: z.number(),
    pledgedPoints: z.number(),
    approvedAt: z.string().nullable(),
    image: image.nullable(),
  })
  .meta({ id: 'CauseSummary' });
export const listSchema = z.object({ items: z.array(summarySchema) }).meta({ id: 'CauseList' });

export const reportSchema = z
  .object({ id: z.string(), reportedOn: z.string(), text: z.string(), collectedRubles: z.number().nullable(), photos: z.array(photo) })
  .meta({ id: 'CauseReport' });

/** One cause's page: who it helps (with registration numbers), what for, how to give, progress and reports in date order. */
export const viewSchema = summarySchema
  .extend({
    inn: z.string(),
    ogrn: z.string().nullable(),
    goal: z.string(),
    spending: z.string(),
    giving,
    reports: z.array(reportSchema),
    /** The verified organisation group that reports on the cause (its page: /groups/:id). */
    group: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** Whether the viewer may post a report (and the collected amount) now: the group's admins and administrators, until closed. */
    canReport: z.boolean(),
    commentCount: z.number(),
    moderation: z.enum(['visible', 'held', 'hidden']),
  })
  .meta({ id: 'CauseView' });
