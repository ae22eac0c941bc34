import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { districts } from '../../../core/city/schema.js';

/**
 * The layers of the places map (kindergartens, schools, dog-walking areas, places of interest…): names in both
 * languages and their order. The built-in layers are inserted by the migration; places are imported into them.
 */
export const placeLayers = pgTable('place_layers', {
  id: text('id').primaryKey(),
  nameRu: text('name_ru').notNull(),
  nameEn: text('name_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/**
 * A place on a layer, imported from an open data set (GeoJSON or CSV). `external_id` is the source's stable id (an
 * OSM `node/123`, a register number): a re-import matches on it, so a place keeps its id. `source` and `licence` say
 * where it comes from; `is_sample` marks invented sample data (a layer without real open data here), which the page
 * labels so. The GiST index on `ll_to_earth(lat, lon)` (cube + earthdistance) serves "near me": the nearest places
 * within a radius, in index order.
 */
export const places = pgTable(
  'places',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    layerId: text('layer_id')
      .notNull()
      .references(() => placeLayers.id),
    externalId: text('external_id').notNull(),
    name: text('name').notNull(),
    address: text('address'),
    lat: doublePrecision('lat').notNull(),
    lon: doublePrecision('lon').notNull(),
    districtId: text('district_id').references(() => districts.id, { onDelete: 'set null' }),
    openingHours: text('opening_hours'),
    phone: text('phone'),
    email: text('email'),
    website: text('website'),
    source: text('source').notNull(),
    sourceUrl: text('source_url'),
    licence: text('licence').notNull(),
    isSample: boolean('is_sample').notNull().default(false),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('places_layer_external_key').on(t.layerId, t.externalId),
    index('places_earth_idx').using('gist', sql`ll_to_earth(${t.lat}, ${t.lon})`),
    // the point with its layer as a fourth coordinate: a small layer's places in a box without walking the others'
    index('places_layer_earth_idx').using('gist', sql`cube(ll_to_earth(${t.lat}, ${t.lon})::cube, hashtext(${t.layerId})::float8)`),
    check('places_point', sql`${t.lat} between -90 and 90 and ${t.lon} between -180 and 180`),
  ],
);
