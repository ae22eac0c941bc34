import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { moderationStates } from '../../../core/module/entities.js';
import { caseCauses, caseStatuses, decisionActions, flagReasons, maxDecisionReason, maxFlagNote, minDecisionReason } from '../domain/case-rules.js';

const entityTypeSchema = z.string().min(1).max(40);
const entityIdSchema = z.string().min(1).max(100);

export const flagBodySchema = z.strictObject({
  entityType: entityTypeSchema,
  entityId: entityIdSchema,
  reason: z.enum(flagReasons),
  note: textSchema(0, maxFlagNote).optional(),
});
export const flagResultSchema = z.object({ flagCount: z.number().int(), hidden: z.boolean() }).meta({ id: 'FlagResult' });

export const queueQuerySchema = z.object({
  status: z.enum(caseStatuses).default('open'),
  cause: z.enum(caseCauses).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

/** The author of something, as anyone may see them. */
export const personSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    official: z.object({ departmentId: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable(),
  })
  .meta({ id: 'ModerationAuthor' });

/** One case of the moderators' queue; flags are counted by reason and their notes listed, never who flagged. */
export const caseSchema = z
  .object({
    entityType: z.string(),
    entityId: z.string(),
    title: z.string(),
    excerpt: z.string(),
    path: z.string(),
    author: personSchema.nullable(),
    cause: z.enum(caseCauses),
    state: z.enum(moderationStates),
    flagCount: z.number().int(),
    reasons: z.array(z.object({ reason: z.enum(flagReasons), count: z.number().int() })),
    notes: z.array(z.string()),
    matchedWords: z.array(z.string()),
    openedAt: z.string(),
    /** When a moderator should decide (caseDecisionHours after opening). */
    dueAt: z.string(),
    /** Open and past `dueAt`. */
    overdue: z.boolean(),
    status: z.enum(caseStatuses),
    decision: z.enum(['hidden', 'restored', 'dismissed']).nullable(),
    decisionReason: z.string().nullable(),
    decidedAt: z.string().nullable(),
  })
  .meta({ id: 'ModerationCase' });
export const queueSchema = z.object({ items: z.array(caseSchema), total: z.number().int() }).meta({ id: 'ModerationQueue' });

export const caseParamsSchema = z.object({ entityType: entityTypeSchema, entityId: entityIdSchema });
export const decisionBodySchema = z.strictObject({
  action: z.enum(decisionActions),
  reason: textSchema(minDecisionReason, maxDecisionReason).optional(),
});

export const forbiddenWordsSchema = z.object({ words: z.array(z.string()) }).meta({ id: 'ForbiddenWords' });
export const forbiddenWordsBodySchema = z.strictObject({ words: z.array(lineSchema(0, 100)).max(1000) });
