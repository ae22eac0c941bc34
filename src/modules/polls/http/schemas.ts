import { z } from 'zod';
import { publicCountSchema } from '../../../core/privacy/public-count-schema.js';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { ageBands } from '../../verification/index.js';
import { questionKinds } from '../db/schema.js';
import { maxTextLength } from '../domain/answers.js';
import { maxPriorityCount } from '../domain/priorities.js';

/**
 * What the poll owes when it decides: a binding poll names the department that carries out what passes and the
 * working day it is due (400 naming `departmentId` / `dueOn` without them); a priorities poll its due day (its
 * department defaults to the district's administration) and how many top directions become commitments (default 3).
 */
const commitmentTerms = {
  departmentId: z.string().min(1).max(64).nullable().default(null),
  dueOn: z.iso.date().nullable().default(null),
  priorityCount: z.number().int().min(1).max(maxPriorityCount).nullable().default(null),
};

export const pollParamsSchema = z.object({ id: z.uuid() });
export const receiptParamsSchema = z.object({ code: z.string().min(4).max(64) });

const questionInputSchema = z.strictObject({
  kind: z.enum(questionKinds),
  text: lineSchema(3, 500),
  description: textSchema(0, 4000).default(''),
  required: z.boolean().default(true),
  minChoices: z.number().int().min(1).max(100).nullable().default(null),
  maxChoices: z.number().int().min(1).max(100).nullable().default(null),
  scale: z
    .union([z.literal(5), z.literal(10)])
    .nullable()
    .default(null),
  lat: z.number().min(-90).max(90).nullable().default(null),
  lon: z.number().min(-180).max(180).nullable().default(null),
  /** A photo the administrator uploaded (`POST /api/uploads/photos`). */
  imageFileId: z.uuid().nullable().default(null),
  options: z.array(lineSchema(1, 300)).max(50).default([]),
});

/** A poll as an administrator writes it (created as a draft, or replacing one). */
export const pollInputSchema = z
  .strictObject({
    title: lineSchema(3, 200),
    description: textSchema(0, 8000).default(''),
    /** A photo the administrator uploaded (`POST /api/uploads/photos`). */
    imageFileId: z.uuid().nullable().default(null),
    districtIds: z.array(z.string().min(1).max(64)).max(100).default([]),
    ageBands: z.array(z.enum(ageBands)).max(ageBands.length).default([]),
    verifiedOnly: z.boolean().default(false),
    binding: z.boolean().default(false),
    resultsVisibility: z.enum(['live', 'after_close']).default('after_close'),
    opensAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    closesAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    questions: z.array(questionInputSchema).min(1).max(50),
    decision: z
      .strictObject({
        questionIndex: z.number().int().min(0).max(49),
        optionIndex: z.number().int().min(0).max(49),
        minTurnoutCount: z.number().int().min(1).max(100_000_000).nullable().default(null),
        minTurnoutPermille: z.number().int().min(1).max(1000).nullable().default(null),
        numerator: z.number().int().min(1).max(999),
        denominator: z.number().int().min(2).max(1000),
        strict: z.boolean().default(true),
      })
      .nullable()
      .default(null),
    ...commitmentTerms,
  })
  .meta({ id: 'PollDraft' });

/** A district priority poll as an administrator writes it: the district's development directions to rank. */
export const prioritiesInputSchema = z
  .strictObject({
    districtId: z.string().min(1).max(64),
    title: lineSchema(3, 200),
    question: lineSchema(3, 500),
    directions: z.array(lineSchema(1, 300)).min(2).max(20),
    opensAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    closesAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
    verifiedOnly: z.boolean().default(false),
    ...commitmentTerms,
  })
  .meta({ id: 'PollPrioritiesDraft' });

/** A response: one answer per question answered. */
export const respondBodySchema = z
  .strictObject({
    answers: z
      .array(
        z.strictObject({
          questionId: z.uuid(),
          optionIds: z.array(z.uuid()).max(50).optional(),
          value: z.number().int().min(-1000).max(1000).optional(),
          ranking: z.array(z.uuid()).max(50).optional(),
          // refused with a localized reason by the answer rules (a little slack so the rule, not the schema, answers)
          text: textSchema(0, maxTextLength * 2).optional(),
        }),
      )
      .max(50),
  })
  .meta({ id: 'PollAnswers' });

const optionSchema = z.object({ id: z.uuid(), text: z.string() }).meta({ id: 'PollOption' });
const questionSchema = z
  .object({
    id: z.uuid(),
    position: z.number(),
    kind: z.enum(questionKinds),
    text: z.string(),
    description: z.string(),
    required: z.boolean(),
    minChoices: z.number().nullable(),
    maxChoices: z.number().nullable(),
    scale: z.number().nullable(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    imageFileId: z.string().nullable(),
    imageUrl: z.string().nullable(),
    options: z.array(optionSchema),
  })
  .meta({ id: 'PollQuestion' });
const ruleSchema = z
  .object({
    questionId: z.uuid(),
    optionId: z.uuid(),
    minTurnoutCount: z.number().nullable(),
    minTurnoutPermille: z.number().nullable(),
    numerator: z.number(),
    denominator: z.number(),
    strict: z.boolean(),
    required: z.string(),
  })
  .meta({ id: 'PollDecisionRule' })
  .nullable();

export const pollSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['poll', 'priorities']),
    title: z.string(),
    description: z.string(),
    districtIds: z.array(z.string()),
    ageBands: z.array(z.string()),
    verifiedOnly: z.boolean(),
    binding: z.boolean(),
    resultsVisibility: z.enum(['live', 'after_close']),
    opensAt: z.string(),
    closesAt: z.string(),
    publishedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    state: z.enum(['draft', 'upcoming', 'open', 'closing', 'closed']),
    responses: z.number().optional(),
  })
  .meta({ id: 'PollSummary' });

export const pollListSchema = z.object({ polls: z.array(pollSummarySchema) }).meta({ id: 'PollList' });

export const pollImageParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });

export const pollViewSchema = pollSummarySchema
  .extend({
    imageFileId: z.string().nullable(),
    imageUrl: z.string().nullable(),
    questions: z.array(questionSchema),
    rule: ruleSchema,
    /** What it owes when it decides (binding and priorities polls): the department, the due day, how many priorities. */
    departmentId: z.string().nullable(),
    dueOn: z.string().nullable(),
    priorityCount: z.number().nullable(),
    /** Once closed: whether its decision rule passed; null without a rule or before the close. */
    passed: z.boolean().nullable(),
    eligibility: z.object({ eligible: z.boolean(), reason: z.string().nullable(), message: z.string().nullable() }).meta({ id: 'PollEligibility' }),
  })
  .meta({ id: 'PollView' });

export const receiptResultSchema = z.object({ receipt: z.string() }).meta({ id: 'PollResponseReceipt' });

const resultsBody = z
  .object({
    computedAt: z.string(),
    responses: z.number(),
    eligible: z.number().nullable(),
    turnoutPermille: z.number().nullable(),
    /** Who answered by district and age band; a group of fewer than ten is "< 10". */
    districts: z.array(z.object({ districtId: z.string().nullable(), responses: publicCountSchema })),
    ageBands: z.array(z.object({ ageBand: z.string().nullable(), responses: publicCountSchema })),
    questions: z.array(
      z.object({
        questionId: z.string(),
        kind: z.enum(questionKinds),
        answered: z.number(),
        options: z.array(z.object({ optionId: z.string(), count: z.number(), borda: z.number().optional(), firstPlaces: z.number().optional() })),
        distribution: z.array(z.number()).optional(),
        mean: z.object({ fraction: z.string(), decimal: z.string() }).nullable().optional(),
      }),
    ),
    decision: z
      .object({
        passed: z.boolean(),
        reason: z.string(),
        responses: z.number(),
        eligible: z.number().nullable(),
        inFavour: z.number(),
        answered: z.number(),
        inFavourPercent: z.string(),
        required: z.string(),
        minTurnoutCount: z.number().nullable(),
        minTurnoutPermille: z.number().nullable(),
        sentence: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'PollResults' });

export const resultsSchema = z
  .object({ poll: pollViewSchema.omit({ eligibility: true }).meta({ id: 'PollWithQuestions' }), final: z.boolean(), results: resultsBody })
  .meta({ id: 'PollResultsView' });

export const anonymisedSchema = z
  .object({
    receiptHash: z.string(),
    districtId: z.string().nullable(),
    ageBand: z.string().nullable(),
    answers: z.array(z.object({ questionId: z.string(), optionId: z.string().nullable(), value: z.number().nullable() })),
  })
  .meta({ id: 'PollAnonymisedResponse' });

export const receiptSchema = z
  .object({ poll: pollSummarySchema, response: anonymisedSchema, questions: z.array(questionSchema) })
  .meta({ id: 'PollReceiptLookup' });

export const createdSchema = z.object({ id: z.uuid() }).meta({ id: 'PollCreated' });
export const okSchema = z.object({ ok: z.literal(true) }).meta({ id: 'PollChanged' });
