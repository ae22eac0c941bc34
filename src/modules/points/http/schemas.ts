import { z } from 'zod';
import { lineSchema, nameSchema, textSchema } from '../../../core/text/schemas.js';
import { badgeKinds, maxAdjustment, maxRulePoints, pointActions, rewardKinds } from '../domain/points-rules.js';

const action = z.enum(pointActions);
const page = {
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

export const pageQuerySchema = z.object(page);
export const rewardParamsSchema = z.object({ id: z.uuid() });
export const actionParamsSchema = z.object({ action });
export const userIdParamsSchema = z.object({ userId: z.uuid() });
export const redeemBodySchema = z.strictObject({ requestId: z.uuid() });
export const ruleBodySchema = z.strictObject({ points: z.number().int().min(0).max(maxRulePoints) });
const levelSchema = z.strictObject({
  threshold: z.number().int().min(0).max(10_000_000),
  nameRu: nameSchema(1, 60),
  nameEn: nameSchema(1, 60),
});
/** The levels an administrator sets (replacing all of them). */
export const levelsBodySchema = z.strictObject({ items: z.array(levelSchema).min(1).max(20) }).meta({ id: 'PointsLevelsChange' });
/** Points an administrator adds or takes, with the reason the person sees. */
export const adjustmentBodySchema = z
  .strictObject({
    userId: z.uuid(),
    delta: z
      .number()
      .int()
      .min(-maxAdjustment)
      .max(maxAdjustment)
      .refine((v) => v !== 0, { message: 'points.field.delta_zero' }),
    reason: textSchema(3, 500),
  })
  .meta({ id: 'PointsAdjustment' });

const rewardFields = {
  kind: z.enum(rewardKinds).default('item'),
  /** For a donation: the entity kind it donates to (`cause`) and its id. */
  targetType: z.string().min(1).max(40).nullable().default(null),
  targetId: z.string().min(1).max(64).nullable().default(null),
  title: lineSchema(3, 120),
  description: textSchema(0, 2000).default(''),
  imageFileId: z.uuid().nullable().default(null),
  cost: z.number().int().min(1).max(1_000_000),
  stock: z.number().int().min(0).max(1_000_000),
  validUntil: z.iso.datetime({ offset: true }).nullable().default(null),
  active: z.boolean().default(true),
};
/** A reward as an administrator adds it to the catalogue. */
export const rewardBodySchema = z.strictObject(rewardFields).meta({ id: 'PointsRewardDraft' });
/** The fields of a reward an administrator changes (the others stay). */
export const rewardPatchSchema = z
  .strictObject({
    title: lineSchema(3, 120).optional(),
    description: textSchema(0, 2000).optional(),
    imageFileId: z.uuid().nullable().optional(),
    cost: rewardFields.cost.optional(),
    stock: rewardFields.stock.optional(),
    validUntil: z.iso.datetime({ offset: true }).nullable().optional(),
    active: z.boolean().optional(),
  })
  .meta({ id: 'PointsRewardChange' });

const levelOut = z.object({ threshold: z.number(), nameRu: z.string(), nameEn: z.string() }).meta({ id: 'PointsLevel' });
export const levelsSchema = z.object({ items: z.array(levelOut) }).meta({ id: 'PointsLevels' });
export const rulesSchema = z
  .object({
    items: z.array(z.object({ action, points: z.number(), defaultPoints: z.number(), available: z.boolean() }).meta({ id: 'PointsRule' })),
  })
  .meta({ id: 'PointsRules' });

export const entrySchema = z
  .object({
    id: z.number(),
    delta: z.number(),
    action: z.string(),
    sourceType: z.string(),
    sourceId: z.string(),
    note: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'PointsLedgerEntry' });
export const myPointsSchema = z
  .object({
    balance: z.number(),
    earned: z.number(),
    level: levelOut.nullable(),
    next: levelOut.extend({ missing: z.number() }).nullable(),
    badges: z.array(z.object({ month: z.string(), kind: z.enum(badgeKinds), count: z.number() })),
    history: z.object({ items: z.array(entrySchema), total: z.number(), offset: z.number(), limit: z.number() }),
  })
  .meta({ id: 'PointsMine' });

export const rewardSchema = z
  .object({
    id: z.uuid(),
    title: z.string(),
    description: z.string(),
    imageFileId: z.string().nullable(),
    imageUrl: z.string().nullable(),
    kind: z.enum(rewardKinds),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    cost: z.number(),
    stock: z.number(),
    validUntil: z.string().nullable(),
    active: z.boolean(),
  })
  .meta({ id: 'PointsReward' });
export const rewardsSchema = z.object({ items: z.array(rewardSchema) }).meta({ id: 'PointsRewards' });
/** A reward as administrators see it: a donation with the entity it gives to (its title, page, and whether it is public now). */
export const adminRewardSchema = rewardSchema
  .extend({ target: z.object({ title: z.string(), path: z.string(), visible: z.boolean() }).nullable() })
  .meta({ id: 'PointsAdminReward' });
export const adminRewardsSchema = z.object({ items: z.array(adminRewardSchema) }).meta({ id: 'PointsAdminRewards' });

export const redemptionSchema = z
  .object({
    id: z.uuid(),
    rewardId: z.uuid(),
    rewardTitle: z.string(),
    points: z.number(),
    code: z.string(),
    requestId: z.uuid(),
    createdAt: z.string(),
  })
  .meta({ id: 'PointsRedemption' });
export const redemptionsSchema = z.object({ items: z.array(redemptionSchema) }).meta({ id: 'PointsRedemptions' });
export const adminRedemptionsSchema = z
  .object({
    items: z.array(redemptionSchema.extend({ userId: z.uuid(), displayName: z.string() }).meta({ id: 'PointsRedemptionOfPerson' })),
    total: z.number(),
  })
  .meta({ id: 'PointsAdminRedemptions' });
export const balanceSchema = z.object({ userId: z.uuid(), displayName: z.string(), balance: z.number(), earned: z.number() }).meta({ id: 'PointsBalance' });
