import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import {
  canAdvanceProject,
  canEditProject,
  canManageProjects,
  canPublishProject,
  canPublishReport,
  canRateIdea,
  canReadIdea,
  canReadProject,
  canReviewIdea,
  canStartVote,
  canSubmitIdea,
  canWithdrawIdea,
} from '../policy.js';
import { rateIdea, submitIdea, withdrawIdea } from '../use-cases/ideas.js';
import { advanceProject, createProject, publishProject, updateProject } from '../use-cases/manage-projects.js';
import { getIdea, getProject, listIdeas, listProjects } from '../use-cases/read-projects.js';
import { reviewIdea } from '../use-cases/review-ideas.js';
import { publishReport, startVote } from '../use-cases/vote-and-report.js';
import { presentIdeaSummary, presentIdeaView, presentProjectSummary, presentProjectView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['crowdsourcing'];
const adminTags = ['crowdsourcing admin'];

/** Crowdsourcing projects: the public pages, ideas, ratings and expert review; administrators' projects, vote and report. */
export function crowdsourcingRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/crowdsourcing/projects',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Published crowdsourcing projects, newest first, with their public numbers', response: { 200: s.projectListSchema } },
    },
    async (req) => ({
      projects: (await listProjects(ctx, req.actor, { drafts: false })).map(presentProjectSummary),
    }),
  );

  // Who may call: anyone (drafts: administrators).
  app.get(
    '/api/crowdsourcing/projects/:number',
    {
      config: { policy: canReadProject },
      schema: {
        tags,
        summary: 'A project: brief, phases, experts, vote, report, figures',
        params: s.numberParamsSchema,
        response: { 200: s.projectViewSchema },
      },
    },
    async (req) => presentProjectView(await getProject(ctx, req.actor, req.params.number)),
  );

  // Who may call: anyone (drafts: administrators). Hidden, held and withdrawn ideas are not listed.
  app.get(
    '/api/crowdsourcing/projects/:number/ideas',
    {
      config: { policy: canReadProject },
      schema: {
        tags,
        summary: 'A project’s ideas by rating, newest or votes',
        params: s.numberParamsSchema,
        querystring: s.ideasQuerySchema,
        response: { 200: s.ideaListSchema },
      },
    },
    async (req) => {
      const r = await listIdeas(ctx, req.actor, req.params.number, req.query);
      return { ...r, items: r.items.map(presentIdeaSummary) };
    },
  );

  // Who may call: signed-in residents with a confirmed e-mail, during the ideas phase (20 ideas an hour each).
  app.post(
    '/api/crowdsourcing/projects/:number/ideas',
    {
      config: { ...perUserRateLimit(20, 60), policy: [canReadProject, canSubmitIdea] },
      schema: { tags, summary: 'Submit an idea', params: s.numberParamsSchema, body: s.ideaInputSchema, response: { 201: s.createdNumberSchema } },
    },
    async (req, reply) => reply.status(201).send({ number: await submitIdea(ctx, req.actor, req.params.number, req.body) }),
  );

  // Who may call: anyone while public (hidden ones: the author, moderators, administrators).
  app.get(
    '/api/crowdsourcing/ideas/:number',
    {
      config: { policy: canReadIdea },
      schema: {
        tags,
        summary: 'One idea with its review, merges, ratings and what I may do',
        params: s.numberParamsSchema,
        response: { 200: s.ideaViewSchema },
      },
    },
    async (req) => presentIdeaView(await getIdea(ctx, req.actor, req.params.number)),
  );

  // Who may call: signed-in residents with a confirmed e-mail, not the author, during ideas and selection.
  app.put(
    '/api/crowdsourcing/ideas/:number/rating',
    {
      config: { ...perUserRateLimit(300, 60), policy: [canReadIdea, canRateIdea] },
      schema: {
        tags,
        summary: 'Rate an idea 1–5 (again to change the rating)',
        params: s.numberParamsSchema,
        body: s.ratingBodySchema,
        response: { 200: s.ratingResultSchema },
      },
    },
    async (req) => rateIdea(ctx, req.actor, req.params.number, req.body.value),
  );

  // Who may call: the idea's author, during the ideas phase.
  app.post(
    '/api/crowdsourcing/ideas/:number/withdraw',
    { config: { policy: [canReadIdea, canWithdrawIdea] }, schema: { tags, summary: 'Withdraw my idea', params: s.numberParamsSchema } },
    async (req, reply) => {
      await withdrawIdea(ctx, req.actor, req.params.number);
      return reply.status(204).send();
    },
  );

  // Who may call: the project's experts and administrators, during ideas, selection and voting until the vote starts. Audited.
  app.post(
    '/api/crowdsourcing/ideas/:number/review',
    {
      config: { policy: [canReadIdea, canReviewIdea] },
      schema: { tags, summary: 'Shortlist, reject or merge an idea, with a public reason', params: s.numberParamsSchema, body: s.reviewBodySchema },
    },
    async (req, reply) => {
      await reviewIdea(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send();
    },
  );

  // Who may call: administrators (all routes below; every write audited).
  app.get(
    '/api/admin/crowdsourcing/projects',
    { config: { policy: canManageProjects }, schema: { tags: adminTags, summary: 'All projects, drafts included', response: { 200: s.projectListSchema } } },
    async (req) => ({
      projects: (await listProjects(ctx, req.actor, { drafts: true })).map(presentProjectSummary),
    }),
  );

  app.post(
    '/api/admin/crowdsourcing/projects',
    {
      config: { policy: canManageProjects },
      schema: { tags: adminTags, summary: 'Create a draft project', body: s.projectInputSchema, response: { 201: s.createdNumberSchema } },
    },
    async (req, reply) => reply.status(201).send({ number: await createProject(ctx, req.actor, req.body) }),
  );

  app.put(
    '/api/admin/crowdsourcing/projects/:number',
    {
      config: { policy: canEditProject },
      schema: {
        tags: adminTags,
        summary: 'Replace a project’s settings and experts (before its vote starts)',
        params: s.numberParamsSchema,
        body: s.projectInputSchema,
      },
    },
    async (req, reply) => {
      await updateProject(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/crowdsourcing/projects/:number/publish',
    {
      config: { policy: canPublishProject },
      schema: { tags: adminTags, summary: 'Publish a draft project', params: s.numberParamsSchema },
    },
    async (req, reply) => {
      await publishProject(ctx, req.actor, req.params.number);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/crowdsourcing/projects/:number/advance',
    {
      config: { policy: canAdvanceProject },
      schema: { tags: adminTags, summary: 'Start the next phase now', params: s.numberParamsSchema },
    },
    async (req, reply) => {
      await advanceProject(ctx, req.actor, req.params.number);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/admin/crowdsourcing/projects/:number/vote',
    {
      config: { policy: canStartVote },
      schema: {
        tags: adminTags,
        summary: 'Start the vote: a poll over the shortlisted ideas',
        params: s.numberParamsSchema,
        response: { 201: s.createdPollSchema },
      },
    },
    async (req, reply) => reply.status(201).send({ pollId: await startVote(ctx, req.actor, req.params.number) }),
  );

  app.post(
    '/api/admin/crowdsourcing/projects/:number/report',
    {
      config: { policy: canPublishReport },
      schema: {
        tags: adminTags,
        summary: 'Publish the implementation report, crediting accepted ideas',
        params: s.numberParamsSchema,
        body: s.reportBodySchema,
      },
    },
    async (req, reply) => {
      await publishReport(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send();
    },
  );
}
