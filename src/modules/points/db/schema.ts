import { sql } from 'drizzle-orm';
import { rewardKinds } from '../domain/points-rules.js';
import { bigint, bigserial, boolean, check, index, integer, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** Points an action earns; administrators change them (audited). A missing row means the built-in default. */
export const pointRules = pgTable('point_rules', {
  action: text('action').primaryKey(),
  points: integer('points').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The append-only ledger (a trigger refuses UPDATE and DELETE): + for points earned, − for points spent.
 * An action earns once per source (the unique index), so a retried event adds nothing.
 */
export const pointEntries = pgTable(
  'point_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id').notNull(),
    delta: integer('delta').notNull(),
    /** e.g. `poll.responded`, `report.filed`, `reward.redeemed`, `adjustment`. */
    action: text('action').notNull(),
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('point_entries_once').on(t.userId, t.action, t.sourceType, t.sourceId), index('point_entries_user_idx').on(t.userId, t.createdAt)],
);

/** Each person's balance and lifetime earnings, kept with the ledger in one transaction; never negative. */
export const pointBalances = pgTable(
  'point_balances',
  {
    userId: uuid('user_id').primaryKey(),
    balance: integer('balance').notNull().default(0),
    earned: integer('earned').notNull().default(0),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('point_balances_not_negative', sql`${t.balance} >= 0`)],
);

/** Levels by lifetime points (e.g. «активный гражданин» at 1,000); administrators edit them. */
export const pointLevels = pgTable('point_levels', {
  id: serial('id').primaryKey(),
  threshold: integer('threshold').notNull().unique(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
});

/**
 * The rewards catalogue. Stock never goes below zero. A reward is a thing (`item`: a code to use) or a donation to
 * another module's entity that takes pledges (`donation`, e.g. a charity cause: `target_type` `cause`,
 * `target_id` its id), whose redemption records the pledge in its transaction (EntityKind.pledges).
 */
export const rewards = pgTable(
  'rewards',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: rewardKinds }).notNull().default('item'),
    targetType: text('target_type'),
    targetId: text('target_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    imageFileId: uuid('image_file_id'),
    cost: integer('cost').notNull(),
    stock: integer('stock').notNull(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('rewards_cost_positive', sql`${t.cost} > 0`),
    check('rewards_stock_not_negative', sql`${t.stock} >= 0`),
    check('rewards_donation_target', sql`(${t.kind} = 'donation') = (${t.targetType} is not null and ${t.targetId} is not null)`),
  ],
);

/**
 * A redemption: points debited and one unit of stock taken in one transaction, with a code for the person.
 * `request_id` comes from the client (one per click of "redeem"): a repeated or concurrent request with the
 * same id is the same redemption.
 */
export const rewardRedemptions = pgTable(
  'reward_redemptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    rewardId: uuid('reward_id')
      .notNull()
      .references(() => rewards.id),
    userId: uuid('user_id').notNull(),
    requestId: uuid('request_id').notNull(),
    points: integer('points').notNull(),
    code: text('code').notNull(),
    entryId: bigint('entry_id', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reward_redemptions_code_key').on(t.code),
    uniqueIndex('reward_redemptions_request_key').on(t.userId, t.requestId),
    index('reward_redemptions_reward_idx').on(t.rewardId),
  ],
);
