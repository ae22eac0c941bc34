import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';
import { causeStates, givingMethods } from '../domain/charity.js';

/**
 * Charity causes vetted by administrators. Gorod handles no money: a cause shows one city-approved way to give —
 * an official payment page (https) or the beneficiary's bank details, checked by their checksums. Amounts are whole
 * rubles. Only an approved (or closed) cause that moderation has not hidden is public; a draft is never shown to
 * anyone but administrators. `pledged_points` is the sum of the points residents donated through the rewards
 * catalogue, kept in each redemption's transaction (see cause_pledges).
 */
export const causes = pgTable(
  'causes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    state: text('state', { enum: causeStates }).notNull().default('draft'),
    title: text('title').notNull(),
    organisation: text('organisation').notNull(),
    /** The verified organisation group an administrator linked: its owners and admins post the reports (no foreign key across modules). */
    groupId: uuid('group_id'),
    inn: text('inn').notNull(),
    ogrn: text('ogrn'),
    goal: text('goal').notNull(),
    /** What the money buys. */
    spending: text('spending').notNull(),
    targetRubles: integer('target_rubles').notNull(),
    collectedRubles: integer('collected_rubles').notNull().default(0),
    /** The day the collected amount was last reported. */
    collectedOn: date('collected_on'),
    districtId: text('district_id').references(() => districts.id),
    /** The cause's image (a stored file, uploaded through the shared photo route), or none; with its text for those who cannot see it. */
    imageFileId: uuid('image_file_id'),
    imageAlt: text('image_alt'),
    method: text('method', { enum: givingMethods }).notNull(),
    paymentUrl: text('payment_url'),
    recipient: text('recipient'),
    bankName: text('bank_name'),
    bik: text('bik'),
    account: text('account'),
    correspondentAccount: text('correspondent_account'),
    pledgedPoints: integer('pledged_points').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdBy: uuid('created_by').notNull(),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('causes_state_idx').on(t.state, t.approvedAt),
    index('causes_group_idx').on(t.groupId),
    check('causes_image_alt', sql`(${t.imageFileId} is null) = (${t.imageAlt} is null)`),
    check('causes_amounts', sql`${t.targetRubles} > 0 and ${t.collectedRubles} >= 0 and ${t.pledgedPoints} >= 0`),
    check(
      'causes_one_way_to_give',
      sql`(${t.method} = 'link' and ${t.paymentUrl} like 'https://%' and ${t.account} is null) or (${t.method} = 'bank' and ${t.paymentUrl} is null and ${t.account} is not null and ${t.bik} is not null and ${t.correspondentAccount} is not null and ${t.recipient} is not null)`,
    ),
  ],
);

/** The beneficiary's dated reports (posted by the linked organisation group's admins, or an administrator on its behalf), each with the collected amount as of that day and its photos. */
export const causeReports = pgTable(
  'cause_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    causeId: uuid('cause_id')
      .notNull()
      .references(() => causes.id, { onDelete: 'cascade' }),
    reportedOn: date('reported_on').notNull(),
    text: text('text').notNull(),
    collectedRubles: integer('collected_rubles'),
    /** Photos the organisation sent with the report (stored files, uploaded through the shared photo route). */
    photoFileIds: uuid('photo_file_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cause_reports_cause_idx').on(t.causeId, t.reportedOn),
    check('cause_reports_collected', sql`${t.collectedRubles} is null or ${t.collectedRubles} >= 0`),
  ],
);

/** Points pledged to a cause: one row per reward redemption (its id is the key, so a pledge is recorded once), no person. */
export const causePledges = pgTable(
  'cause_pledges',
  {
    redemptionId: text('redemption_id').primaryKey(),
    causeId: uuid('cause_id')
      .notNull()
      .references(() => causes.id),
    points: integer('points').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cause_pledges_cause_idx').on(t.causeId), check('cause_pledges_points', sql`${t.points} > 0`)],
);
