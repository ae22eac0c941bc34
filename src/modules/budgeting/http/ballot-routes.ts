import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { castBallot } from '../use-cases/ballots/cast-ballot.js';
import { findReceipt } from '../use-cases/ballots/find-receipt.js';
import { getBallot } from '../use-cases/ballots/read-ballot.js';
import { overrideResult } from '../use-cases/tally/override-result.js';
import { readBallotFile, readResults } from '../use-cases/tally/read-results.js';
import { tallyHeading } from '../use-cases/tally/tally-heading.js';
import { tallyOverview } from '../use-cases/tally/tally-overview.js';
import { canOverride, canReadResults, canSeeTallyOverview, canTally, canVote } from '../policy-ballots.js';
import * as s from './ballot-schemas.js';
import { presentBallot, presentCycle, presentHeading, presentResults } from './result-presenters.js';

/** Ballots, receipts, tallies, results, overrides, ballot files (helper B). */
export function ballotRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone (eligibility says whether the caller may vote and why not; "mine" only for the signed-in voter).
  app.get(
    '/api/budgeting/headings/:id/ballot',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['budgeting'],
        summary: 'A heading’s ballot: rules, projects with costs, whether I may vote (and why not), my current choices',
        params: s.headingParamsSchema,
        response: { 200: s.ballotViewSchema },
      },
    },
    async (req) => presentBallot(await getBallot(ctx, req.actor, req.params.id), req.lang),
  );

  // Who may call: eligible voters (verified, of age, resident for district headings, not excluded officials) while voting is open.
  app.put(
    '/api/budgeting/headings/:id/ballot',
    {
      config: { ...perUserRateLimit(60, 10), policy: canVote },
      schema: {
        tags: ['budgeting'],
        summary: 'Cast or replace my ballot; the receipt code is returned once, on the first cast (201), replacements answer 200 without it',
        params: s.headingParamsSchema,
        body: s.castBodySchema,
        response: { 200: s.castResultSchema, 201: s.castResultSchema },
      },
    },
    async (req, reply) => {
      const result = await castBallot(ctx, req.actor, req.params.id, req.body.choices);
      return reply.status(result.created ? 201 : 200).send(result);
    },
  );

  // Who may call: anyone from the results phase on; administrators as soon as the tally exists.
  app.get(
    '/api/budgeting/headings/:id/results',
    {
      config: { policy: canReadResults },
      schema: {
        tags: ['budgeting'],
        summary: 'A heading’s results: winners, votes, costs, each project’s explanation, overrides with reasons, totals',
        params: s.headingParamsSchema,
        response: { 200: s.resultsSchema },
      },
    },
    async (req) => presentResults(await readResults(ctx, req.actor, req.params.id)),
  );

  // Who may call: as for the results. Anonymous: voters are named by their receipts' SHA-256.
  app.get(
    '/api/budgeting/headings/:id/ballots.pb',
    {
      config: { policy: canReadResults },
      schema: {
        tags: ['budgeting'],
        summary: 'A tallied heading’s anonymised ballots as a pabulib .pb file (recompute the winners with `gorod pb compute`)',
        params: s.headingParamsSchema,
      },
    },
    async (req, reply) => {
      const file = await readBallotFile(ctx, req.actor, req.params.id);
      return reply
        .type('text/plain; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('x-content-sha256', file.sha256)
        .send(file.text);
    },
  );

  // Who may call: anyone holding a receipt code, once the heading's ballots are published.
  app.get(
    '/api/budgeting/receipts/:code',
    {
      // the rule is about the heading alone (canFindReceipt: its ballots are published), whoever asks
      config: { rateLimit: { max: 30, timeWindow: 60_000 }, policy: 'public' },
      schema: {
        tags: ['budgeting'],
        summary: 'Find a published ballot by its receipt code',
        params: s.receiptParamsSchema,
        response: { 200: s.receiptSchema },
      },
    },
    async (req) => {
      const r = await findReceipt(ctx, req.params.code);
      return { ...r, heading: presentHeading(r.heading), cycle: presentCycle(r.cycle), castAt: r.castAt.toISOString(), updatedAt: r.updatedAt.toISOString() };
    },
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/budgeting/cycles/:id/tally',
    {
      config: { policy: canSeeTallyOverview },
      schema: {
        tags: ['budgeting admin'],
        summary: 'A cycle’s headings with their ballot counts and tallies',
        params: s.cycleParamsSchema,
        response: { 200: s.tallyOverviewSchema },
      },
    },
    async (req) => {
      const o = await tallyOverview(ctx, req.actor, req.params.id);
      return {
        cycle: presentCycle(o.cycle),
        phase: o.phase,
        rule: o.cycle.rule,
        utility: o.cycle.utility,
        completion: o.cycle.completion,
        headings: o.headings.map((h) => ({
          ...presentHeading(h.heading),
          ballots: h.ballots,
          tally: h.tally ? { ...h.tally, computedAt: h.tally.computedAt.toISOString() } : null,
        })),
      };
    },
  );

  // Who may call: administrators, from the tallying phase on (recomputing replaces the tally). Audited.
  app.post(
    '/api/admin/budgeting/headings/:id/tally',
    {
      config: { policy: canTally },
      schema: {
        tags: ['budgeting admin'],
        summary: 'Compute a heading’s winners by the cycle’s rule from its ballot file',
        params: s.headingParamsSchema,
        response: { 200: s.resultsSchema },
      },
    },
    async (req) => {
      await tallyHeading(ctx, req.actor, req.params.id);
      return presentResults(await readResults(ctx, req.actor, req.params.id));
    },
  );

  // Who may call: administrators, after a tally. Public and audited.
  app.post(
    '/api/admin/budgeting/headings/:id/overrides',
    {
      config: { policy: canOverride },
      schema: {
        tags: ['budgeting admin'],
        summary: 'Override the rule’s winners for one project (add / remove; none withdraws the override) with a published reason',
        params: s.headingParamsSchema,
        body: s.overrideBodySchema,
        response: { 200: s.resultsSchema },
      },
    },
    async (req) => {
      await overrideResult(ctx, req.actor, req.params.id, req.body);
      return presentResults(await readResults(ctx, req.actor, req.params.id));
    },
  );
}
