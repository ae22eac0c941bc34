import { AppError } from '../../../core/http/errors.js';
import type { Language } from '../../../core/i18n/i18n.js';
import type { AreaItem, AreaQuery } from '../../../core/module/area.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDistrict } from '../../city/index.js';
import { areaLimits } from '../domain/areas.js';
import { districtOfPoint } from './saved-places.js';

export type AreaAsk =
  | { lat: number; lon: number; radiusMeters: number; districtId?: undefined }
  | { districtId: string; lat?: undefined; lon?: undefined; radiusMeters?: undefined };

/**
 * The area page: what every module has in a circle around a point (a saved home, a point on the map) or in a district,
 * one section per kind in module order, each with up to `limit` items and its total. Public facts only: modules list
 * what the public may see. 400 `area_outside_city` for a point in none of the city's districts, 404 for an unknown
 * district.
 */
export async function areaPage(ctx: ModuleContext, ask: AreaAsk & { kinds?: string[] | undefined; limit?: number | undefined; lang: Language }) {
  const db = ctx.database.db;
  const now = new Date();
  let query: AreaQuery;
  if (ask.districtId !== undefined) {
    const known = await findDistrict(db, ask.districtId);
    if (!known) throw new AppError(404, 'area_district_not_found');
    query = { type: 'district', districtId: known.id, lang: ask.lang, now };
  } else {
    const districtId = await districtOfPoint(db, ask.lat, ask.lon);
    query = { type: 'circle', lat: ask.lat, lon: ask.lon, radiusMeters: ask.radiusMeters, districtId, lang: ask.lang, now };
  }
  const limit = ask.limit ?? areaLimits.defaultItems;
  const kinds = ctx.areaKinds.filter((k) => k.list && (!ask.kinds?.length || ask.kinds.includes(k.kind)));
  const sections = [];
  // one after another: PGlite has one connection, and a server's pool is better left to other requests
  for (const k of kinds) {
    const section = await k.list!(db, query, limit);
    sections.push({ kind: k.kind, total: section.total, items: section.items.slice(0, limit).map(presentItem) });
  }
  return {
    area: {
      type: query.type,
      lat: query.type === 'circle' ? query.lat : null,
      lon: query.type === 'circle' ? query.lon : null,
      radiusMeters: query.type === 'circle' ? query.radiusMeters : null,
      districtId: query.districtId,
    },
    sections,
  };
}

function presentItem(i: AreaItem) {
  return {
    kind: i.kind,
    id: i.id,
    title: i.title,
    path: i.path,
    status: i.status,
    statusText: i.statusText,
    lat: i.lat,
    lon: i.lon,
    distanceMeters: i.distanceMeters === null ? null : Math.round(i.distanceMeters),
    districtId: i.districtId,
    address: i.address,
    date: i.date ? i.date.toISOString() : null,
    contacts: i.contacts ?? null,
  };
}

/** The kinds the area page knows (for validating `kinds`). */
export function areaKindNames(ctx: ModuleContext): string[] {
  return ctx.areaKinds.filter((k) => k.list).map((k) => k.kind);
}
