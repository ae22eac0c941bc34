import { areaKm2, bbox, type AreaGeometry, type Position } from '../../../core/geo/geo.js';
import { selfIntersection, sharedAreaKm2, unionOf } from '../../../core/geo/overlay.js';
import { cleanLine } from '../../../core/text/text.js';
import { slugify, transliterate } from '../../../core/text/transliterate.js';

/**
 * A district's stable id from its name, without the word "district" the demo city's ids leave out
 * («Колпинский район» → "kolpinsky").
 */
export function slugOf(name: string): string {
  return slugify(name).replace(/(.)-district$/, '$1') || 'district';
}

/** Which properties of a feature hold its names and id (`--name-field`, `--name-en-field`, `--id-field`). */
export interface DistrictFields {
  /** The Russian name, e.g. `name` or `name:ru` in an OSM export. */
  nameField: string;
  /** The English name; absent (or empty on a feature): the Russian name in Latin letters. */
  nameEnField?: string | undefined;
  /** A stable id; absent: a slug of the name. */
  idField?: string | undefined;
}

/** One district read from a file; `feature` is its number in the file, counted from 1. */
export interface ImportedDistrict {
  feature: number;
  id: string;
  nameRu: string;
  nameEn: string;
  osmRelationId: number | null;
  geometry: AreaGeometry;
  areaKm2: number;
}

export const districtProblemCodes = [
  'not_feature_collection',
  'no_features',
  'not_a_feature',
  'not_polygon',
  'bad_coordinates',
  'outside_wgs84',
  'ring_too_short',
  'ring_not_closed',
  'self_intersecting',
  'name_missing',
  'name_too_long',
  'id_missing',
  'id_invalid',
  'duplicate_name',
  'duplicate_id',
  'overlap',
  'gap',
] as const;
export type DistrictProblemCode = (typeof districtProblemCodes)[number];

/**
 * What is wrong with a file, by feature number (from 1; null: the file as a whole). Errors stop an
 * import; warnings (gaps between districts: real cities have rivers and bays) are only shown.
 * The message is `district_problem.<code>` with `params`.
 */
export interface DistrictProblem {
  feature: number | null;
  severity: 'error' | 'warning';
  code: DistrictProblemCode;
  params: Record<string, string | number>;
}

/** Areas below this are rounding between boundaries drawn from shared OSM ways, not real overlaps or gaps. */
export const areaToleranceKm2 = 0.01;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;
const isPosition = (p: unknown): p is Position => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));

function text(v: unknown): string {
  return typeof v === 'string' ? cleanLine(v) : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

/** The OSM relation a feature was exported from: `osm_relation_id`, or `relation/123` as `@id` / the feature id (overpass turbo). */
function osmRelationOf(f: Record<string, unknown>, props: Record<string, unknown>): number | null {
  if (typeof props.osm_relation_id === 'number' && Number.isSafeInteger(props.osm_relation_id)) return props.osm_relation_id;
  for (const v of [props['@id'], f.id, props.id]) {
    const m = typeof v === 'string' ? /^relation\/(\d{1,15})$/.exec(v) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** The problems of one geometry's rings: shape, WGS84 ranges, closure, self-intersections. */
function geometryProblems(feature: number, geometry: unknown): { geometry: AreaGeometry | null; problems: DistrictProblem[] } {
  const problems: DistrictProblem[] = [];
  const error = (code: DistrictProblemCode, params: Record<string, string | number> = {}) => problems.push({ feature, severity: 'error', code, params });
  if (!isRecord(geometry) || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) {
    error('not_polygon', { type: isRecord(geometry) && typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : String(geometry ?? 'null') });
    return { geometry: null, problems };
  }
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!Array.isArray(polys) || !polys.length || !polys.every((p) => Array.isArray(p) && p.length && p.every((r) => Array.isArray(r) && r.every(isPosition)))) {
    error('bad_coordinates');
    return { geometry: null, problems };
  }
  const rings = (polys as Position[][][]).flat();
  const outside = rings.flat().find(([lon, lat]) => lon < -180 || lon > 180 || lat < -90 || lat > 90);
  if (outside) error('outside_wgs84', { lon: outside[0], lat: outside[1] });
  rings.forEach((ring, i) => {
    if (ring.length < 4) error('ring_too_short', { ring: i + 1, positions: ring.length });
    else if (ring[0]![0] !== ring.at(-1)![0] || ring[0]![1] !== ring.at(-1)![1]) error('ring_not_closed', { ring: i + 1 });
  });
  if (problems.length) return { geometry: null, problems };
  const clean: AreaGeometry =
    geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: (polys[0] as Position[][]).map((r) => r.map(([lon, lat]) => [lon, lat] as Position)) }
      : { type: 'MultiPolygon', coordinates: (polys as Position[][][]).map((p) => p.map((r) => r.map(([lon, lat]) => [lon, lat] as Position))) };
  const crossing = selfIntersection(clean);
  if (crossing) {
    const [lon, lat] = crossing;
    error('self_intersecting', { lon: round(lon, 6), lat: round(lat, 6) });
    return { geometry: null, problems };
  }
  return { geometry: clean, problems };
}

const overlapsBox = (a: number[], b: number[]) => a[0]! <= b[2]! && b[0]! <= a[2]! && a[1]! <= b[3]! && b[1]! <= a[3]!;

/** Pairs of districts sharing more than the tolerance of area (each pair reported once, on the later feature). */
function overlapProblems(list: ImportedDistrict[]): DistrictProblem[] {
  const boxes = list.map((d) => bbox([d.geometry]));
  const problems: DistrictProblem[] = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) {
      if (!overlapsBox(boxes[i]!, boxes[j]!)) continue;
      const area = sharedAreaKm2(list[i]!.geometry, list[j]!.geometry);
      if (area > areaToleranceKm2)
        problems.push({ feature: list[j]!.feature, severity: 'error', code: 'overlap', params: { other: list[i]!.feature, areaKm2: round(area, 3) } });
    }
  return problems;
}

/** Holes in the union of all districts that no district covers (water, or a district left out): warnings with their area. */
function gapProblems(holes: Position[][]): DistrictProblem[] {
  const problems: DistrictProblem[] = [];
  for (const hole of holes) {
    const area = areaKm2({ type: 'Polygon', coordinates: [hole] });
    if (area <= areaToleranceKm2) continue;
    const [minLon, minLat, maxLon, maxLat] = bbox([{ type: 'Polygon', coordinates: [hole] }]);
    problems.push({
      feature: null,
      severity: 'warning',
      code: 'gap',
      params: { areaKm2: round(area, 3), lon: round((minLon + maxLon) / 2, 5), lat: round((minLat + maxLat) / 2, 5) },
    });
  }
  return problems;
}

/**
 * Reads a GeoJSON FeatureCollection of district boundaries (WGS84 polygons or multipolygons, one
 * feature a district) with the names and ids in the given properties. Returns the districts and
 * every problem found, by feature number: a file with any error must not be imported.
 */
export function readDistrictGeoJson(json: unknown, fields: DistrictFields): { districts: ImportedDistrict[]; problems: DistrictProblem[] } {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { districts: [], problems: [{ feature: null, severity: 'error', code: 'not_feature_collection', params: {} }] };
  if (!json.features.length) return { districts: [], problems: [{ feature: null, severity: 'error', code: 'no_features', params: {} }] };
  const problems: DistrictProblem[] = [];
  const districts: ImportedDistrict[] = [];
  const byName = new Map<string, number>();
  const byId = new Map<string, number>();
  json.features.forEach((f: unknown, index: number) => {
    const feature = index + 1;
    const error = (code: DistrictProblemCode, params: Record<string, string | number> = {}) => problems.push({ feature, severity: 'error', code, params });
    if (!isRecord(f) || f.type !== 'Feature') return error('not_a_feature');
    const props = isRecord(f.properties) ? f.properties : {};
    const checked = geometryProblems(feature, f.geometry);
    problems.push(...checked.problems);
    const nameRu = text(props[fields.nameField]);
    if (!nameRu) error('name_missing', { field: fields.nameField });
    else if (nameRu.length > 200) error('name_too_long', { field: fields.nameField, max: 200 });
    const nameEn = (fields.nameEnField && text(props[fields.nameEnField]).slice(0, 200)) || transliterate(nameRu);
    const rawId = fields.idField ? text(props[fields.idField]) : slugOf(nameRu);
    const id = rawId.toLowerCase();
    if (fields.idField && !id) error('id_missing', { field: fields.idField });
    else if (fields.idField && !/^[a-z0-9][a-z0-9_.:-]{0,63}$/.test(id)) error('id_invalid', { field: fields.idField, id: rawId.slice(0, 64) });
    if (nameRu) {
      const other = byName.get(nameRu.toLowerCase());
      if (other) error('duplicate_name', { name: nameRu, other });
      else byName.set(nameRu.toLowerCase(), feature);
      const otherId = byId.get(id);
      if (otherId) {
        if (!other) error('duplicate_id', { id, other: otherId });
      } else byId.set(id, feature);
    }
    if (checked.geometry && nameRu && !problems.some((p) => p.feature === feature))
      districts.push({ feature, id, nameRu, nameEn, osmRelationId: osmRelationOf(f, props), geometry: checked.geometry, areaKm2: areaKm2(checked.geometry) });
  });
  if (districts.length < 2) return { districts, problems };
  // the union serves both checks: districts overlap only if their areas add up to more than it (then each pair
  // is intersected to name them, which on a real city costs seconds that a clean file is spared)
  const whole = unionOf(districts.map((d) => d.geometry));
  const overlapping = districts.reduce((s, d) => s + d.areaKm2, 0) - whole.areaKm2 > areaToleranceKm2;
  problems.push(...(overlapping ? overlapProblems(districts) : []), ...gapProblems(whole.holes));
  return { districts, problems };
}
