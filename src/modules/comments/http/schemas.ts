import { z } from 'zod';
import { textSchema } from '../../../core/text/schemas.js';
import { maxBodyLength, stances } from '../domain/comment-rules.js';
import { threadSorts } from '../domain/cursor.js';

const hostTypeSchema = z.string().regex(/^[a-z][a-z0-9_-]{0,39}$/);
const hostIdSchema = z.string().min(1).max(100);
const cursorSchema = z.string().min(1).max(200);

export const hostParamsSchema = z.object({ hostType: hostTypeSchema, hostId: hostIdSchema });
export const commentParamsSchema = z.object({ id: z.uuid() });
export const threadQuerySchema = z.object({
  sort: z.enum(threadSorts).default('best'),
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const repliesQuerySchema = z.object({
  cursor: cursorSchema.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

// cleaned by the one text rule; its emptiness and its length in characters are checked by the use case, so the
// message can say which (the bound here is in UTF-16 units, enough for the limit in emoji)
const commentBodySchema = textSchema(0, maxBodyLength * 2);
export const postBodySchema = z.strictObject({
  body: commentBodySchema,
  parentId: z.uuid().optional(),
  stance: z.enum(stances).optional(),
  asOfficial: z.string().min(1).max(64).optional(),
});
export const editBodySchema = z.strictObject({ body: commentBodySchema });
export const voteBodySchema = z.strictObject({ value: z.union([z.literal(1), z.literal(0), z.literal(-1)]) });

/** The author of something: `official` is set when it was written in a department's role. */
export const personSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    districtId: z.string().nullable(),
    official: z.object({ departmentId: z.string(), nameRu: z.string(), nameEn: z.string() }).nullable(),
  })
  .meta({ id: 'CommentAuthor' });

const commentFields = {
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  rootId: z.uuid(),
  depth: z.number().int().min(0).max(2),
  /** null once deleted. */
  author: personSchema.nullable(),
  /** null once deleted, or while hidden or held for anyone but its author and moderators. */
  body: z.string().nullable(),
  stance: z.enum(stances).nullable(),
  up: z.number().int(),
  down: z.number().int(),
  score: z.number().int(),
  myVote: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  /** Live replies below it (direct and indirect). */
  replyCount: z.number().int(),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  deleted: z.boolean(),
  moderation: z.enum(['visible', 'held', 'hidden']),
  /** The moderator's reason: for its author and moderators only. */
  moderationReason: z.string().nullable(),
  mine: z.boolean(),
  /** The caller, an own moderator of the host (a community's admins), may show it again: the host's moderators hid it. */
  canRestore: z.boolean(),
  /** Set while the caller, its author, may still edit it. */
  editableUntil: z.iso.datetime().nullable(),
};

/** A reply in a flat list (tree order, with its depth); its own `replies` are always empty. */
export const replyNodeSchema = z.object({ ...commentFields, replies: z.array(z.never()).max(0), moreReplies: z.boolean() }).meta({ id: 'CommentReply' });
/** A comment with its first replies (top-level comments of a thread page). */
export const commentNodeSchema = z.object({ ...commentFields, replies: z.array(replyNodeSchema), moreReplies: z.boolean() }).meta({ id: 'ThreadComment' });

export const threadPageSchema = z
  .object({
    host: z.object({
      type: z.string(),
      id: z.string(),
      title: z.string(),
      path: z.string(),
      /** Top-level comments must state a stance (for, against, neutral). */
      stance: z.boolean(),
      canComment: z.boolean(),
      /** Why the caller cannot comment here, in their language. */
      cannotCommentReason: z.string().nullable(),
    }),
    /** Live comments on the host, replies included. */
    total: z.number().int(),
    items: z.array(commentNodeSchema),
    nextCursor: z.string().nullable(),
  })
  .meta({ id: 'CommentThreadPage' });
export const repliesPageSchema = z.object({ items: z.array(replyNodeSchema), nextCursor: z.string().nullable() }).meta({ id: 'CommentRepliesPage' });
export const voteResultSchema = z
  .object({
    up: z.number().int(),
    down: z.number().int(),
    score: z.number().int(),
    myVote: z.union([z.literal(-1), z.literal(0), z.literal(1)]),
  })
  .meta({ id: 'CommentVoteResult' });
