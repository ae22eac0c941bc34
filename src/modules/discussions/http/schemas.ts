import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { moderationStates } from '../../../core/module/entities.js';
import { bodyLimits, discussionKinds, discussionSorts, titleLimits } from '../domain/discussion-rules.js';

const titleSchema = lineSchema(titleLimits.min, titleLimits.max);
const bodySchema = textSchema(bodyLimits.min, bodyLimits.max);
const districtIdSchema = z.string().min(1).max(64);
// each tag's shape and the number of tags are checked by the use case, so the message can say which rule
const tagsSchema = z.array(lineSchema(0, 100)).max(50);

export const listQuerySchema = z.object({
  q: lineSchema(0, 200).optional(),
  district: z.string().max(64).optional(),
  tag: lineSchema(0, 100).optional(),
  kind: z.enum(discussionKinds).optional(),
  sort: z.enum(discussionSorts).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  /** One community's discussions (a members-only community's: its members and the city's moderators only). */
  groupId: z.uuid().optional(),
});

export const createBodySchema = z.strictObject({
  kind: z.enum(discussionKinds).default('topic'),
  title: titleSchema,
  body: bodySchema,
  districtId: districtIdSchema.nullable().optional(),
  tags: tagsSchema.optional(),
  asOfficial: z.string().min(1).max(64).optional(),
  groupId: z.uuid().optional(),
});

export const editBodySchema = z.strictObject({
  title: titleSchema.optional(),
  body: bodySchema.optional(),
  districtId: districtIdSchema.nullable().optional(),
  tags: tagsSchema.optional(),
});

export const idParamsSchema = z.object({ id: z.uuid() });

/** The author of something, as anyone may see them. */
export const personSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    official: z.object({ departmentId: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable(),
  })
  .meta({ id: 'DiscussionAuthor' });

export const discussionSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(discussionKinds),
    title: z.string(),
    excerpt: z.string(),
    districtId: z.string().nullable(),
    tags: z.array(z.string()),
    author: personSchema,
    /** The community it was opened in, if any. */
    group: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    commentCount: z.number().int(),
    lastActivityAt: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'DiscussionSummary' });

export const discussionSchema = discussionSummarySchema
  .extend({
    body: z.string(),
    editedAt: z.string().nullable(),
    moderation: z.enum(moderationStates),
    /** Only for the author and moderators. */
    moderationReason: z.string().nullable(),
    mine: z.boolean(),
    canEdit: z.boolean(),
  })
  .meta({ id: 'Discussion' });

export const listSchema = z.object({ items: z.array(discussionSummarySchema), total: z.number().int() }).meta({ id: 'DiscussionList' });
export const tagsListSchema = z.object({ items: z.array(z.object({ tag: z.string(), count: z.number().int() })) }).meta({ id: 'DiscussionTags' });
