import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { AppError } from '../../../core/http/errors.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canAnswerAsOfficial, canComment, canDelete, canEdit, canRestoreAsHost, canVote } from '../policy.js';
import { deleteComment } from '../use-cases/delete-comment.js';
import { editComment } from '../use-cases/edit-comment.js';
import { factsFor, getComment } from '../use-cases/get-comment.js';
import { listReplies } from '../use-cases/list-replies.js';
import { listThread } from '../use-cases/list-thread.js';
import { restoreComment } from '../use-cases/moderate-comment.js';
import { postComment } from '../use-cases/post-comment.js';
import { voteComment } from '../use-cases/vote-comment.js';
import { presentComment, presentThreadPage } from './presenters.js';
import * as s from './schemas.js';

const tags = ['comments'];

export function commentRoutes(app: App, ctx: ModuleContext): void {
  // anti-flood: 5 comments a minute (the route's limit) and 60 an hour per person
  const hourly = app.createRateLimit({ ...perUserRateLimit(60, 60).rateLimit });
  const postingHourLimit = async (req: FastifyRequest) => {
    const res = await hourly(req);
    if (!res.isAllowed && res.isExceeded) throw new AppError(429, 'rate_limited', { seconds: Math.max(1, res.ttlInSeconds) });
  };

  // Who may call: anyone; hidden and held text only for its author and the thread's moderators.
  app.get(
    '/api/comments/:hostType/:hostId',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'A page of the comments on an entity',
        params: s.hostParamsSchema,
        querystring: s.threadQuerySchema,
        response: { 200: s.threadPageSchema },
      },
    },
    async (req) => presentThreadPage(await listThread(ctx, req.actor, { ...req.params, ...req.query }), req.lang),
  );

  // Who may call: anyone; more replies below one comment, in tree order.
  app.get(
    '/api/comments/:id/replies',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Replies below a comment',
        params: s.commentParamsSchema,
        querystring: s.repliesQuerySchema,
        response: { 200: s.repliesPageSchema },
      },
    },
    async (req) => {
      const page = await listReplies(ctx, req.actor, req.params.id, req.query);
      return { items: page.items.map((r) => presentComment(r, page.facts)), nextCursor: page.nextCursor };
    },
  );

  // Who may call: anyone; one comment (links to #comment-<id>).
  app.get(
    '/api/comments/:id',
    { config: { policy: 'public' }, schema: { tags, summary: 'One comment', params: s.commentParamsSchema, response: { 200: s.replyNodeSchema } } },
    async (req) => {
      const { row, facts } = await getComment(ctx, req.actor, req.params.id);
      return presentComment(row, facts);
    },
  );

  // Who may call: signed-in people where the host allows it; officials may answer as their department. Rate-limited per person.
  app.post(
    '/api/comments/:hostType/:hostId',
    {
      config: { ...perUserRateLimit(5, 1), policy: [canComment, canAnswerAsOfficial] },
      preHandler: postingHourLimit,
      schema: {
        tags,
        summary: 'Comment on an entity, or reply to a comment',
        params: s.hostParamsSchema,
        body: s.postBodySchema,
        response: { 201: s.replyNodeSchema },
      },
    },
    async (req, reply) => {
      const row = await postComment(ctx, req.actor, { ...req.params, ...req.body });
      return reply.status(201).send(presentComment(row, await factsFor(ctx, req.actor, row)));
    },
  );

  // Who may call: the author, within 15 minutes of posting.
  app.patch(
    '/api/comments/:id',
    {
      config: { policy: canEdit },
      schema: { tags, summary: 'Edit a comment', params: s.commentParamsSchema, body: s.editBodySchema, response: { 200: s.replyNodeSchema } },
    },
    async (req) => {
      const row = await editComment(ctx, req.actor, req.params.id, req.body.body);
      return presentComment(row, await factsFor(ctx, req.actor, row));
    },
  );

  // Who may call: the author; the text goes, the place and the replies stay.
  app.delete(
    '/api/comments/:id',
    { config: { policy: canDelete }, schema: { tags, summary: 'Delete a comment', params: s.commentParamsSchema, response: { 204: z.null() } } },
    async (req, reply) => {
      await deleteComment(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  // Who may call: the host's own moderators (a community's owners and admins), for a comment they hid; the city's
  // moderators restore through the moderation queue.
  app.post(
    '/api/comments/:id/restore',
    {
      config: { policy: canRestoreAsHost },
      schema: { tags, summary: 'Show again a comment the host’s moderators hid', params: s.commentParamsSchema, response: { 200: s.replyNodeSchema } },
    },
    async (req) => {
      const { row, facts } = await restoreComment(ctx, req.actor, req.params.id);
      return presentComment(row, facts);
    },
  );

  // Who may call: signed-in people, not on their own comment; +1, −1, or 0 to take the vote back.
  app.put(
    '/api/comments/:id/vote',
    {
      config: { policy: canVote },
      schema: { tags, summary: 'Vote on a comment', params: s.commentParamsSchema, body: s.voteBodySchema, response: { 200: s.voteResultSchema } },
    },
    async (req) => voteComment(ctx, req.actor, req.params.id, req.body.value),
  );
}
