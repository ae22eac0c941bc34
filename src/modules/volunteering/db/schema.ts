import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import { signupStates } from '../domain/volunteering.js';

export { signupStates };

/**
 * Volunteering projects. Organised by exactly one of: a department (its officials create it), a verified organisation
 * group (its owners and admins run it; `group_id`, no foreign key across modules) or, from before organisations had
 * groups, an outside organisation an administrator named with its registration number. Public at once; moderation
 * can hide one after a flag.
 */
export const volunteerProjects = pgTable(
  'volunteer_projects',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    departmentId: text('department_id').references(() => departments.id),
    groupId: uuid('group_id'),
    organisationName: text('organisation_name'),
    organisationRegNumber: text('organisation_reg_number'),
    /** The district it is about (its followers hear of it), or null for the whole city. */
    districtId: text('district_id').references(() => districts.id),
    /** The person who created it (an official, or the administrator who entered an organisation's project). */
    organiserId: uuid('organiser_id').notNull(),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    /** When its organisers cancelled the whole project (its shifts still to come are cancelled with it), and why. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('volunteer_projects_district_idx').on(t.districtId, t.createdAt),
    index('volunteer_projects_group_idx').on(t.groupId),
    check('volunteer_projects_organiser', sql`num_nonnulls(${t.departmentId}, ${t.groupId}, ${t.organisationName}) = 1`),
  ],
);

/**
 * A project's shifts (or tasks): a time in the city, a place on the map (district derived) or online, slots, an age
 * requirement and what to bring. The counts change only under the shift's row lock, so the check is the last guard:
 * sign-ups never exceed the slots.
 */
export const volunteerShifts = pgTable(
  'volunteer_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => volunteerProjects.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    address: text('address').notNull().default(''),
    districtId: text('district_id').references(() => districts.id),
    onlineUrl: text('online_url'),
    capacity: integer('capacity').notNull(),
    minAge: smallint('min_age'),
    bring: text('bring').notNull().default(''),
    registeredCount: integer('registered_count').notNull().default(0),
    waitlistCount: integer('waitlist_count').notNull().default(0),
    /** When its organisers cancelled it (sign-ups and hours are refused from then on), and why; sign-ups stay for the record. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('volunteer_shifts_project_idx').on(t.projectId, t.startsAt),
    index('volunteer_shifts_starts_idx').on(t.startsAt),
    check('volunteer_shifts_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('volunteer_shifts_somewhere', sql`(${t.lat} is not null and ${t.lon} is not null) or ${t.onlineUrl} is not null`),
    check('volunteer_shifts_counts', sql`${t.registeredCount} >= 0 and ${t.waitlistCount} >= 0`),
    check('volunteer_shifts_capacity', sql`${t.capacity} > 0 and ${t.registeredCount} <= ${t.capacity}`),
  ],
);

/**
 * One sign-up per person and shift (the primary key). `queue` orders the waitlist (a sequence read under the shift's
 * lock). `minutesWorked` is what the organiser confirmed after the shift; `hoursRevision` counts its changes, so
 * points follow the latest confirmation once each.
 */
export const volunteerSignups = pgTable(
  'volunteer_signups',
  {
    shiftId: uuid('shift_id')
      .notNull()
      .references(() => volunteerShifts.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    state: text('state', { enum: signupStates }).notNull(),
    queue: bigserial('queue', { mode: 'number' }).notNull(),
    minutesWorked: integer('minutes_worked'),
    hoursRevision: integer('hours_revision').notNull().default(0),
    hoursConfirmedBy: uuid('hours_confirmed_by'),
    hoursConfirmedAt: timestamp('hours_confirmed_at', { withTimezone: true }),
    /** When the day-before and the two-hours-before reminders went out (each once; see use-cases/reminders.ts). */
    remindedDayBeforeAt: timestamp('reminded_day_before_at', { withTimezone: true }),
    remindedSoonAt: timestamp('reminded_soon_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.shiftId, t.userId] }),
    index('volunteer_signups_queue_idx').on(t.shiftId, t.state, t.queue),
    index('volunteer_signups_user_idx').on(t.userId, t.state),
    check('volunteer_signups_minutes', sql`${t.minutesWorked} is null or ${t.minutesWorked} >= 0`),
  ],
);

/**
 * A volunteer: the row one person's sign-ups lock (so two racing sign-ups of one person for overlapping shifts are
 * checked one after the other) and their record's setting — public on their profile unless they hide it.
 */
export const volunteers = pgTable('volunteers', {
  userId: uuid('user_id').primaryKey(),
  recordPublic: boolean('record_public').notNull().default(true),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
