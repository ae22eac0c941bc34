import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { placeLayers, places } from './schema.js';

/** A place as the near-me list and map show it, with its straight-line distance in metres. */
export interface NearRow {
  id: string;
  layerId: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  openingHours: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  source: string;
  sourceUrl: string | null;
  licence: string;
  isSample: boolean;
  meters: number;
}

/** A near-me row's columns (NearRow) with its distance in metres from `here`. */
const nearColumns = (here: SQL) =>
  sql`id, layer_id as "layerId", name, address, lat, lon, opening_hours as "openingHours", phone, email, website, source,
      source_url as "sourceUrl", licence, is_sample as "isSample", earth_distance(ll_to_earth(lat, lon), ${here}) as meters`;

/**
 * The `count` places of `layerIds` nearest to a point within `radiusMeters`, nearest first. Index-served: the GiST
 * index on ll_to_earth(lat, lon) both bounds the search (earth_box, a cube around the point) and walks it in distance
 * order (`<->`, the cube's KNN operator), so the answer reads about `count` rows however many places there are. The
 * box is a little larger than the circle: rows beyond the radius are dropped after the limit, which keeps the order
 * (chord and great-circle distance grow together).
 */
export async function placesNear(db: Executor, q: { lat: number; lon: number; layerIds: string[]; radiusMeters: number; count: number }): Promise<NearRow[]> {
  const here = sql`ll_to_earth(${q.lat}::float8, ${q.lon}::float8)`;
  const layers = sql`array[${sql.join(
    q.layerIds.map((id) => sql`${id}`),
    sql`, `,
  )}]::text[]`;
  const rows = await queryRows<NearRow>(
    db,
    sql`select ${nearColumns(here)}
        from places
        where layer_id = any(${layers}) and earth_box(${here}, ${q.radiusMeters}::float8) @> ll_to_earth(lat, lon)
        order by ll_to_earth(lat, lon) <-> ${here}
        limit ${q.count}`,
  );
  return rows.filter((r) => r.meters <= q.radiusMeters).map((r) => ({ ...r, meters: Number(r.meters) }));
}

/**
 * The same answer, layer by layer, for layers that hold few of the places: each chosen layer walked nearest first through the GiST index
 * over the point with the layer as a fourth coordinate (`places_layer_earth_idx`: the layer's own places are nearer
 * than any other layer's), `count` of each, then the nearest `count` of them within the radius. (Walking the
 * point-only index nearest first would pass about a hundred places of other layers for each one of a layer holding
 * 1 % of them.)
 */
export async function placesNearLayerByLayer(
  db: Executor,
  q: { lat: number; lon: number; layerIds: string[]; radiusMeters: number; count: number },
): Promise<NearRow[]> {
  const here = sql`ll_to_earth(${q.lat}::float8, ${q.lon}::float8)`;
  const perLayer = q.layerIds.map(
    (id) => sql`(select ${nearColumns(here)}
                 from places
                 where layer_id = ${id}
                 order by cube(ll_to_earth(lat, lon)::cube, hashtext(layer_id)::float8) <-> cube(${here}::cube, hashtext(${id}::text)::float8)
                 limit ${q.count})`,
  );
  const rows = await queryRows<NearRow>(
    db,
    sql`select * from (${sql.join(perLayer, sql` union all `)}) p where meters <= ${q.radiusMeters}::float8 order by meters, id limit ${q.count}`,
  );
  return rows.map((r) => ({ ...r, meters: Number(r.meters) }));
}

/** How many places each layer holds (layers without any are absent). */
export async function placeCountsByLayer(db: Executor): Promise<Map<string, number>> {
  const rows = await queryRows<{ layerId: string; n: number }>(db, sql`select layer_id as "layerId", count(*)::int as n from places group by layer_id`);
  return new Map(rows.map((r) => [r.layerId, Number(r.n)]));
}

/** The layers in their order with how many places each has, whether any is sample data, and their sources and licences. */
export async function layersWithCounts(db: Executor) {
  return queryRows<{ id: string; nameRu: string; nameEn: string; places: number; samples: number; sources: string[] | null }>(
    db,
    sql`select l.id, l.name_ru as "nameRu", l.name_en as "nameEn", count(p.id)::int as places, count(p.id) filter (where p.is_sample)::int as samples,
               array_agg(distinct p.source || ' (' || p.licence || ')') filter (where p.id is not null) as sources
        from place_layers l left join places p on p.layer_id = l.id
        group by l.id order by l.sort_order, l.id`,
  );
}

export async function findLayer(db: Executor, id: string) {
  const [row] = await db.select().from(placeLayers).where(eq(placeLayers.id, id)).limit(1);
  return row;
}

export function listLayerIds(db: Executor) {
  return db.select({ id: placeLayers.id }).from(placeLayers).orderBy(asc(placeLayers.sortOrder));
}

/** The stored places of a layer: external id → id (a re-import keeps the ids). */
export async function storedIdsOf(db: Executor, layerId: string): Promise<Map<string, string>> {
  const rows = await db.select({ id: places.id, externalId: places.externalId }).from(places).where(eq(places.layerId, layerId));
  return new Map(rows.map((r) => [r.externalId, r.id]));
}
