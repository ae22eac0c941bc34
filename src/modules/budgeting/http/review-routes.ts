import type { Actor } from '../../../core/auth/actor.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { canReviewProposal, canSeeReviewQueue } from '../policy.js';
import { mergeProposal, reviewProposal, reviewQueue } from '../use-cases/review/review-proposals.js';
import { presentProposalSummary } from './proposal-presenters.js';
import * as s from './proposal-schemas.js';
import type { z } from 'zod';

const tags = ['budgeting'];

/** Expert review: the queue, decisions with a public opinion, merges. */
export function reviewRoutes(
  app: App,
  ctx: ModuleContext,
  card: (req: { actor: Actor }, number: number) => Promise<z.infer<typeof s.proposalCardSchema>>,
): void {
  // Who may call: experts with an assignment (their headings and topics), administrators (all).
  app.get(
    '/api/budgeting/review',
    {
      config: { policy: canSeeReviewQueue },
      schema: { tags, summary: 'My review queue: undecided first', querystring: s.reviewQuerySchema, response: { 200: s.reviewQueueSchema } },
    },
    async (req) => {
      const q = await reviewQueue(ctx, req.actor, req.query);
      return { cycles: q.cycles, items: q.items.map(presentProposalSummary) };
    },
  );

  // Who may call: experts assigned to the proposal's heading or topic, administrators; during review (audited).
  app.post(
    '/api/budgeting/proposals/:number/review',
    {
      config: { policy: canReviewProposal },
      schema: {
        tags,
        summary: 'Decide: feasible (final cost, months) or not, with a public opinion',
        params: s.numberParamsSchema,
        body: s.reviewBodySchema,
        response: { 200: s.proposalCardSchema },
      },
    },
    async (req) => {
      await reviewProposal(ctx, req.actor, req.params.number, req.body);
      return card(req, req.params.number);
    },
  );

  // Who may call: as for a decision; both proposals in one heading (audited).
  app.post(
    '/api/budgeting/proposals/:number/merge',
    {
      config: { policy: canReviewProposal },
      schema: {
        tags,
        summary: 'Merge a proposal into a similar one (its authors become co-authors there)',
        params: s.numberParamsSchema,
        body: s.mergeBodySchema,
        response: { 200: s.proposalCardSchema },
      },
    },
    async (req) => {
      await mergeProposal(ctx, req.actor, req.params.number, req.body.intoNumber, req.body.opinion);
      return card(req, req.params.number);
    },
  );
}
