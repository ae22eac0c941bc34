import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { closePoll } from '../use-cases/close-poll.js';
import { exportTexts, findReceipt, getPoll, listAllPolls, listPolls, publishedResponses, readResults } from '../use-cases/read-polls.js';
import { readPollImage } from '../use-cases/poll-images.js';
import { canClosePoll, canEditPoll, canManagePolls, canPublishPoll, canReadPoll, canReadResponses, canRespond, canSeeResults } from '../policy.js';
import { respond } from '../use-cases/respond.js';
import { createPoll, createPrioritiesPoll, publishPoll, updatePoll } from '../use-cases/save-poll.js';
import { presentAnonymised, presentEligibility, presentPoll, presentResults, presentSummary } from './presenters.js';
import * as s from './schemas.js';

/** Polls: the public list and pages, responses, results, receipts; administrators' drafting, publishing, closing and export. */
export function pollRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/polls',
    {
      config: { policy: 'public' },
      schema: { tags: ['polls'], summary: 'Published polls with their targets, dates and state', response: { 200: s.pollListSchema } },
    },
    async () => {
      const now = new Date();
      return { polls: (await listPolls(ctx, { drafts: false })).map((p) => presentSummary(p, now, p.responses)) };
    },
  );

  // Who may call: anyone holding a receipt code, once the poll is closed. Declared before /:id so the static segment wins.
  app.get(
    '/api/polls/receipts/:code',
    {
      config: { rateLimit: { max: 30, timeWindow: 60_000 }, policy: canReadResponses },
      schema: {
        tags: ['polls'],
        summary:
          'Find a published response by its receipt code, as the published responses show it: a district or age band shared by fewer than 10 respondents is null',
        params: s.receiptParamsSchema,
        response: { 200: s.receiptSchema },
      },
    },
    async (req) => {
      const r = await findReceipt(ctx, req.actor, req.params.code);
      return { poll: presentSummary(r.found.poll), response: presentAnonymised(r.row), questions: presentPoll(r.found).questions };
    },
  );

  // Who may call: anyone (drafts: administrators). Eligibility says whether the caller may answer and why not.
  app.get(
    '/api/polls/:id',
    {
      config: { policy: canReadPoll },
      schema: {
        tags: ['polls'],
        summary: 'A poll: questions, decision rule, whether I may answer (and why not)',
        params: s.pollParamsSchema,
        response: { 200: s.pollViewSchema },
      },
    },
    async (req) => {
      const v = await getPoll(ctx, req.actor, req.params.id);
      return { ...presentPoll(v), eligibility: presentEligibility(v.eligibility, req.lang) };
    },
  );

  // Who may call: anyone who may see the poll (drafts: administrators). Only images on the poll or its questions.
  for (const variant of ['full', 'thumb'] as const) {
    app.get(
      `/api/polls/:id/images/:fileId${variant === 'thumb' ? '/thumb' : ''}`,
      {
        config: { policy: canReadPoll },
        schema: {
          tags: ['polls'],
          summary: variant === 'thumb' ? 'An image of a poll or its question, 320 px preview (WebP)' : 'An image of a poll or its question (WebP)',
          params: s.pollImageParamsSchema,
        },
      },
      async (req, reply) => {
        const file = await readPollImage(ctx, req.actor, req.params.id, req.params.fileId, variant);
        return reply
          .header('cache-control', file.shared ? 'public, max-age=86400' : 'private, max-age=3600')
          .header('x-content-type-options', 'nosniff')
          .type(file.contentType)
          .send(file.data);
      },
    );
  }

  // Who may call: eligible residents while the poll is open, once each.
  app.post(
    '/api/polls/:id/responses',
    {
      config: { ...perUserRateLimit(30, 10), policy: [canReadPoll, canRespond] },
      schema: {
        tags: ['polls'],
        summary: 'Answer a poll (final, once); the receipt code is returned only here',
        params: s.pollParamsSchema,
        body: s.respondBodySchema,
        response: { 201: s.receiptResultSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await respond(ctx, req.actor, req.params.id, req.body.answers)),
  );

  // Who may call: anyone once closed, or while open when the poll shows live results; administrators always.
  app.get(
    '/api/polls/:id/results',
    {
      config: { policy: [canReadPoll, canSeeResults] },
      schema: {
        tags: ['polls'],
        summary: 'Results: turnout, per district, per question, the decision',
        params: s.pollParamsSchema,
        response: { 200: s.resultsSchema },
      },
    },
    async (req) => {
      const r = await readResults(ctx, req.actor, req.params.id);
      return presentResults(r.found, r.results, r.final, req.lang);
    },
  );

  // Who may call: anyone, once the poll is closed. No respondent ids, no free texts, no group of fewer than 10 (k-anonymity).
  app.get(
    '/api/polls/:id/responses.json',
    {
      config: { policy: [canReadPoll, canReadResponses] },
      schema: {
        tags: ['polls'],
        summary:
          'The anonymised responses of a closed poll (receipt hash, district, age band, answers); a district or age band shared by fewer than 10 respondents is null',
        params: s.pollParamsSchema,
      },
    },
    async (req, reply) => {
      const r = await publishedResponses(ctx, req.actor, req.params.id);
      return reply
        .header('content-disposition', `attachment; filename="poll-${req.params.id}-responses.json"`)
        .send({ poll: presentPoll(r.found), responses: r.rows.map(presentAnonymised) });
    },
  );

  // Who may call: administrators (all routes below).
  app.get(
    '/api/admin/polls',
    {
      config: { policy: canManagePolls },
      schema: { tags: ['polls admin'], summary: 'All polls, drafts included, with response counts', response: { 200: s.pollListSchema } },
    },
    async (req) => {
      const now = new Date();
      return { polls: (await listAllPolls(ctx, req.actor)).map((p) => presentSummary(p, now, p.responses)) };
    },
  );

  app.post(
    '/api/admin/polls',
    {
      config: { policy: canManagePolls },
      schema: { tags: ['polls admin'], summary: 'Create a draft poll', body: s.pollInputSchema, response: { 201: s.createdSchema } },
    },
    async (req, reply) => reply.status(201).send({ id: await createPoll(ctx, req.actor, req.body) }),
  );

  app.post(
    '/api/admin/polls/priorities',
    {
      config: { policy: canManagePolls },
      schema: {
        tags: ['polls admin'],
        summary: 'Create a district priority poll (one ranking of the district’s development directions) as a draft',
        body: s.prioritiesInputSchema,
        response: { 201: s.createdSchema },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await createPrioritiesPoll(ctx, req.actor, req.body) }),
  );

  app.put(
    '/api/admin/polls/:id',
    {
      config: { policy: canEditPoll },
      schema: {
        tags: ['polls admin'],
        summary: 'Replace a draft poll, or a published one before it opens (audited)',
        params: s.pollParamsSchema,
        body: s.pollInputSchema,
        response: { 200: s.okSchema },
      },
    },
    async (req) => {
      await updatePoll(ctx, req.actor, req.params.id, req.body);
      return { ok: true as const };
    },
  );

  // Audited.
  app.post(
    '/api/admin/polls/:id/publish',
    {
      config: { policy: canPublishPoll },
      schema: { tags: ['polls admin'], summary: 'Publish a draft poll', params: s.pollParamsSchema, response: { 200: s.okSchema } },
    },
    async (req) => {
      await publishPoll(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );

  // Audited.
  app.post(
    '/api/admin/polls/:id/close',
    {
      config: { policy: canClosePoll },
      schema: { tags: ['polls admin'], summary: 'Close a poll now and freeze its results', params: s.pollParamsSchema, response: { 200: s.okSchema } },
    },
    async (req) => {
      await closePoll(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/admin/polls/:id/texts.csv',
    {
      config: { policy: canManagePolls },
      schema: { tags: ['polls admin'], summary: 'The free-text answers as CSV', params: s.pollParamsSchema },
    },
    async (req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="poll-${req.params.id}-texts.csv"`)
        .send(await exportTexts(ctx, req.actor, req.params.id)),
  );
}
