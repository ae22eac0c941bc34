import { readCsv } from '../../../core/csv/csv.js';
import { cleanLine } from '../../../core/text/text.js';

/** A layer id: lower-case Latin letters, digits and hyphens (`dog-areas`). */
export const layerIdPattern = /^[a-z][a-z0-9-]{1,39}$/;

/** Where a place comes from when the file does not say: OpenStreetMap under ODbL (the demo's, and most open city data). */
export const osmSource = { source: 'OpenStreetMap', licence: 'ODbL 1.0' } as const;

/** One place read from a file; `at` is its feature number (GeoJSON, from 1) or line (CSV). */
export interface ImportedPlace {
  at: number;
  externalId: string;
  name: string;
  address: string | null;
  lat: number;
  lon: number;
  openingHours: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  sourceUrl: string | null;
  isSample: boolean;
}

export const placeProblemCodes = [
  'not_json',
  'not_feature_collection',
  'no_places',
  'not_a_feature',
  'geometry_unsupported',
  'bad_coordinates',
  'outside_city',
  'name_missing',
  'too_long',
  'id_missing',
  'duplicate_id',
  'bad_link',
  'csv_syntax',
  'csv_header',
  'csv_columns',
] as const;
export type PlaceProblemCode = (typeof placeProblemCodes)[number];

/** What is wrong with a file: `at` the feature number (GeoJSON) or line (CSV), null for the file as a whole. */
export interface PlaceProblem {
  at: number | null;
  code: PlaceProblemCode;
  params: Record<string, string | number>;
}

/** The places of a file and its problems; any problem stops the import (nothing is half-imported). */
export interface PlaceReading {
  places: ImportedPlace[];
  problems: PlaceProblem[];
}

const limits = { externalId: 200, name: 300, address: 300, openingHours: 300, phone: 100, email: 200, website: 500, sourceUrl: 500 } as const;
type TextField = keyof typeof limits;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(v: unknown): string {
  return typeof v === 'string' ? cleanLine(v) : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

const first = (props: Record<string, unknown>, keys: string[]) => keys.map((k) => text(props[k])).find(Boolean) ?? '';

const isLink = (s: string) => {
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password;
  } catch {
    return false;
  }
};

const truthy = (v: unknown) => v === true || (typeof v === 'string' && /^(1|true|yes|да)$/i.test(v.trim()));

/**
 * Checks one place's fields and returns it, or adds its problems. `fields` are the raw texts (cleaned here);
 * coordinates must be WGS84 numbers.
 */
function checkPlace(
  at: number,
  fields: Record<TextField, string> & { lat: number; lon: number; isSample: boolean },
  problems: PlaceProblem[],
): ImportedPlace | null {
  const before = problems.length;
  const add = (code: PlaceProblemCode, params: Record<string, string | number> = {}) => problems.push({ at, code, params });
  if (!fields.externalId) add('id_missing');
  if (!fields.name) add('name_missing');
  if (!Number.isFinite(fields.lat) || !Number.isFinite(fields.lon) || Math.abs(fields.lat) > 90 || Math.abs(fields.lon) > 180) add('bad_coordinates');
  for (const key of Object.keys(limits) as TextField[])
    if (fields[key].length > limits[key]) add('too_long', { field: key, max: limits[key], length: fields[key].length });
  for (const key of ['website', 'sourceUrl'] as const)
    if (fields[key] && !isLink(fields[key])) add('bad_link', { field: key, value: fields[key].slice(0, 80) });
  if (problems.length > before) return null;
  const orNull = (s: string) => s || null;
  return {
    at,
    externalId: fields.externalId,
    name: fields.name,
    address: orNull(fields.address),
    lat: Math.round(fields.lat * 1e7) / 1e7,
    lon: Math.round(fields.lon * 1e7) / 1e7,
    openingHours: orNull(fields.openingHours),
    phone: orNull(fields.phone),
    email: orNull(fields.email),
    website: orNull(fields.website),
    sourceUrl: orNull(fields.sourceUrl),
    isSample: fields.isSample,
  };
}

/** Two places of one file with the same id: the later one is the problem. */
function duplicateProblems(list: ImportedPlace[]): PlaceProblem[] {
  const seen = new Map<string, number>();
  const problems: PlaceProblem[] = [];
  for (const p of list) {
    const earlier = seen.get(p.externalId);
    if (earlier !== undefined) problems.push({ at: p.at, code: 'duplicate_id', params: { id: p.externalId.slice(0, 80), other: earlier } });
    else seen.set(p.externalId, p.at);
  }
  return problems;
}

/** A point for a geometry: a Point itself; for a Polygon or MultiPolygon (a dog-walking area drawn as an area), the mean of its outer ring's corners. */
function pointOf(geometry: unknown): { lat: number; lon: number } | 'unsupported' | 'bad' {
  if (!isRecord(geometry)) return 'unsupported';
  const isPosition = (p: unknown): p is [number, number] => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
  if (geometry.type === 'Point') return isPosition(geometry.coordinates) ? { lon: geometry.coordinates[0], lat: geometry.coordinates[1] } : 'bad';
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
    const ring: unknown =
      geometry.type === 'Polygon' ? (geometry.coordinates as unknown[] | undefined)?.[0] : (geometry.coordinates as unknown[][] | undefined)?.[0]?.[0];
    if (!Array.isArray(ring) || ring.length < 4 || !ring.every(isPosition)) return 'bad';
    const corners = ring.slice(0, -1);
    return { lon: corners.reduce((s, p) => s + p[0], 0) / corners.length, lat: corners.reduce((s, p) => s + p[1], 0) / corners.length };
  }
  return 'unsupported';
}

/** The stable id of an OSM-style feature: `@id` (`node/123`), `osm_type` + `osm_id`, the feature's id, or an `id` / `ref` property. */
function externalIdOf(f: Record<string, unknown>, props: Record<string, unknown>): string {
  const osm = text(props.osm_type) && text(props.osm_id) ? `${text(props.osm_type)}/${text(props.osm_id)}` : '';
  return text(props['@id']) || osm || text(f.id) || first(props, ['id', 'ref']);
}

/** The address of a feature: `address`, or OSM's `addr:street` + `addr:housenumber`. */
function addressOf(props: Record<string, unknown>): string {
  const street = text(props['addr:street']);
  const house = text(props['addr:housenumber']);
  return text(props.address) || (street ? (house ? `${street}, ${house}` : street) : '');
}

/**
 * Reads places from a GeoJSON FeatureCollection (as overpass turbo or a city portal exports it): Points, or
 * Polygons taken at their middle. Properties: `name` (or `name:ru`), an id (see externalIdOf), `address` or
 * `addr:*`, `opening_hours`, `phone` / `contact:phone`, `email` / `contact:email`, `website` / `contact:website` /
 * `url`, `osm_url` or `source_url` (the record at its source), `sample` (true for invented sample data). Problems
 * name the feature by its number in the file, from 1.
 */
export function readPlacesGeoJson(json: unknown): PlaceReading {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features))
    return { places: [], problems: [{ at: null, code: 'not_feature_collection', params: {} }] };
  const problems: PlaceProblem[] = [];
  const places: ImportedPlace[] = [];
  json.features.forEach((f: unknown, i: number) => {
    const at = i + 1;
    if (!isRecord(f) || f.type !== 'Feature') return problems.push({ at, code: 'not_a_feature', params: {} });
    const props = isRecord(f.properties) ? f.properties : {};
    const point = pointOf(f.geometry);
    if (point === 'unsupported') {
      const type = isRecord(f.geometry) && typeof f.geometry.type === 'string' ? f.geometry.type.slice(0, 40) : 'null';
      return problems.push({ at, code: 'geometry_unsupported', params: { type } });
    }
    if (point === 'bad') return problems.push({ at, code: 'bad_coordinates', params: {} });
    const place = checkPlace(
      at,
      {
        externalId: externalIdOf(f, props),
        name: first(props, ['name', 'name:ru']),
        address: addressOf(props),
        openingHours: text(props.opening_hours),
        phone: first(props, ['phone', 'contact:phone']),
        email: first(props, ['email', 'contact:email']),
        website: first(props, ['website', 'contact:website', 'url']),
        sourceUrl: first(props, ['source_url', 'osm_url']),
        lat: point.lat,
        lon: point.lon,
        isSample: truthy(props.sample),
      },
      problems,
    );
    if (place) places.push(place);
  });
  if (!json.features.length) problems.push({ at: null, code: 'no_places', params: {} });
  return { places, problems: [...problems, ...duplicateProblems(places)].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)) };
}

/** The CSV columns: `id`, `name`, `lat`, `lon` required; the others optional. */
export const csvColumns = ['id', 'name', 'address', 'lat', 'lon', 'opening_hours', 'phone', 'email', 'website', 'source_url', 'sample'] as const;
const requiredColumns = ['id', 'name', 'lat', 'lon'] as const;

/** A coordinate as spreadsheets write it: a dot or a comma for the decimal point. */
const coordinate = (s: string) => (/^-?\d{1,3}([.,]\d+)?$/.test(s.trim()) ? Number(s.trim().replace(',', '.')) : NaN);

/** Reads places from CSV with a header line (columns in any order, see csvColumns); problems name the line. */
export function readPlacesCsv(csv: string): PlaceReading {
  const reading = readCsv(csv);
  if (!reading.ok) return { places: [], problems: [{ at: reading.problem.line, code: 'csv_syntax', params: { kind: reading.problem.code } }] };
  const [header, ...rows] = reading.records;
  if (!header) return { places: [], problems: [{ at: null, code: 'no_places', params: {} }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = requiredColumns.filter((c) => !names.includes(c));
  if (missing.length) return { places: [], problems: [{ at: header.line, code: 'csv_header', params: { columns: missing.join(', ') } }] };
  const col = (row: string[], c: (typeof csvColumns)[number]) => {
    const i = names.indexOf(c);
    return i < 0 ? '' : text(row[i] ?? '');
  };
  const problems: PlaceProblem[] = [];
  const places: ImportedPlace[] = [];
  for (const { line, fields } of rows) {
    if (fields.length > names.length) {
      problems.push({ at: line, code: 'csv_columns', params: { found: fields.length, expected: names.length } });
      continue;
    }
    const place = checkPlace(
      line,
      {
        externalId: col(fields, 'id'),
        name: col(fields, 'name'),
        address: col(fields, 'address'),
        openingHours: col(fields, 'opening_hours'),
        phone: col(fields, 'phone'),
        email: col(fields, 'email'),
        website: col(fields, 'website'),
        sourceUrl: col(fields, 'source_url'),
        lat: coordinate(col(fields, 'lat')),
        lon: coordinate(col(fields, 'lon')),
        isSample: truthy(col(fields, 'sample')),
      },
      problems,
    );
    if (place) places.push(place);
  }
  if (!rows.length) problems.push({ at: null, code: 'no_places', params: {} });
  return { places, problems: [...problems, ...duplicateProblems(places)].sort((a, b) => (a.at ?? 0) - (b.at ?? 0)) };
}

/** What a re-import does to a layer: places matched by their external id keep their id. */
export interface PlaceImportPlan {
  added: number;
  updated: number;
  removed: number;
}

/** Counts a re-import's changes: ids in the file and not stored are added, both updated, stored and not in the file removed. */
export function planPlaceImport(storedIds: readonly string[], fileIds: readonly string[]): PlaceImportPlan {
  const stored = new Set(storedIds);
  const file = new Set(fileIds);
  const updated = [...file].filter((id) => stored.has(id)).length;
  return { added: file.size - updated, updated, removed: [...stored].filter((id) => !file.has(id)).length };
}
