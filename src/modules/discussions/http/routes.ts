import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canCreateDiscussion, canEditDiscussion, canReadDiscussion } from '../policy.js';
import { shown } from '../use-cases/authors.js';
import { createDiscussion } from '../use-cases/create-discussion.js';
import { editDiscussion } from '../use-cases/edit-discussion.js';
import { getDiscussion } from '../use-cases/get-discussion.js';
import { listDiscussions, listTags } from '../use-cases/list-discussions.js';
import { presentDiscussion, presentSummary } from './presenters.js';
import * as s from './schemas.js';

export function discussionRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone (public discussions only; with groupId, a members-only community's: its members and the city's moderators).
  app.get(
    '/api/discussions',
    {
      config: { policy: 'public' },
      schema: { tags: ['discussions'], summary: 'Search and list discussions', querystring: s.listQuerySchema, response: { 200: s.listSchema } },
    },
    async (req) => {
      const { district, ...rest } = req.query;
      const { items, total } = await listDiscussions(ctx, req.actor, { ...rest, districtId: district });
      return { items: items.map((i) => presentSummary(i.row, i.author, i.group)), total };
    },
  );

  // Who may call: anyone.
  app.get(
    '/api/discussions/tags',
    { config: { policy: 'public' }, schema: { tags: ['discussions'], summary: 'The most used tags', response: { 200: s.tagsListSchema } } },
    async () => ({
      items: await listTags(ctx),
    }),
  );

  // Who may call: signed-in people with a confirmed e-mail; in a department's role, its officials; in a community, its current members (5 an hour each).
  app.post(
    '/api/discussions',
    {
      config: { ...perUserRateLimit(5, 60), policy: canCreateDiscussion },
      schema: { tags: ['discussions'], summary: 'Open a discussion', body: s.createBodySchema, response: { 201: s.discussionSchema } },
    },
    async (req, reply) => {
      const [one] = await shown(ctx.database.db, [await createDiscussion(ctx, req.actor, req.body)]);
      return reply.status(201).send(presentDiscussion(one!.row, one!.author, one!.group, req.actor));
    },
  );

  // Who may call: anyone while public; hidden or held ones only their author and moderators; a members-only community's only its members and the city's moderators.
  app.get(
    '/api/discussions/:id',
    {
      config: { policy: canReadDiscussion },
      schema: { tags: ['discussions'], summary: 'One discussion', params: s.idParamsSchema, response: { 200: s.discussionSchema } },
    },
    async (req) => {
      const { row, author, group } = await getDiscussion(ctx, req.actor, req.params.id);
      return presentDiscussion(row, author, group, req.actor);
    },
  );

  // Who may call: the author, within 24 hours of opening it.
  app.patch(
    '/api/discussions/:id',
    {
      config: { policy: [canReadDiscussion, canEditDiscussion] },
      schema: { tags: ['discussions'], summary: 'Edit a discussion', params: s.idParamsSchema, body: s.editBodySchema, response: { 200: s.discussionSchema } },
    },
    async (req) => {
      const [one] = await shown(ctx.database.db, [await editDiscussion(ctx, req.actor, req.params.id, req.body)]);
      return presentDiscussion(one!.row, one!.author, one!.group, req.actor);
    },
  );
}
