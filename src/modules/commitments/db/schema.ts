import { sql } from 'drizzle-orm';
import { bigserial, check, date, doublePrecision, index, numeric, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import { commitmentEntryKinds, commitmentStages, commitmentStatuses } from '../domain/commitments.js';

/**
 * A promise the city accepted (an initiative answered accepted, a budgeting winner, an accepted idea…), created in
 * the transaction of the acceptance by the source's module (`recordCommitment`). One per source (or per part of one);
 * public by its number.
 */
export const commitments = pgTable(
  'commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: bigserial('number', { mode: 'number' }).notNull(),
    /** The source: an entity kind of the registry (`initiative`, `proposal`, `idea`) and its id there. */
    sourceType: text('source_type').notNull(),
    sourceId: text('source_id').notNull(),
    /** Which part of the source, when one source makes several (a priorities poll: the direction's option id); '' otherwise. */
    sourcePart: text('source_part').notNull().default(''),
    /** The source's title, as the source gives it (its language). */
    title: text('title').notNull(),
    /** What was promised, as the source gives it (the answer, the winning project). */
    promise: text('promise').notNull(),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    /** A working day on the city's calendar; it is due at the end of that day. */
    dueOn: date('due_on').notNull(),
    districtId: text('district_id').references(() => districts.id),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    status: text('status', { enum: commitmentStatuses }).notNull().default('open'),
    stage: text('stage', { enum: commitmentStages }).notNull().default('planned'),
    percent: smallint('percent').notNull().default(0),
    /** Money spent so far, exact roubles, when the department reports it. */
    spent: numeric('spent', { precision: 16, scale: 2 }),
    deliveredOn: date('delivered_on'),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    /** When followers and the department were told it is overdue (once per due date). */
    overdueNotifiedAt: timestamp('overdue_notified_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('commitments_number_key').on(t.number),
    uniqueIndex('commitments_source_key').on(t.sourceType, t.sourceId, t.sourcePart),
    index('commitments_due_idx').on(t.status, t.dueOn),
    index('commitments_department_idx').on(t.departmentId, t.status),
    index('commitments_district_idx').on(t.districtId, t.status),
    check('commitments_percent', sql`${t.percent} between 0 and 100`),
    check('commitments_delivered', sql`(${t.status} = 'delivered') = (${t.deliveredOn} is not null)`),
  ],
);

/** The public history of a commitment: its creation, each progress entry (stage, %, money, note, photos), delivery, disputes, overdue. */
export const commitmentEntries = pgTable(
  'commitment_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: commitmentEntryKinds }).notNull(),
    authorId: uuid('author_id'),
    stage: text('stage', { enum: commitmentStages }).notNull(),
    percent: smallint('percent').notNull(),
    spent: numeric('spent', { precision: 16, scale: 2 }),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commitment_entries_idx').on(t.commitmentId, t.at)],
);
