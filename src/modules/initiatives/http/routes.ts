import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { coinitiatorCounts } from '../db/queries.js';
import {
  canAnswerInitiative,
  canCreateInitiative,
  canEditInitiative,
  canJoinInitiative,
  canLeaveInitiative,
  canListInitiatives,
  canManageInitiativeRules,
  canReadInitiative,
  canScreenInitiative,
  canSubmitInitiative,
  canSupportInitiative,
  canWithdrawInitiative,
} from '../policy.js';
import { answerInitiative } from '../use-cases/answer-initiative.js';
import { joinInitiative, leaveInitiative } from '../use-cases/coinitiators.js';
import { readRules, saveRules } from '../use-cases/initiative-rules.js';
import { getInitiative, listInitiatives } from '../use-cases/read-initiatives.js';
import { createInitiative, editInitiative } from '../use-cases/save-initiative.js';
import { screenInitiative } from '../use-cases/screen-initiative.js';
import { submitInitiative, withdrawInitiative } from '../use-cases/submit-initiative.js';
import { supportInitiative } from '../use-cases/support-initiative.js';
import { presentList, presentRule, presentView } from './presenters.js';
import * as s from './schemas.js';

const tags = ['initiatives'];

/** Citizen initiatives: the public list and pages, drafting and co-initiators, screening, support, the answer; the thresholds. */
export function initiativeRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone. Drafts are never listed; hidden ones neither. `mine=true`: signed-in people, their own in any state.
  app.get(
    '/api/initiatives',
    {
      config: { policy: canListInitiatives },
      schema: {
        tags,
        summary: 'Submitted initiatives, newest submitted first (status may be `overdue`); or mine, drafts included',
        querystring: s.listQuerySchema,
        response: { 200: s.listSchema },
      },
    },
    async (req) => {
      const now = new Date();
      const { rows, total, page, pageSize } = await listInitiatives(ctx, req.actor, req.query, now);
      return {
        items: presentList(
          rows,
          await coinitiatorCounts(
            ctx.database.db,
            rows.map((r) => r.id),
          ),
          now,
        ),
        total,
        page,
        pageSize,
      };
    },
  );

  // Who may call: anyone. Declared before /:number so the static segment wins.
  app.get(
    '/api/initiatives/rules',
    { config: { policy: 'public' }, schema: { tags, summary: 'Thresholds per type and scope', response: { 200: s.rulesSchema } } },
    async () => ({ rules: (await readRules(ctx)).map(presentRule) }),
  );

  // Who may call: administrators. Audited.
  app.put(
    '/api/admin/initiatives/rules',
    {
      config: { policy: canManageInitiativeRules },
      schema: {
        tags: ['initiatives admin'],
        summary: 'Change thresholds (each given type and scope)',
        body: s.rulesBodySchema,
        response: { 200: s.rulesSchema },
      },
    },
    async (req) => ({
      rules: (await saveRules(ctx, req.actor, req.body.rules)).map(presentRule),
    }),
  );

  // Who may call: verified residents (for a district, verified as living there); 20 drafts an hour each.
  app.post(
    '/api/initiatives',
    {
      config: { ...perUserRateLimit(20, 60), policy: canCreateInitiative },
      schema: { tags, summary: 'Start a draft initiative', body: s.initiativeInputSchema, response: { 201: s.createdSchema } },
    },
    async (req, reply) => reply.status(201).send({ number: await createInitiative(ctx, req.actor, req.body) }),
  );

  // Who may call: anyone (a draft by its link too); hidden by moderation: its author, moderators, administrators.
  app.get(
    '/api/initiatives/:number',
    {
      config: { policy: canReadInitiative },
      schema: { tags, summary: 'One initiative: text, people, timeline, what I may do', params: s.numberParamsSchema, response: { 200: s.viewSchema } },
    },
    async (req) => presentView(await getInitiative(ctx, req.actor, req.params.number, req.lang)),
  );

  // Who may call: its author, while a draft.
  app.put(
    '/api/initiatives/:number',
    {
      config: { policy: [canReadInitiative, canCreateInitiative, canEditInitiative] },
      schema: { tags, summary: 'Edit a draft', params: s.numberParamsSchema, body: s.initiativeInputSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await editInitiative(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send(null);
    },
  );

  // Who may call: verified residents of its place, not its author, while a draft.
  app.post(
    '/api/initiatives/:number/coinitiators',
    {
      config: { ...perUserRateLimit(60, 60), policy: [canReadInitiative, canJoinInitiative] },
      schema: { tags, summary: 'Join a draft as a co-initiator', params: s.numberParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await joinInitiative(ctx, req.actor, req.params.number);
      return reply.status(204).send(null);
    },
  );

  // Who may call: a co-initiator, while a draft.
  app.delete(
    '/api/initiatives/:number/coinitiators/me',
    {
      config: { policy: [canReadInitiative, canLeaveInitiative] },
      schema: { tags, summary: 'Leave a draft one co-initiated', params: s.numberParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await leaveInitiative(ctx, req.actor, req.params.number);
      return reply.status(204).send(null);
    },
  );

  // Who may call: its author, with enough co-initiators.
  app.post(
    '/api/initiatives/:number/submit',
    {
      config: { policy: [canReadInitiative, canSubmitInitiative] },
      schema: { tags, summary: 'Submit a draft for screening', params: s.numberParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await submitInitiative(ctx, req.actor, req.params.number);
      return reply.status(204).send(null);
    },
  );

  // Who may call: its author, while a draft or under screening.
  app.post(
    '/api/initiatives/:number/withdraw',
    {
      config: { policy: [canReadInitiative, canWithdrawInitiative] },
      schema: { tags, summary: 'Withdraw an initiative', params: s.numberParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await withdrawInitiative(ctx, req.actor, req.params.number);
      return reply.status(204).send(null);
    },
  );

  // Who may call: city-wide experts and administrators, while under screening. Audited.
  app.post(
    '/api/initiatives/:number/screening',
    {
      config: { policy: [canReadInitiative, canScreenInitiative] },
      schema: {
        tags,
        summary: 'Screen: admissible (with the responsible department) or not, with a public reason',
        params: s.numberParamsSchema,
        body: s.screeningBodySchema,
        response: { 204: s.noContentSchema },
      },
    },
    async (req, reply) => {
      await screenInitiative(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send(null);
    },
  );

  // Who may call: verified residents of its place, once, while it collects (its author and co-initiators too).
  app.post(
    '/api/initiatives/:number/supports',
    {
      config: { ...perUserRateLimit(120, 60), policy: [canReadInitiative, canSupportInitiative] },
      schema: { tags, summary: 'Support an initiative (once each)', params: s.numberParamsSchema, response: { 201: s.supportResultSchema } },
    },
    async (req, reply) => reply.status(201).send(await supportInitiative(ctx, req.actor, req.params.number)),
  );

  // Who may call: officials of the responsible department and administrators, while it awaits the answer. Audited.
  app.post(
    '/api/initiatives/:number/answer',
    {
      config: { policy: [canReadInitiative, canAnswerInitiative] },
      schema: { tags, summary: 'Publish the authority’s answer', params: s.numberParamsSchema, body: s.answerBodySchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await answerInitiative(ctx, req.actor, req.params.number, req.body);
      return reply.status(204).send(null);
    },
  );
}
