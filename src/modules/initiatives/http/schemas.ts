import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { initiativeLimits as limits } from '../domain/initiative-input.js';
import { answerDecisions, initiativeScopes, initiativeStatuses, initiativeTypes } from '../domain/lifecycle.js';

export const numberParamsSchema = z.object({ number: z.coerce.number().int().min(1).max(1e15) });

export const listQuerySchema = z.object({
  status: z.enum([...initiativeStatuses, 'overdue']).optional(),
  scope: z.enum(initiativeScopes).optional(),
  districtId: z.string().min(1).max(64).optional(),
  type: z.enum(initiativeTypes).optional(),
  q: lineSchema(0, 200).optional(),
  /** Only the caller's own (as author or co-initiator), drafts and withdrawn ones included. */
  mine: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** What the author writes; lengths after the one text rule cleaned it. The place is checked against the districts by the use case. */
export const initiativeInputSchema = z
  .strictObject({
    type: z.enum(initiativeTypes),
    scope: z.enum(initiativeScopes),
    districtId: z.string().min(1).max(64).nullable(),
    title: lineSchema(limits.title.min, limits.title.max),
    text: textSchema(limits.text.min, limits.text.max),
    ask: textSchema(limits.ask.min, limits.ask.max),
    addressee: lineSchema(limits.addressee.min, limits.addressee.max),
  })
  .meta({ id: 'InitiativeDraft' });

/** An expert's screening, with its public reason. */
export const screeningBodySchema = z
  .strictObject({
    decision: z.enum(['admissible', 'inadmissible']),
    reason: textSchema(limits.screeningReason.min, limits.screeningReason.max),
    departmentId: z.string().min(1).max(64).optional(),
  })
  .meta({ id: 'InitiativeScreening' });

/** The authority's public answer. */
export const answerBodySchema = z
  .strictObject({
    decision: z.enum(answerDecisions),
    text: textSchema(limits.answerText.min, limits.answerText.max),
    /** Accepted or partially: the department that will carry it out and the working day it is due (the city's commitment). */
    departmentId: z.string().min(1).max(64).optional(),
    dueOn: z.iso.date().optional(),
  })
  .meta({ id: 'InitiativeAnswer' });

export const ruleSchema = z
  .strictObject({
    type: z.enum(initiativeTypes),
    scope: z.enum(initiativeScopes),
    minCoinitiators: z.number().int().min(0).max(1000),
    supportThreshold: z.number().int().min(1).max(10_000_000),
    supportDays: z.number().int().min(1).max(365),
    answerWorkingDays: z.number().int().min(1).max(250),
  })
  .meta({ id: 'InitiativeRule' });
export const rulesBodySchema = z.strictObject({
  rules: z
    .array(ruleSchema)
    .min(1)
    .max(initiativeTypes.length * initiativeScopes.length),
});
export const rulesSchema = z.object({ rules: z.array(ruleSchema) }).meta({ id: 'InitiativeRules' });

export const summarySchema = z
  .object({
    number: z.number(),
    type: z.enum(initiativeTypes),
    scope: z.enum(initiativeScopes),
    districtId: z.string().nullable(),
    title: z.string(),
    status: z.enum(initiativeStatuses),
    overdue: z.boolean(),
    coinitiatorCount: z.number(),
    supportCount: z.number(),
    supportThreshold: z.number().nullable(),
    supportClosesAt: z.string().nullable(),
    answerDueAt: z.string().nullable(),
    submittedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'InitiativeSummary' });

export const listSchema = z.object({ items: z.array(summarySchema), total: z.number(), page: z.number(), pageSize: z.number() }).meta({ id: 'InitiativeList' });

const personSchema = z.object({ id: z.string(), displayName: z.string() }).meta({ id: 'InitiativePerson' });

export const viewSchema = summarySchema
  .extend({
    text: z.string(),
    ask: z.string(),
    addressee: z.string(),
    author: personSchema,
    coinitiators: z.array(personSchema),
    minCoinitiators: z.number(),
    departmentId: z.string().nullable(),
    supportOpensAt: z.string().nullable(),
    thresholdReachedAt: z.string().nullable(),
    answerWorkingDays: z.number().nullable(),
    screening: z.object({ decision: z.enum(['admissible', 'inadmissible']), reason: z.string(), at: z.string() }).nullable(),
    answer: z.object({ decision: z.enum(answerDecisions), text: z.string(), at: z.string() }).nullable(),
    history: z.array(z.object({ status: z.enum(initiativeStatuses), note: z.string(), at: z.string() })),
    commentCount: z.number(),
    me: z.object({
      isAuthor: z.boolean(),
      isCoinitiator: z.boolean(),
      supported: z.boolean(),
      can: z.object({
        edit: z.boolean(),
        join: z.boolean(),
        leave: z.boolean(),
        submit: z.boolean(),
        withdraw: z.boolean(),
        screen: z.boolean(),
        support: z.boolean(),
        answer: z.boolean(),
      }),
      supportRefusal: z.string().nullable(),
    }),
  })
  .meta({ id: 'InitiativeView' });

export const createdSchema = z.object({ number: z.number() }).meta({ id: 'InitiativeCreated' });
export const supportResultSchema = z.object({ supportCount: z.number(), status: z.enum(initiativeStatuses) }).meta({ id: 'InitiativeSupportResult' });
export const noContentSchema = z.null();
