import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { canDecide, canFlag, canManageForbiddenWords, canReadQueue } from '../policy.js';
import { decideCase } from '../use-cases/decide-case.js';
import { flagContent } from '../use-cases/flag-content.js';
import { listQueue } from '../use-cases/list-queue.js';
import { listForbiddenWords, replaceForbiddenWordList } from '../use-cases/manage-forbidden-words.js';
import { presentCase } from './presenters.js';
import * as s from './schemas.js';

export function moderationRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone signed in, once per piece of content, never on their own.
  app.post(
    '/api/flags',
    {
      config: { ...perUserRateLimit(30, 60), policy: canFlag },
      schema: { tags: ['moderation'], summary: 'Flag content for moderators', body: s.flagBodySchema, response: { 201: s.flagResultSchema } },
    },
    async (req, reply) => reply.status(201).send(await flagContent(ctx, req.actor, req.body)),
  );

  // Who may call: moderators (district moderators see their districts' content) and city administrators.
  app.get(
    '/api/moderation/queue',
    {
      config: { policy: canReadQueue },
      schema: { tags: ['moderation'], summary: 'The moderators’ queue', querystring: s.queueQuerySchema, response: { 200: s.queueSchema } },
    },
    async (req) => {
      const { items, total } = await listQueue(ctx, req.actor, req.query);
      const now = new Date();
      return { items: items.map((v) => presentCase(v, now)), total };
    },
  );

  // Who may call: moderators whose scope covers the content's district, and city administrators.
  app.post(
    '/api/moderation/cases/:entityType/:entityId/decision',
    {
      config: { policy: canDecide },
      schema: {
        tags: ['moderation'],
        summary: 'Hide, restore or dismiss (audited)',
        params: s.caseParamsSchema,
        body: s.decisionBodySchema,
        response: { 200: s.caseSchema },
      },
    },
    async (req) => presentCase(await decideCase(ctx, req.actor, { ...req.params, ...req.body })),
  );

  // Who may call: city moderators and city administrators.
  app.get(
    '/api/moderation/forbidden-words',
    { config: { policy: canManageForbiddenWords }, schema: { tags: ['moderation'], summary: 'Forbidden words', response: { 200: s.forbiddenWordsSchema } } },
    async (req) => ({
      words: (await listForbiddenWords(ctx, req.actor)).map((r) => r.word),
    }),
  );

  // Who may call: city moderators and city administrators (audited).
  app.put(
    '/api/moderation/forbidden-words',
    {
      config: { policy: canManageForbiddenWords },
      schema: { tags: ['moderation'], summary: 'Replace the forbidden words', body: s.forbiddenWordsBodySchema, response: { 200: s.forbiddenWordsSchema } },
    },
    async (req) => ({ words: (await replaceForbiddenWordList(ctx, req.actor, req.body.words)).map((r) => r.word) }),
  );
}
