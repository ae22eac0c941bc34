import { asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { earthOf, inEarthCircle, metresFrom } from '../../../core/db/earth.js';
import type { AreaKind, AreaQuery, AreaSection } from '../../../core/module/area.js';
import { placeLayers, places } from '../db/schema.js';
import { placePath, placeSearchKind } from './place-search.js';

/**
 * Places of every layer in an area for the area page, the layer's name as the status words: in the circle the nearest
 * first (the GiST index over ll_to_earth bounds the circle and walks it in distance order, as "near me" does), in a
 * district by layer and name. Open data, so every place is public; places have no news, so no alerts.
 */
export async function placesInArea(db: Executor, area: AreaQuery, limit: number): Promise<AreaSection> {
  const circle = area.type === 'circle' ? area : null;
  const where: SQL = area.type === 'circle' ? inEarthCircle(places.lat, places.lon, area) : eq(places.districtId, area.districtId);
  const rows = await db
    .select({
      id: places.id,
      name: places.name,
      layerId: places.layerId,
      layerRu: placeLayers.nameRu,
      layerEn: placeLayers.nameEn,
      lat: places.lat,
      lon: places.lon,
      districtId: places.districtId,
      address: places.address,
      meters: circle ? metresFrom(places.lat, places.lon, circle) : sql<null>`null`,
    })
    .from(places)
    .innerJoin(placeLayers, eq(placeLayers.id, places.layerId))
    .where(where)
    .orderBy(
      ...(circle
        ? [sql`${earthOf(places.lat, places.lon)} <-> ll_to_earth(${circle.lat}::float8, ${circle.lon}::float8)`]
        : [asc(placeLayers.sortOrder), asc(places.name), asc(places.id)]),
    )
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(places).where(where);
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      kind: placeSearchKind,
      id: r.id,
      title: r.name,
      path: placePath(r),
      status: null,
      statusText: area.lang === 'en' ? r.layerEn : r.layerRu,
      lat: r.lat,
      lon: r.lon,
      distanceMeters: r.meters,
      districtId: r.districtId,
      address: r.address,
      date: null,
    })),
  };
}

/** Places on the area page (no alerts: an import is not news). */
export const placeArea: AreaKind = { kind: placeSearchKind, list: placesInArea };
