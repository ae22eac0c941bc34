import { sql } from 'drizzle-orm';
import { bigserial, boolean, check, doublePrecision, index, integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import { eventKinds, eventSourceTypes, eventStatuses, registrationStates } from '../domain/events.js';

export { eventKinds, eventSourceTypes, eventStatuses, registrationStates };

/**
 * City events: meetings, cleanups, hearings, excursions, workshops, online meetings. Organised by a department (its
 * officials create it, public at once), by a verified resident (held for a moderator until approved) or on behalf of a
 * group its owners and admins run (public at once for a verified organisation or public figure, held otherwise). The counts
 * of registered and waitlisted people change only under the event's row lock, so the check below is the last guard:
 * registrations never exceed the capacity.
 */
export const events = pgTable(
  'events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind', { enum: eventKinds }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull(),
    /** The organising department (an official event); null when a resident organises it. */
    departmentId: text('department_id').references(() => departments.id),
    /** The person who created it (the resident organiser, or the official who entered the department's event). */
    organiserId: uuid('organiser_id').notNull(),
    /**
     * The group on whose behalf it is organised (groups module, no foreign key across modules): its current owners and
     * admins manage it; null for a department's or a resident's own event.
     */
    groupId: uuid('group_id'),
    /** The place on the map (WGS84) with its district derived from the point; or none for an online event. */
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    address: text('address').notNull().default(''),
    districtId: text('district_id').references(() => districts.id),
    onlineUrl: text('online_url'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** Null: no limit (nobody waits). */
    capacity: integer('capacity'),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    /** The organiser closed registration for now (and may reopen it). */
    registrationPaused: boolean('registration_paused').notNull().default(false),
    minAge: smallint('min_age'),
    accessibility: text('accessibility').notNull().default(''),
    status: text('status', { enum: eventStatuses }).notNull().default('published'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /**
     * What opened this meeting (a poll's result, an initiative, a crowdsourcing project): the entity kind and its id
     * (a poll's uuid, an initiative's or a project's public number). Its participants may register first.
     */
    sourceType: text('source_type', { enum: eventSourceTypes }),
    sourceId: text('source_id'),
    /** With a source: its participants may register this many days before registration opens for everyone. */
    priorityDays: smallint('priority_days').notNull().default(0),
    /** The event's image (a stored file, uploaded through the shared photo route), or none. */
    imageFileId: uuid('image_file_id'),
    /** The short code the organiser shows at the door; a registered person who enters it during the event is marked present. */
    checkInCode: text('check_in_code'),
    /** Registered people (those present included: `registered_count` counts both). */
    registeredCount: integer('registered_count').notNull().default(0),
    /** Of the registered, those marked present (by the organiser or by the check-in code). */
    attendedCount: integer('attended_count').notNull().default(0),
    waitlistCount: integer('waitlist_count').notNull().default(0),
    /**
     * No place left (kept by the database from the counts): the list's "free places" filter reads it from the start
     * index, and it changes only when the last place is taken or one frees up — every other registration stays a HOT
     * update.
     */
    isFull: boolean('is_full').generatedAlwaysAs(sql`capacity is not null and registered_count >= capacity`),
    commentCount: integer('comment_count').notNull().default(0),
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // by start, with every column the public list and map filter on (read-events.ts, event-map.ts): they pick a page's
    // ids from the index alone (an index-only scan) and read only those rows; the counts registrations change are left
    // out (`is_full` stands for them), so registering stays a HOT update. The reminders' start window leads with it too.
    index('events_starts_idx').on(t.startsAt, t.id, t.endsAt, t.moderation, t.status, t.kind, t.districtId, t.departmentId, t.lat, t.lon, t.isFull),
    // the map's small areas: a point per event in (longitude, latitude, end as seconds since 1970), so an area of a few
    // streets finds its events that have not ended without walking every event that has not (event-map.ts)
    index('events_map_area_idx')
      .using('gist', sql`cube(array[${t.lon}, ${t.lat}, extract(epoch from ${t.endsAt} at time zone 'UTC')::float8])`)
      .where(sql`${t.moderation} = 'visible' and ${t.status} = 'published' and ${t.lat} is not null`),
    // a district's events by start, with the same columns: the list filtered by district (and kind, free places) reads
    // the district's part of the index instead of every event in the city that has not ended
    index('events_district_idx').on(t.districtId, t.startsAt, t.id, t.endsAt, t.moderation, t.status, t.kind, t.isFull, t.departmentId, t.lat, t.lon),
    index('events_organiser_idx').on(t.organiserId, t.startsAt),
    index('events_department_idx').on(t.departmentId, t.startsAt),
    // a group's events by start: the list's group filter and the group's page
    index('events_group_idx')
      .on(t.groupId, t.startsAt)
      .where(sql`${t.groupId} is not null`),
    index('events_source_idx')
      .on(t.sourceType, t.sourceId, t.startsAt)
      .where(sql`${t.sourceType} is not null`),
    check('events_ends_after_start', sql`${t.endsAt} > ${t.startsAt}`),
    check('events_somewhere', sql`(${t.lat} is not null and ${t.lon} is not null) or ${t.onlineUrl} is not null`),
    check('events_counts', sql`${t.registeredCount} >= 0 and ${t.waitlistCount} >= 0`),
    check('events_capacity', sql`${t.capacity} is null or (${t.capacity} > 0 and ${t.registeredCount} <= ${t.capacity})`),
    check('events_source', sql`(${t.sourceType} is null) = (${t.sourceId} is null)`),
    check('events_attended', sql`${t.attendedCount} >= 0 and ${t.attendedCount} <= ${t.registeredCount}`),
    check('events_priority_days', sql`${t.priorityDays} >= 0 and ${t.priorityDays} <= 60`),
  ],
);

/**
 * One registration per person and event (the primary key): a second or racing registration finds the row. `queue`
 * orders the waitlist — taken from a sequence under the event's row lock, so it is the order people arrived in; a
 * person who registers again after cancelling joins the end.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    state: text('state', { enum: registrationStates }).notNull(),
    queue: bigserial('queue', { mode: 'number' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the reminders went out (once each). */
    remindedDayBeforeAt: timestamp('reminded_day_before_at', { withTimezone: true }),
    remindedSoonAt: timestamp('reminded_soon_at', { withTimezone: true }),
    /** When the person was marked present (null unless `attended`). */
    attendedAt: timestamp('attended_at', { withTimezone: true }),
    /** How many times the person was marked present (a mark after an unmark earns afresh what the unmark took back). */
    attendanceMarks: integer('attendance_marks').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.userId] }),
    index('event_registrations_queue_idx').on(t.eventId, t.state, t.queue),
    index('event_registrations_user_idx').on(t.userId, t.state),
  ],
);

/** A person's secret calendar feed of what they registered for: only the token's SHA-256 is kept; revoking deletes the row. */
export const eventFeeds = pgTable('event_feeds', {
  userId: uuid('user_id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The minutes of an event, published by its organisers after it: what was said (text), what was decided (short items)
 * and photos (stored files). Public on the event's page; every change is audited for a department's event.
 */
export const eventMinutes = pgTable('event_minutes', {
  eventId: uuid('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  text: text('text').notNull(),
  decisions: text('decisions')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  photoFileIds: uuid('photo_file_ids')
    .array()
    .notNull()
    .default(sql`'{}'::uuid[]`),
  publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
