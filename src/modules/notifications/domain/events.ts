import { z } from 'zod';

/** The facts a `comment.created` event carries (see the comments module). */
export const commentCreatedDataSchema = z.object({
  hostType: z.string().min(1),
  hostId: z.string().min(1),
  hostTitle: z.string().default(''),
  hostPath: z.string().default('/'),
  parentId: z.string().nullish(),
  parentAuthorId: z.string().nullish(),
  excerpt: z.string().default(''),
});
export type CommentCreatedData = z.infer<typeof commentCreatedDataSchema>;

/** The facts `content.hidden` and `content.restored` carry (see the moderation module). */
export const contentModeratedDataSchema = z.object({
  reason: z.string().nullish(),
  authorId: z.string().nullish(),
  title: z.string().default(''),
  path: z.string().default('/'),
  pending: z.boolean().optional(),
});
export type ContentModeratedData = z.infer<typeof contentModeratedDataSchema>;
