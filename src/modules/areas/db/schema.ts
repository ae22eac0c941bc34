import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';

/** What a saved place is to its owner; `other` takes the owner's own name. */
export const savedPlaceLabels = ['home', 'work', 'parents', 'other'] as const;

/**
 * A point a resident keeps in the profile (home, work, parents' home): the centre of their area page and of area
 * alerts. Private: only its owner ever reads it; no public answer, log line or open data carries it.
 */
export const savedPlaces = pgTable(
  'saved_places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    label: text('label', { enum: savedPlaceLabels }).notNull(),
    /** The owner's own name for it ("Дача", "School"); empty for the labelled ones unless they gave one. */
    name: text('name').notNull().default(''),
    address: text('address').notNull(),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    /** The district its point lies in (null in a city without districts). */
    districtId: text('district_id').references(() => districts.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_places_user_idx').on(t.userId, t.createdAt)],
);

/**
 * A resident's subscription to what becomes news in an area: a circle of `radius_m` around one of their saved places
 * (its point copied here, kept in step when the place moves, so one GiST index finds every circle containing a new
 * report's point), or a whole district. `topics` are the area topics chosen (reports, answers, works, polls, events).
 */
export const areaAlerts = pgTable(
  'area_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull(),
    placeId: uuid('place_id').references(() => savedPlaces.id, { onDelete: 'cascade' }),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    radiusM: integer('radius_m'),
    districtId: text('district_id').references(() => districts.id, { onDelete: 'cascade' }),
    topics: text('topics').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('area_alerts_place_key').on(t.placeId),
    uniqueIndex('area_alerts_user_district_key').on(t.userId, t.districtId),
    index('area_alerts_user_idx').on(t.userId),
    index('area_alerts_district_idx')
      .on(t.districtId)
      .where(sql`district_id is not null`),
    index('area_alerts_circle_idx')
      .using('gist', sql`earth_box(ll_to_earth(${t.lat}, ${t.lon}), ${t.radiusM}::float8)`)
      .where(sql`place_id is not null`),
    check(
      'area_alerts_one_area',
      sql`(place_id is not null and lat is not null and lon is not null and radius_m is not null and district_id is null) or (place_id is null and lat is null and lon is null and radius_m is null and district_id is not null)`,
    ),
  ],
);
