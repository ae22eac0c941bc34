import { doublePrecision, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

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
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
