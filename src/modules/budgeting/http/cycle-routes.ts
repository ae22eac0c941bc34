import type { App, ModuleContext } from '../../../core/module/module.js';
import {
  advanceCycle,
  assignExpert,
  createCycle,
  createHeading,
  deleteHeading,
  listExperts,
  removeExpert,
  updateCycle,
  updateHeading,
} from '../use-cases/cycles/manage-cycles.js';
import { getCycle, getHeading, listCycles } from '../use-cases/cycles/read-cycles.js';
import { canAdvanceCycle, canChangeHeadings, canDeleteHeading, canManageCycles, canReadCycle, canReadHeading } from '../policy.js';
import { presentCycle, presentCycleSummary, presentHeading } from './cycle-presenters.js';
import * as s from './cycle-schemas.js';
import { headingPageSchema } from './proposal-schemas.js';
import { presentProposalSummary } from './proposal-presenters.js';

const tags = ['budgeting'];

/** Cycles, headings, phases: public reads and the administrators' management. */
export function cycleRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone (announced cycles only: informing or later).
  app.get(
    '/api/budgeting/cycles',
    {
      config: { policy: 'public' },
      schema: { tags, summary: 'Budgeting cycles, newest first, with their phase and headings', response: { 200: s.cycleListSchema } },
    },
    async (req) => ({
      items: (await listCycles(ctx, req.actor)).map(presentCycle),
    }),
  );

  // Who may call: anyone for an announced cycle; administrators also for drafts.
  app.get(
    '/api/budgeting/cycles/:id',
    {
      config: { policy: canReadCycle },
      schema: {
        tags,
        summary: 'One cycle: phase, phase dates, rule, eligibility, headings with counts',
        params: s.idParamsSchema,
        response: { 200: s.cycleSchema },
      },
    },
    async (req) => presentCycle(await getCycle(ctx, req.actor, req.params.id)),
  );

  // Who may call: anyone for a heading of an announced cycle.
  app.get(
    '/api/budgeting/headings/:id',
    {
      config: { policy: canReadHeading },
      schema: {
        tags,
        summary: 'One heading: its cycle, the phase, its proposals (from voting on only feasible ones, with a count of the rest)',
        params: s.idParamsSchema,
        response: { 200: headingPageSchema },
      },
    },
    async (req) => {
      const v = await getHeading(ctx, req.actor, req.params.id);
      return {
        heading: presentHeading(v.heading, v.counts),
        cycle: presentCycleSummary(v.cycle, v.phase),
        phase: v.phase,
        proposals: v.proposals.map(presentProposalSummary),
        otherCount: v.otherCount,
      };
    },
  );

  // Who may call: city administrators (drafts included).
  app.get(
    '/api/admin/budgeting/cycles',
    { config: { policy: canManageCycles }, schema: { tags, summary: 'All cycles, drafts included (administrators)', response: { 200: s.cycleListSchema } } },
    async (req) => ({
      items: (await listCycles(ctx, req.actor, { all: true })).map(presentCycle),
    }),
  );

  // Who may call: city administrators (audited).
  app.post(
    '/api/admin/budgeting/cycles',
    {
      config: { policy: canManageCycles },
      schema: { tags, summary: 'Create a cycle (phase dates must not go backwards)', body: s.createCycleBodySchema, response: { 201: s.cycleSchema } },
    },
    async (req, reply) => {
      const row = await createCycle(ctx, req.actor, req.body);
      return reply.status(201).send(presentCycle(await getCycle(ctx, req.actor, row.id)));
    },
  );

  // Who may call: city administrators (audited). The rule is locked from tallying on.
  app.patch(
    '/api/admin/budgeting/cycles/:id',
    {
      config: { policy: canManageCycles },
      schema: { tags, summary: 'Change a cycle', params: s.idParamsSchema, body: s.updateCycleBodySchema, response: { 200: s.cycleSchema } },
    },
    async (req) => {
      await updateCycle(ctx, req.actor, req.params.id, req.body);
      return presentCycle(await getCycle(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: city administrators (audited).
  app.post(
    '/api/admin/budgeting/cycles/:id/advance',
    { config: { policy: canAdvanceCycle }, schema: { tags, summary: 'Start the next phase now', params: s.idParamsSchema, response: { 200: s.cycleSchema } } },
    async (req) => {
      await advanceCycle(ctx, req.actor, req.params.id);
      return presentCycle(await getCycle(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: city administrators (audited), before voting starts.
  app.post(
    '/api/admin/budgeting/cycles/:id/headings',
    {
      config: { policy: canChangeHeadings },
      schema: {
        tags,
        summary: 'Add a heading (one per district plus one citywide)',
        params: s.idParamsSchema,
        body: s.createHeadingBodySchema,
        response: { 201: s.cycleSchema },
      },
    },
    async (req, reply) => {
      await createHeading(ctx, req.actor, req.params.id, req.body);
      return reply.status(201).send(presentCycle(await getCycle(ctx, req.actor, req.params.id)));
    },
  );

  // Who may call: city administrators (audited), before voting starts.
  app.patch(
    '/api/admin/budgeting/headings/:id',
    {
      config: { policy: canChangeHeadings },
      schema: { tags, summary: 'Change a heading', params: s.idParamsSchema, body: s.updateHeadingBodySchema, response: { 200: s.cycleSchema } },
    },
    async (req) => {
      const row = await updateHeading(ctx, req.actor, req.params.id, req.body);
      return presentCycle(await getCycle(ctx, req.actor, row.cycleId));
    },
  );

  // Who may call: city administrators (audited); only a heading without proposals.
  app.delete(
    '/api/admin/budgeting/headings/:id',
    {
      config: { policy: canDeleteHeading },
      schema: { tags, summary: 'Remove a heading without proposals', params: s.idParamsSchema, response: { 200: s.okSchema } },
    },
    async (req) => {
      await deleteHeading(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );

  // Who may call: city administrators.
  app.get(
    '/api/admin/budgeting/cycles/:id/experts',
    {
      config: { policy: canManageCycles },
      schema: { tags, summary: 'Experts assigned in a cycle', params: s.idParamsSchema, response: { 200: s.expertListSchema } },
    },
    async (req) => ({
      items: await listExperts(ctx, req.actor, req.params.id),
    }),
  );

  // Who may call: city administrators (audited); the person must hold the expert role.
  app.post(
    '/api/admin/budgeting/cycles/:id/experts',
    {
      config: { policy: canManageCycles },
      schema: {
        tags,
        summary: 'Assign an expert to a heading, a topic, or the whole cycle',
        params: s.idParamsSchema,
        body: s.assignExpertBodySchema,
        response: { 201: s.expertSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await assignExpert(ctx, req.actor, req.params.id, req.body)),
  );

  // Who may call: city administrators (audited).
  app.delete(
    '/api/admin/budgeting/experts/:id',
    { config: { policy: canManageCycles }, schema: { tags, summary: 'End an expert assignment', params: s.idParamsSchema, response: { 200: s.okSchema } } },
    async (req) => {
      await removeExpert(ctx, req.actor, req.params.id);
      return { ok: true as const };
    },
  );
}
