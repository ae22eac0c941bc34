import { sql } from 'drizzle-orm';
import { check, doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';

/** The city's administrative districts with their boundaries (GeoJSON geometry, WGS84). */
export const districts = pgTable('districts', {
  id: text('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  osmRelationId: integer('osm_relation_id'),
  geometry: jsonb('geometry').notNull(),
  areaKm2: doublePrecision('area_km2').notNull(),
});

/** Bodies that must act (district administrations, committees, management companies); roles can be scoped to one. */
export const departments = pgTable('departments', {
  id: text('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  kind: text('kind').notNull(),
  districtId: text('district_id').references(() => districts.id),
  /** Public contacts shown on the department's page and report cards. */
  phone: text('phone'),
  email: text('email'),
  address: text('address'),
  website: text('website'),
  /** The head: escalations of overdue work go to this account (an official of the department). */
  headUserId: uuid('head_user_id'),
  /** Retired departments keep their history but take no new reports and are not offered for routing. */
  retiredAt: timestamp('retired_at', { withTimezone: true }),
  /** Set when merged: its reports, routing rules and officials moved to this department. */
  mergedIntoId: text('merged_into_id').references((): AnyPgColumn => departments.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The city's identity, set by its first administrator (one row; absent until setup): the name every page,
 * e-mail and share preview uses, its clock, where its map opens, its logo, contacts and languages.
 */
export const citySettings = pgTable(
  'city_settings',
  {
    id: integer('id').primaryKey().default(1),
    nameRu: text('name_ru').notNull(),
    nameEn: text('name_en').notNull(),
    /** IANA time zone: deadlines, digests and local dates follow it. */
    timeZone: text('time_zone').notNull(),
    mapLat: doublePrecision('map_lat').notNull(),
    mapLon: doublePrecision('map_lon').notNull(),
    mapZoom: integer('map_zoom').notNull(),
    /** An uploaded image (files table, purpose `city_logo`). */
    logoFileId: uuid('logo_file_id'),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    website: text('website'),
    /** Languages offered to residents (`ru`, `en`), the first is the default. */
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{ru,en}'::text[]`),
    /** ISO 3166-1 alpha-2 code of the country whose working-day calendar applies. */
    country: text('country').notNull().default('RU'),
    /** When the administrator finished the setup steps (null: the setup page still leads). */
    setupCompletedAt: timestamp('setup_completed_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('city_settings_one_row', sql`${t.id} = 1`), check('city_settings_zoom', sql`${t.mapZoom} between 1 and 19`)],
);
