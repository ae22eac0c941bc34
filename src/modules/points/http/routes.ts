import type { App, ModuleContext } from '../../../core/module/module.js';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { adjustPoints, balanceOf, listLevels, listRedemptions, listRules, setLevels, setRule } from '../use-cases/admin-points.js';
import { myPoints, myRedemptions } from '../use-cases/my-points.js';
import { canAdministerPoints, canRedeemReward, canSeeOwnPoints } from '../policy.js';
import { redeemReward } from '../use-cases/redeem-reward.js';
import { adminListRewards, createReward, listRewards, updateReward } from '../use-cases/rewards.js';
import { presentAdminReward, presentMyPoints, presentRedemption, presentReward } from './presenters.js';
import * as s from './schemas.js';

const date = (v: string | null | undefined) => (v === undefined ? undefined : v === null ? null : new Date(v));

/** Points, levels, badges and rewards: the resident's own, the public catalogue, and administration. */
export function pointsRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone signed in (their own points only).
  app.get(
    '/api/points/me',
    {
      config: { policy: canSeeOwnPoints },
      schema: {
        tags: ['points'],
        summary: 'My balance, level, monthly badges and history',
        querystring: s.pageQuerySchema,
        response: { 200: s.myPointsSchema },
      },
    },
    async (req) => presentMyPoints(await myPoints(ctx, req.actor, req.query)),
  );

  // Who may call: anyone signed in (their own codes only).
  app.get(
    '/api/points/me/redemptions',
    {
      config: { policy: canSeeOwnPoints },
      schema: { tags: ['points'], summary: 'My rewards and their codes', response: { 200: s.redemptionsSchema } },
    },
    async (req) => ({
      items: (await myRedemptions(ctx, req.actor)).map(presentRedemption),
    }),
  );

  // Who may call: anyone (how to earn).
  app.get(
    '/api/points/rules',
    { config: { policy: 'public' }, schema: { tags: ['points'], summary: 'What each action earns', response: { 200: s.rulesSchema } } },
    async () => ({ items: await listRules(ctx) }),
  );

  // Who may call: anyone.
  app.get(
    '/api/points/levels',
    { config: { policy: 'public' }, schema: { tags: ['points'], summary: 'Levels by lifetime points', response: { 200: s.levelsSchema } } },
    async () => ({ items: await listLevels(ctx) }),
  );

  // Who may call: anyone (the public catalogue).
  app.get(
    '/api/points/rewards',
    { config: { policy: 'public' }, schema: { tags: ['points'], summary: 'The rewards catalogue', response: { 200: s.rewardsSchema } } },
    async () => ({ items: (await listRewards(ctx)).map(presentReward) }),
  );

  // Who may call: signed-in residents with a confirmed e-mail. Idempotent per requestId.
  app.post(
    '/api/points/rewards/:id/redeem',
    {
      config: { ...perUserRateLimit(60, 15), policy: canRedeemReward },
      schema: {
        tags: ['points'],
        summary: 'Spend points on a reward (the same requestId returns the same redemption)',
        params: s.rewardParamsSchema,
        body: s.redeemBodySchema,
        response: { 200: s.redemptionSchema, 201: s.redemptionSchema },
      },
    },
    async (req, reply) => {
      const { redemption, created } = await redeemReward(ctx, req.actor, req.params.id, req.body.requestId);
      return reply.status(created ? 201 : 200).send(presentRedemption(redemption));
    },
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/points/rewards',
    {
      config: { policy: canAdministerPoints },
      schema: {
        tags: ['admin', 'points'],
        summary: 'Every reward, active or not; a donation with what it gives to',
        response: { 200: s.adminRewardsSchema },
      },
    },
    async (req) => ({
      items: (await adminListRewards(ctx, req.actor)).map(presentAdminReward),
    }),
  );

  // Who may call: administrators (audited).
  app.post(
    '/api/admin/points/rewards',
    {
      config: { policy: canAdministerPoints },
      schema: { tags: ['admin', 'points'], summary: 'Add a reward', body: s.rewardBodySchema, response: { 201: s.rewardSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(presentReward(await createReward(ctx, req.actor, { ...req.body, validUntil: date(req.body.validUntil) ?? null }))),
  );

  // Who may call: administrators (audited).
  app.patch(
    '/api/admin/points/rewards/:id',
    {
      config: { policy: canAdministerPoints },
      schema: {
        tags: ['admin', 'points'],
        summary: 'Change a reward (switch it off with active: false)',
        params: s.rewardParamsSchema,
        body: s.rewardPatchSchema,
        response: { 200: s.rewardSchema },
      },
    },
    async (req) => {
      const { validUntil, ...rest } = req.body;
      return presentReward(
        await updateReward(ctx, req.actor, req.params.id, { ...rest, ...(validUntil !== undefined ? { validUntil: date(validUntil) ?? null } : {}) }),
      );
    },
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/points/redemptions',
    {
      config: { policy: canAdministerPoints },
      schema: {
        tags: ['admin', 'points'],
        summary: 'Redemptions with their codes',
        querystring: s.pageQuerySchema,
        response: { 200: s.adminRedemptionsSchema },
      },
    },
    async (req) => {
      const r = await listRedemptions(ctx, req.actor, req.query);
      return { total: r.total, items: r.items.map((i) => ({ ...presentRedemption(i), userId: i.userId, displayName: i.displayName })) };
    },
  );

  // Who may call: administrators (audited).
  app.put(
    '/api/admin/points/rules/:action',
    {
      config: { policy: canAdministerPoints },
      schema: {
        tags: ['admin', 'points'],
        summary: 'Set what an action earns',
        params: s.actionParamsSchema,
        body: s.ruleBodySchema,
        response: { 200: s.rulesSchema },
      },
    },
    async (req) => ({ items: await setRule(ctx, req.actor, req.params.action, req.body.points) }),
  );

  // Who may call: administrators (audited).
  app.put(
    '/api/admin/points/levels',
    {
      config: { policy: canAdministerPoints },
      schema: { tags: ['admin', 'points'], summary: 'Replace the levels', body: s.levelsBodySchema, response: { 200: s.levelsSchema } },
    },
    async (req) => ({
      items: await setLevels(ctx, req.actor, req.body.items),
    }),
  );

  // Who may call: administrators.
  app.get(
    '/api/admin/points/balances/:userId',
    {
      config: { policy: canAdministerPoints },
      schema: { tags: ['admin', 'points'], summary: "A person's balance", params: s.userIdParamsSchema, response: { 200: s.balanceSchema } },
    },
    async (req) => balanceOf(ctx, req.actor, req.params.userId),
  );

  // Who may call: administrators (audited; never below zero).
  app.post(
    '/api/admin/points/adjustments',
    {
      config: { policy: canAdministerPoints },
      schema: { tags: ['admin', 'points'], summary: 'Add or take points with a reason', body: s.adjustmentBodySchema, response: { 200: s.balanceSchema } },
    },
    async (req) => {
      await adjustPoints(ctx, req.actor, req.body);
      return balanceOf(ctx, req.actor, req.body.userId);
    },
  );
}
