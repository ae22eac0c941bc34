import { z } from 'zod';
import { moderationStates } from '../../../core/module/entities.js';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { proposalStatuses, proposalTopics } from '../db/schema.js';
import { proposalAddressMax, proposalDescriptionLimits, proposalOpinionLimits, proposalTitleLimits } from '../domain/proposal-rules.js';
import { cycleSummarySchema, cyclePhaseSchema, headingSummarySchema } from './cycle-schemas.js';

const moneyText = z.string().trim().min(1).max(20);
const lat = z.number().min(-90).max(90);
const lon = z.number().min(-180).max(180);

/** A proposal's public number (a bigserial: any safe integer). */
const proposalNumber = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const numberParamsSchema = z.object({ number: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });
export const photoParamsSchema = numberParamsSchema.extend({ fileId: z.uuid() });
export const coauthorParamsSchema = numberParamsSchema.extend({ userId: z.uuid() });

export const createProposalBodySchema = z.strictObject({
  headingId: z.uuid(),
  title: lineSchema(proposalTitleLimits.min, proposalTitleLimits.max),
  description: textSchema(proposalDescriptionLimits.min, proposalDescriptionLimits.max),
  topic: z.enum(proposalTopics).optional(),
  lat: lat.nullable().optional(),
  lon: lon.nullable().optional(),
  address: lineSchema(0, proposalAddressMax).nullable().optional(),
  estimatedCost: moneyText,
  photoIds: z.array(z.uuid()).max(20).optional(),
});

export const editProposalBodySchema = createProposalBodySchema.omit({ headingId: true }).partial();

export const listQuerySchema = z.object({
  cycleId: z.uuid().optional(),
  headingId: z.uuid().optional(),
  status: z.enum(proposalStatuses).optional(),
  topic: z.enum(proposalTopics).optional(),
  districtId: z.string().max(64).optional(),
  q: lineSchema(0, 200).optional(),
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(['newest', 'number', 'supports', 'cost']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

export const coauthorBodySchema = z.strictObject({ userId: z.uuid() });

export const reviewBodySchema = z.strictObject({
  decision: z.enum(['feasible', 'unfeasible']),
  opinion: textSchema(proposalOpinionLimits.min, proposalOpinionLimits.max),
  finalCost: moneyText.nullable().optional(),
  implementationMonths: z.number().int().min(-1000).max(1000).nullable().optional(),
});

export const mergeBodySchema = z.strictObject({ intoNumber: proposalNumber, opinion: textSchema(0, proposalOpinionLimits.max).optional() });

export const reviewQuerySchema = z.object({ cycleId: z.uuid().optional(), status: z.enum(['submitted', 'feasible', 'unfeasible', 'merged']).optional() });

export const personSchema = z
  .object({ id: z.uuid(), displayName: z.string(), districtId: z.string().nullable(), official: z.null() })
  .meta({ id: 'BudgetingPerson' });
/** A photo with its full-size and 320 px preview addresses (proposals and works). */
export const photoSchema = z.object({ id: z.uuid(), url: z.string(), thumbUrl: z.string() }).meta({ id: 'BudgetingPhoto' });

export const proposalSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    cycleId: z.uuid(),
    headingId: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    topic: z.enum(proposalTopics),
    status: z.enum(proposalStatuses),
    districtId: z.string().nullable(),
    address: z.string().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    /** Exact decimal strings. `cost` is what the ballot uses: the final cost once reviewed, else the estimate. */
    estimatedCost: z.string(),
    finalCost: z.string().nullable(),
    cost: z.string(),
    implementationMonths: z.number().int().nullable(),
    supportCount: z.number().int(),
    commentCount: z.number().int(),
    author: personSchema.nullable(),
    photo: photoSchema.nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'BudgetingProposalSummary' });

export const proposalListSchema = z.object({ items: z.array(proposalSummarySchema), total: z.number().int() }).meta({ id: 'BudgetingProposalList' });

export const proposalCardSchema = proposalSummarySchema
  .extend({
    description: z.string(),
    photos: z.array(photoSchema),
    coauthors: z.array(personSchema.extend({ viaMerge: z.boolean() })),
    review: z.object({ opinion: z.string(), reviewedAt: z.string(), reviewer: personSchema.nullable() }).nullable(),
    mergedInto: z.object({ number: z.number().int(), title: z.string() }).nullable(),
    mergedFrom: z.array(z.object({ number: z.number().int(), title: z.string() })),
    heading: z.object({ id: z.uuid(), title: z.string(), districtId: z.string().nullable() }),
    cycle: z.object({ id: z.uuid(), title: z.string(), year: z.number().int(), currency: z.string() }),
    phase: cyclePhaseSchema,
    withdrawnAt: z.string().nullable(),
    moderation: z.enum(moderationStates),
    /** Only for the authors and moderators. */
    moderationReason: z.string().nullable(),
    supported: z.boolean(),
    mine: z.boolean(),
    can: z.object({ edit: z.boolean(), withdraw: z.boolean(), support: z.boolean(), comment: z.boolean(), review: z.boolean(), manageCoauthors: z.boolean() }),
  })
  .meta({ id: 'BudgetingProposal' });

export const supportSchema = z.object({ supported: z.boolean(), supportCount: z.number().int() }).meta({ id: 'BudgetingProposalSupport' });

export const headingPageSchema = z
  .object({
    heading: headingSummarySchema,
    cycle: cycleSummarySchema,
    phase: cyclePhaseSchema,
    proposals: z.array(proposalSummarySchema),
    /** From voting on only feasible proposals are listed; this counts the others (not feasible, merged, not reviewed). */
    otherCount: z.number().int(),
  })
  .meta({ id: 'BudgetingHeadingPage' });

export const reviewQueueSchema = z
  .object({
    cycles: z.array(z.object({ id: z.uuid(), title: z.string(), year: z.number().int(), currency: z.string(), phase: cyclePhaseSchema })),
    items: z.array(proposalSummarySchema),
  })
  .meta({ id: 'BudgetingReviewQueue' });
