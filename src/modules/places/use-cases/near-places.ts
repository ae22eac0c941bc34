import { perDatabaseCache } from '../../../core/db/cache.js';
import type { Executor } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { pointInCity } from '../../city/index.js';
import { layersWithCounts, listLayerIds, placeCountsByLayer, placesNear, placesNearLayerByLayer, type NearRow } from '../db/queries.js';
import { nearLimits, walkingMinutes } from '../domain/near.js';

// The layers and their sizes change only with a migration or an import: each database handle keeps them a minute, so
// "near me" is one query (whether the point is in the city comes from the city module's cached boundaries).
const cityFacts = perDatabaseCache(60_000, async (handle) => {
  const db = handle as Executor;
  const [layers, counts] = await Promise.all([listLayerIds(db), placeCountsByLayer(db)]);
  let total = 0;
  for (const n of counts.values()) total += n;
  return { layerIds: layers.map((l) => l.id), counts, total };
});

/**
 * Layers holding together at most this share of the places are searched layer by layer (placesNearLayerByLayer: each
 * layer's own walk); larger ones nearest first over every place (placesNear: a walk that passes few places of other
 * layers; measured faster on PostgreSQL for a layer of 11 %, see docs/PERFORMANCE.md).
 */
const smallLayersShare = 0.05;

/** A place near the asked point, with the straight-line distance and the minutes on foot. */
export type NearPlace = Omit<NearRow, 'meters'> & { distanceMeters: number; walkingMinutes: number };

export interface NearQuery {
  lat: number;
  lon: number;
  /** Layers to look in; empty: every layer. */
  layerIds: string[];
  radiusMeters?: number | undefined;
  count?: number | undefined;
}

/**
 * The nearest places of the chosen layers within walking distance of a point (a resident's location, a typed address
 * or a point on the map), nearest first. Public. Refusals (400): `place_radius_too_large` over 5 km,
 * `place_outside_city` for a point in none of the city's districts (when it has districts), `place_layer_unknown`.
 */
export async function nearPlaces(ctx: ModuleContext, q: NearQuery): Promise<{ radiusMeters: number; items: NearPlace[] }> {
  const db = ctx.database.db;
  const radiusMeters = q.radiusMeters ?? nearLimits.defaultRadiusMeters;
  if (radiusMeters > nearLimits.maxRadiusMeters) throw new AppError(400, 'place_radius_too_large', { max: nearLimits.maxRadiusMeters });
  const { layerIds: known, counts, total } = await cityFacts.get(db);
  const unknown = q.layerIds.find((id) => !known.includes(id));
  if (unknown) throw new AppError(400, 'place_layer_unknown', { layer: unknown.slice(0, 40), layers: known.join(', ') });
  if ((await pointInCity(db, q.lon, q.lat)).outside) throw new AppError(400, 'place_outside_city');
  const layerIds = q.layerIds.length ? q.layerIds : known;
  const chosen = layerIds.reduce((n, id) => n + (counts.get(id) ?? 0), 0);
  const ask = { lat: q.lat, lon: q.lon, layerIds, radiusMeters, count: q.count ?? nearLimits.defaultCount };
  const rows = chosen <= total * smallLayersShare ? await placesNearLayerByLayer(db, ask) : await placesNear(db, ask);
  return {
    radiusMeters,
    items: rows.map(({ meters, ...r }) => ({ ...r, distanceMeters: Math.round(meters), walkingMinutes: walkingMinutes(meters) })),
  };
}

/** The layers with their number of places, whether they hold sample data, and where their data comes from. Public. */
export async function listLayers(ctx: ModuleContext) {
  const rows = await layersWithCounts(ctx.database.db);
  return rows.map((r) => ({ id: r.id, nameRu: r.nameRu, nameEn: r.nameEn, places: r.places, isSample: r.samples > 0, sources: r.sources ?? [] }));
}
