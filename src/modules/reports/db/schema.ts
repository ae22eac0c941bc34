import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments, districts } from '../../../core/city/schema.js';
import { answerOutcomes } from '../domain/answer-ratings.js';
import { locationKinds, type ExtraField } from '../domain/classifier-rules.js';
import { reportStatuses } from '../domain/lifecycle.js';

// the domain defines them (the web imports them from there); the tables store them
export { reportStatuses, type ReportStatus } from '../domain/lifecycle.js';
export type { ExtraField } from '../domain/classifier-rules.js';

// ---------------------------------------------------------------------------------------------
// The classifier: object → category → reason. Imported ids are the source's; new ones start at 100000.

/** What the problem is on: a building, a yard, a street, a park… */
export const classifierObjects = pgTable('classifier_objects', {
  id: serial('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en'),
  position: integer('position').notNull().default(0),
  archived: boolean('archived').notNull().default(false),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A group of reasons under an object. */
export const classifierCategories = pgTable(
  'classifier_categories',
  {
    id: serial('id').primaryKey(),
    objectId: integer('object_id')
      .notNull()
      .references(() => classifierObjects.id),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    position: integer('position').notNull().default(0),
    archived: boolean('archived').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('classifier_categories_object_idx').on(t.objectId)],
);

/** A concrete kind of problem (Open311 "service"): its rules, deadlines and responsible department kind. */
export const classifierReasons = pgTable(
  'classifier_reasons',
  {
    id: serial('id').primaryKey(),
    categoryId: integer('category_id')
      .notNull()
      .references(() => classifierCategories.id),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en'),
    /** Short hint shown while filing. */
    helpText: text('help_text').notNull().default(''),
    /** What counts as this problem (plain text, converted from the source's HTML). */
    description: text('description').notNull().default(''),
    photoRequired: boolean('photo_required').notNull().default(false),
    extraFields: jsonb('extra_fields').$type<ExtraField[]>().notNull().default([]),
    /** Where the point goes: on a building, at a street point, or at a point near a building. */
    locationKind: text('location_kind', { enum: locationKinds }).notNull().default('street'),
    /** Season window as MM-DD (inclusive, may wrap the new year); null: all year. */
    seasonFrom: text('season_from'),
    seasonTo: text('season_to'),
    /** Shown when filing outside the season (or when the reason is archived). */
    seasonMessage: text('season_message'),
    /** Filing needs a verified resident (the source's is_esia_required). */
    verifiedRequired: boolean('verified_required').notNull().default(false),
    /** Deadlines in working days: moderation before sending, resolution, moderation of the answer. */
    premoderationDays: smallint('premoderation_days').notNull().default(1),
    resolutionDays: smallint('resolution_days').notNull().default(8),
    answerModerationDays: smallint('answer_moderation_days').notNull().default(1),
    /** The kind of department that answers, e.g. `district_administration` or a committee's kind; routing rules decide which one. */
    departmentKind: text('department_kind'),
    isPublic: boolean('is_public').notNull().default(true),
    /** Retired reasons (the source's «(искл.)») are kept for old reports but cannot be filed. */
    archived: boolean('archived').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('classifier_reasons_category_idx').on(t.categoryId)],
);

/** Which department answers: (reason or category or any) × (district or the whole city); the most specific rule wins. */
export const routingRules = pgTable(
  'routing_rules',
  {
    id: serial('id').primaryKey(),
    reasonId: integer('reason_id').references(() => classifierReasons.id),
    categoryId: integer('category_id').references(() => classifierCategories.id),
    districtId: text('district_id').references(() => districts.id),
    departmentId: text('department_id')
      .notNull()
      .references(() => departments.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('routing_rules_unique').on(sql`coalesce(${t.reasonId}, 0)`, sql`coalesce(${t.categoryId}, 0)`, sql`coalesce(${t.districtId}, '')`)],
);

/** The dictionary moderators pick a rejection from (shown to the resident). */
export const rejectionReasons = pgTable('rejection_reasons', {
  id: serial('id').primaryKey(),
  textRu: text('text_ru').notNull(),
  textEn: text('text_en').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/** Officials' ready answers, for a department or for everyone. */
export const answerTemplates = pgTable('answer_templates', {
  id: serial('id').primaryKey(),
  departmentId: text('department_id').references(() => departments.id),
  title: text('title').notNull(),
  text: text('text').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

// ---------------------------------------------------------------------------------------------
// Reports

/** A problem a resident reported. The reporter's identity stays in accounts; the public sees no personal data. */
export const reports = pgTable(
  'reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The public number (№ 123456), also the Open311 service_request_id. */
    number: bigserial('number', { mode: 'number' }).notNull(),
    reasonId: integer('reason_id')
      .notNull()
      .references(() => classifierReasons.id),
    districtId: text('district_id').references(() => districts.id),
    departmentId: text('department_id').references(() => departments.id),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    address: text('address'),
    description: text('description').notNull(),
    /** Values of the reason's extra fields (entrance, apartment, floor, phone). Phone is personal: never public. */
    extra: jsonb('extra').$type<Record<string, string>>().notNull().default({}),
    reporterId: uuid('reporter_id'),
    status: text('status', { enum: reportStatuses }).notNull().default('moderation'),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    /** When the current step is due (moderation, resolution, answer moderation, confirmation window); null when nothing is due. */
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** The department's resolution deadline (Open311 expected_datetime). */
    resolutionDueAt: timestamp('resolution_due_at', { withTimezone: true }),
    /** Set once the resolution deadline passed unanswered; counted against the department. */
    overdueAt: timestamp('overdue_at', { withTimezone: true }),
    answerText: text('answer_text'),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    answerPublishedAt: timestamp('answer_published_at', { withTimezone: true }),
    /**
     * The day an answer promises later work done by ("включено в план на 2027"), when it does: published, the answer
     * becomes the city's commitment, the department's to deliver by then.
     */
    answerDueOn: date('answer_due_on', { mode: 'string' }),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** How it ended: confirmed by the resident, closed automatically, rejected, merged… */
    closedHow: text('closed_how'),
    duplicateOfId: uuid('duplicate_of_id'),
    rejectionReasonId: integer('rejection_reason_id').references(() => rejectionReasons.id),
    rejectionNote: text('rejection_note'),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** Residents who said "me too". */
    supportCount: integer('support_count').notNull().default(0),
    /** Live comments on the report (the comments module's hook keeps it in the comment's transaction): its comments page reads it instead of counting. */
    commentCount: integer('comment_count').notNull().default(0),
    /** An official of the department it is assigned to. */
    assigneeId: uuid('assignee_id'),
    source: text('source', { enum: ['web', 'open311'] })
      .notNull()
      .default('web'),
    apiKeyId: uuid('api_key_id'),
    /** Open311 token returned on POST (tokens/{token}). */
    open311Token: text('open311_token'),
    /** An Open311 client's photo link: kept as a link, never fetched. */
    mediaUrl: text('media_url'),
    /** Community moderation (flags): hidden reports leave the public map and lists. */
    moderation: text('moderation', { enum: ['visible', 'held', 'hidden'] })
      .notNull()
      .default('visible'),
    moderationReason: text('moderation_reason'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('reports_number_key').on(t.number),
    uniqueIndex('reports_open311_token_key').on(t.open311Token),
    index('reports_status_due_idx').on(t.status, t.dueAt),
    index('reports_department_idx').on(t.departmentId, t.status, t.dueAt),
    index('reports_district_idx').on(t.districtId, t.createdAt),
    index('reports_reason_idx').on(t.reasonId, t.createdAt),
    index('reports_reporter_idx').on(t.reporterId, t.createdAt),
    index('reports_created_idx').on(t.createdAt),
    index('reports_lat_lon_idx').on(t.lat, t.lon),
    // the public list of a district in one status, newest first (the prepared list's generic plan walks it and
    // stops after a page, whatever the district and status); the predicate is `isPublicReport`'s text
    index('reports_public_district_status_idx')
      .on(t.districtId, t.status, t.createdAt, t.number)
      .where(sql`${t.moderation} = 'visible' and ${t.status} not in ('moderation', 'rejected')`),
    // public reports in a circle (the area page: what is filed near a home): earth_box over ll_to_earth walks only
    // the circle's reports, with `isPublicReport`'s text as predicate so hidden and held ones are not in it
    index('reports_public_earth_idx')
      .using('gist', sql`ll_to_earth(${t.lat}, ${t.lon})`)
      .where(sql`${t.moderation} = 'visible' and ${t.status} not in ('moderation', 'rejected')`),
  ],
);

/** Photos of a report: the resident's, the department's "after" photos, a dispute's. */
export const reportPhotos = pgTable(
  'report_photos',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    fileId: uuid('file_id').notNull(),
    stage: text('stage', { enum: ['report', 'answer', 'dispute'] }).notNull(),
    position: smallint('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.fileId] })],
);

/** The public history: every transition, attributed and timestamped. */
export const reportEvents = pgTable(
  'report_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for the system (deadline jobs, automatic closing). */
    actorId: uuid('actor_id'),
    /** In which capacity: resident, moderator, official, administrator, system. */
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status'),
    departmentId: text('department_id'),
    /** Public text (an answer, a rejection, a dispute comment). */
    note: text('note'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('report_events_report_idx').on(t.reportId, t.at),
    // a public figure's page lists the answers its person wrote, newest first (answersGivenBy): only `answer` rows
    index('report_events_answer_actor_idx')
      .on(t.actorId, t.at)
      .where(sql`${t.action} = 'answer'`),
  ],
);

/** "Me too": residents who joined a report instead of filing a duplicate. */
export const reportSupports = pgTable(
  'report_supports',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.userId] })],
);

/**
 * Answer ratings: the reporter and supporters each rate a published answer once — the outcome, the answer's quality
 * and an optional note (seen by the department's officials and the rater; the public sees only aggregates).
 */
export const reportRatings = pgTable(
  'report_ratings',
  {
    reportId: uuid('report_id')
      .notNull()
      .references(() => reports.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').notNull(),
    role: text('role', { enum: ['reporter', 'supporter'] }).notNull(),
    outcome: text('outcome', { enum: answerOutcomes }).notNull(),
    quality: smallint('quality').notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // one rating per person and report: two at once leave one row
    primaryKey({ columns: [t.reportId, t.userId] }),
    check('report_ratings_quality', sql`${t.quality} between 1 and 5`),
    // a person's own ratings (their data export and deletion)
    index('report_ratings_user_idx').on(t.userId),
  ],
);

/**
 * Server-side map clusters: counts and coordinate sums per grid cell, zoom level, status, category
 * and month, kept in the transaction of each filing and status change, so the map of the city's
 * whole history is a sum over the cells in view, not a scan of every report.
 */
export const reportCells = pgTable(
  'report_cells',
  {
    zoom: smallint('zoom').notNull(),
    cellX: integer('cell_x').notNull(),
    cellY: integer('cell_y').notNull(),
    status: text('status').notNull(),
    categoryId: integer('category_id').notNull(),
    month: date('month', { mode: 'string' }).notNull(),
    count: integer('count').notNull(),
    sumLat: doublePrecision('sum_lat').notNull(),
    sumLon: doublePrecision('sum_lon').notNull(),
  },
  // the key leads with what the map fixes (zoom, category, month: the roll-up rows are category 0 and month
  // 1970-01-01), then the cells in view: a read of the map touches only the rows it sums; the key's index also
  // carries count, sum_lat and sum_lon (INCLUDE, by hand in migration 0016), so those rows come from the index alone
  (t) => [primaryKey({ columns: [t.zoom, t.categoryId, t.month, t.cellX, t.cellY, t.status] })],
);

/** Open311 API keys: only a hash is stored; the key is shown once when created. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The key's first characters, to recognise it in lists. */
    prefix: text('prefix').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_keys_hash_key').on(t.keyHash)],
);
