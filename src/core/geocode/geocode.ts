import { districts } from '../city/schema.js';
import { perDatabaseCache } from '../db/cache.js';
import type { Executor } from '../db/client.js';
import { fold, keyWord, matchesWords, readAddress, searchWords, type SearchWords } from '../geo/addresses.js';
import { bbox, interiorPoint, type AreaGeometry } from '../geo/geo.js';
import type { Language } from '../i18n/i18n.js';
import type { AddressedPoint, GorodModule, ModuleContext } from '../module/module.js';
import { searchExternal } from './external.js';

export const geocodeKinds = ['district', 'street', 'place', 'address', 'external'] as const;
export type GeocodeKind = (typeof geocodeKinds)[number];
/** west, south, east, north */
export type Box = [number, number, number, number];

/** A place a map search found: where to show it (a point, and the box to fit when it is an area). */
export interface GeocodeResult {
  label: string;
  kind: GeocodeKind;
  lat: number;
  lon: number;
  bbox: Box | null;
}

/** Whether the external geocoder answered: not configured, not asked (typing), answered, or failed / too slow. */
export type ExternalState = 'off' | 'not_asked' | 'ok' | 'unavailable';

/** Points read per module for one search: enough for the streets of a city, bounded for a busy one. */
const pointsPerModule = 2000;

/**
 * Districts as a search reads them (names' words, the point and box to show), kept five minutes per database as the
 * filing's boundaries are: reading and measuring every boundary costs more than the search itself.
 */
const districtPlaces = perDatabaseCache(5 * 60_000, async (db) => {
  const rows = await (db as Executor).select({ nameRu: districts.nameRu, nameEn: districts.nameEn, geometry: districts.geometry }).from(districts);
  const places = rows.map((d) => {
    const g = d.geometry as AreaGeometry;
    const [lon, lat] = interiorPoint(g) ?? [0, 0];
    return { nameRu: d.nameRu, nameEn: d.nameEn, words: fold(`${d.nameRu} ${d.nameEn}`).match(/[\p{L}\d]+/gu) ?? [], lat, lon, bbox: bbox([g]) };
  });
  return { places, box: rows.length ? bbox(rows.map((d) => d.geometry as AreaGeometry)) : null };
});

/** Words that say "district" in a search for one («Адмиралтейский район»). */
const districtWords = new Set(['район', 'р-н', 'district']);

function matchDistricts(places: Awaited<ReturnType<typeof districtPlaces.get>>['places'], search: SearchWords, lang: Language): GeocodeResult[] {
  const words = search.words.filter((w) => !districtWords.has(w));
  if (!words.length || search.numbers.length) return [];
  return places
    .filter((d) => matchesWords(words, d.words))
    .map((d) => ({ label: lang === 'en' ? d.nameEn : d.nameRu, kind: 'district' as const, lat: d.lat, lon: d.lon, bbox: d.bbox }));
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (n: number) => Math.round(n * 1e6) / 1e6;

/** A group of points as a place: the median point (one stray report does not pull it away) and their box. */
function placeOf(label: string, kind: 'street' | 'place' | 'address', points: AddressedPoint[]): GeocodeResult {
  const lats = points.map((p) => p.lat);
  const lons = points.map((p) => p.lon);
  const box: Box = [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
  const spread = box[2] - box[0] > 1e-4 || box[3] - box[1] > 1e-4;
  return { label, kind, lat: round(median(lats)), lon: round(median(lons)), bbox: kind !== 'address' && spread ? (box.map(round) as Box) : null };
}

/**
 * Streets, places and addresses from the points modules list (reports', proposals'): grouped by the street (or a
 * place named without a street kind, «Невский лесопарк») however it was spelt, the street where people wrote it most, and — when a house number was typed — the addresses on it whose
 * number begins with it. Streets with more points come first.
 */
export function matchStreets(points: AddressedPoint[], search: SearchWords): GeocodeResult[] {
  if (!search.words.length) return [];
  type Group = { labels: Map<string, number>; points: AddressedPoint[]; houses: Map<string, AddressedPoint[]>; isStreet: boolean };
  const streets = new Map<string, Group>();
  for (const p of points) {
    const read = readAddress(p.address);
    if (!read || !matchesWords(search.words, read.street.words)) continue;
    const s: Group = streets.get(read.street.key) ?? { labels: new Map(), points: [], houses: new Map(), isStreet: read.street.isStreet };
    s.labels.set(read.street.label, (s.labels.get(read.street.label) ?? 0) + 1);
    s.points.push(p);
    if (read.house) s.houses.set(read.house, [...(s.houses.get(read.house) ?? []), p]);
    streets.set(read.street.key, s);
  }
  // the spelling people used most names the street
  const ordered = [...streets.values()]
    .sort((a, b) => b.points.length - a.points.length)
    .map((s) => ({ ...s, label: [...s.labels].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0] }));
  const out: GeocodeResult[] = [];
  const number = search.numbers[0];
  if (number)
    for (const s of ordered)
      for (const [house, ps] of [...s.houses].sort((a, b) => a[0].localeCompare(b[0], 'ru', { numeric: true })))
        if (house.startsWith(number)) out.push(placeOf(`${s.label}, ${house}`, 'address', ps));
  for (const s of ordered) out.push(placeOf(s.label, s.isStreet ? 'street' : 'place', s.points));
  return out;
}

/**
 * Finds a place in the city for a map search: districts by name (Russian or English), then addresses and streets
 * from what reports and proposals were filed at, then — only when `external` is asked and GEOCODER_URL is set — the
 * external geocoder within the city's box. A geocoder that fails or is slow never fails the search: the local
 * results come back with `external: 'unavailable'`. At most `limit` local and `limit` external results.
 */
export async function geocode(ctx: ModuleContext, modules: GorodModule[], query: string, opts: { limit: number; external: boolean; lang: Language }) {
  const db = ctx.database.db;
  const search = searchWords(query);
  const { places, box } = await districtPlaces.get(db);
  const word = keyWord(search);
  const points = word ? (await Promise.all(modules.map((m) => m.addressedPoints?.(ctx, word, pointsPerModule) ?? []))).flat() : [];
  const items = [...matchDistricts(places, search, opts.lang), ...matchStreets(points, search)].slice(0, opts.limit);

  let external: ExternalState = !ctx.config.geocoderUrl || !box ? 'off' : opts.external ? 'ok' : 'not_asked';
  if (external === 'ok')
    try {
      const found = await searchExternal(ctx.config.geocoderUrl!, query, box!, {
        limit: opts.limit,
        lang: opts.lang,
        timeoutMs: ctx.config.geocoderTimeoutMs,
        publicUrl: ctx.config.publicUrl,
      });
      items.push(...found);
    } catch (err) {
      external = 'unavailable';
      ctx.log.warn({ err: String(err) }, 'the external geocoder did not answer');
    }
  return { items, external };
}
