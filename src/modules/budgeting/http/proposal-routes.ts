import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { sendImage } from '../../../core/http/send-image.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { createProposal } from '../use-cases/proposals/create-proposal.js';
import { addCoauthor, editProposal, removeCoauthor, supportProposal, unsupportProposal, withdrawProposal } from '../use-cases/proposals/edit-proposal.js';
import { readProposalPhoto } from '../use-cases/proposals/photos.js';
import { getProposalCard, listProposals } from '../use-cases/proposals/read-proposals.js';
import {
  canCreateProposal,
  canEditProposal,
  canLeaveProposal,
  canListProposals,
  canManageCoauthors,
  canReadProposal,
  canSupportProposal,
  canUnsupportProposal,
  canWithdrawProposal,
} from '../policy.js';
import { presentProposalCard, presentProposalSummary } from './proposal-presenters.js';
import * as s from './proposal-schemas.js';
import { reviewRoutes } from './review-routes.js';

const tags = ['budgeting'];

/** Proposals, supports, photos, co-authors; expert review and merge (review-routes). */
export function proposalRoutes(app: App, ctx: ModuleContext): void {
  const card = async (req: { actor: Parameters<typeof getProposalCard>[1] }, number: number) =>
    presentProposalCard(await getProposalCard(ctx, req.actor, number));

  // Who may call: anyone (public proposals); `mine=true` signed-in people (their own, in any state).
  app.get(
    '/api/budgeting/proposals',
    {
      config: { policy: canListProposals },
      schema: { tags, summary: 'Search and list proposals', querystring: s.listQuerySchema, response: { 200: s.proposalListSchema } },
    },
    async (req) => {
      const { items, total } = await listProposals(ctx, req.actor, req.query);
      return { items: items.map(presentProposalSummary), total };
    },
  );

  // Who may call: signed-in residents with a confirmed e-mail, during the cycle’s idea intake (30 attempts an hour each).
  app.post(
    '/api/budgeting/proposals',
    {
      config: { ...perUserRateLimit(30, 60), policy: canCreateProposal },
      schema: {
        tags,
        summary: 'Submit a proposal (the district follows from the place)',
        body: s.createProposalBodySchema,
        response: { 201: s.proposalCardSchema },
      },
    },
    async (req, reply) => {
      const row = await createProposal(ctx, req.actor, req.body);
      return reply.status(201).send(await card(req, row.number));
    },
  );

  // Who may call: anyone while public; held or hidden ones only their authors and moderators.
  app.get(
    '/api/budgeting/proposals/:number',
    { config: { policy: canReadProposal }, schema: { tags, summary: 'One proposal', params: s.numberParamsSchema, response: { 200: s.proposalCardSchema } } },
    async (req) => card(req, req.params.number),
  );

  // Who may call: its author and co-authors, while submitted and during intake.
  app.patch(
    '/api/budgeting/proposals/:number',
    {
      config: { policy: canEditProposal },
      schema: { tags, summary: 'Edit a proposal', params: s.numberParamsSchema, body: s.editProposalBodySchema, response: { 200: s.proposalCardSchema } },
    },
    async (req) => {
      await editProposal(ctx, req.actor, req.params.number, req.body);
      return card(req, req.params.number);
    },
  );

  // Who may call: its author, before voting starts.
  app.post(
    '/api/budgeting/proposals/:number/withdraw',
    {
      config: { policy: canWithdrawProposal },
      schema: { tags, summary: 'Withdraw a proposal', params: s.numberParamsSchema, response: { 200: s.proposalCardSchema } },
    },
    async (req) => {
      await withdrawProposal(ctx, req.actor, req.params.number);
      return card(req, req.params.number);
    },
  );

  // Who may call: signed-in residents with a confirmed e-mail, not its authors, during intake.
  app.post(
    '/api/budgeting/proposals/:number/support',
    {
      config: { ...perUserRateLimit(120, 60), policy: canSupportProposal },
      schema: { tags, summary: 'Support a proposal (once each)', params: s.numberParamsSchema, response: { 200: s.supportSchema } },
    },
    async (req) => supportProposal(ctx, req.actor, req.params.number),
  );
  // Who may call: signed-in people (their own support), during intake.
  app.delete(
    '/api/budgeting/proposals/:number/support',
    {
      config: { policy: canUnsupportProposal },
      schema: { tags, summary: 'Take a support back', params: s.numberParamsSchema, response: { 200: s.supportSchema } },
    },
    async (req) => unsupportProposal(ctx, req.actor, req.params.number),
  );

  // Who may call: the author, while the proposal is editable (the person is notified: an invitation they may decline).
  app.post(
    '/api/budgeting/proposals/:number/coauthors',
    {
      config: { ...perUserRateLimit(30, 60), policy: canManageCoauthors },
      schema: {
        tags,
        summary: 'Name a co-author by account id',
        params: s.numberParamsSchema,
        body: s.coauthorBodySchema,
        response: { 200: s.proposalCardSchema },
      },
    },
    async (req) => {
      await addCoauthor(ctx, req.actor, req.params.number, req.body.userId);
      return card(req, req.params.number);
    },
  );
  // Who may call: the author (anyone) or the co-author (themselves), while the proposal is editable.
  app.delete(
    '/api/budgeting/proposals/:number/coauthors/:userId',
    {
      config: { policy: [canManageCoauthors, canLeaveProposal] },
      schema: { tags, summary: 'Take a co-author off (or take your own name off)', params: s.coauthorParamsSchema, response: { 200: s.proposalCardSchema } },
    },
    async (req) => {
      await removeCoauthor(ctx, req.actor, req.params.number, req.params.userId);
      return card(req, req.params.number);
    },
  );

  // Who may call: whoever may see the proposal.
  app.get(
    '/api/budgeting/proposals/:number/photos/:fileId',
    { config: { policy: canReadProposal }, schema: { tags, summary: 'A proposal’s photo (WebP)', params: s.photoParamsSchema } },
    async (req, reply) => sendImage(reply, await readProposalPhoto(ctx, req.actor, req.params.number, req.params.fileId, 'full')),
  );
  // Who may call: whoever may see the proposal.
  app.get(
    '/api/budgeting/proposals/:number/photos/:fileId/thumb',
    { config: { policy: canReadProposal }, schema: { tags, summary: 'A proposal’s photo, 320 px preview (WebP)', params: s.photoParamsSchema } },
    async (req, reply) => sendImage(reply, await readProposalPhoto(ctx, req.actor, req.params.number, req.params.fileId, 'thumb')),
  );

  reviewRoutes(app, ctx, card);
}
