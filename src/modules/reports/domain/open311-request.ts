/**
 * What an Open311 client sends, read and checked, pure: the fields of POST Service Request (from a
 * form-encoded or JSON body) and the filters of GET Service Requests. Problems come back as values
 * naming the field, for the spec's error response (400 each).
 */
import { cleanLine, cleanName, cleanText, textLength } from '../../../core/text/text.js';
import { parseW3cDateTime, type Open311Status } from './open311-format.js';

/** A body as name/value pairs, in order (what `application/x-www-form-urlencoded` carries). */
export type FieldPairs = ReadonlyArray<readonly [string, string]>;

/** Why a field was refused. */
export type Open311Problem =
  | { field: string; problem: 'missing' | 'invalid' | 'repeated' | 'not_a_number' | 'out_of_range' | 'lat_long_pair' | 'location_missing' | 'too_many' }
  | { field: 'start_date' | 'end_date'; problem: 'date_order' | 'date_span'; days?: number };

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Open311Problem[] };

/** The fields of POST Service Request. Empty values count as absent, as the spec's "optional" says. */
export interface Open311Submission {
  apiKey: string | null;
  jurisdictionId: string | null;
  serviceCode: string | null;
  lat: number | null;
  long: number | null;
  addressString: string | null;
  addressId: string | null;
  email: string | null;
  deviceId: string | null;
  accountId: string | null;
  firstName: string | null;
  lastName: string | null;
  phone: string | null;
  description: string | null;
  mediaUrl: string | null;
  /**
   * `attribute[code]=value` (one value) and `attribute[code][]=value` (several, for list attributes). A map: a code
   * is the client's text, and `__proto__`, `constructor` or `toString` must be a code like any other (unknown).
   */
  attributes: ReadonlyMap<string, readonly string[]>;
}

const plainFields = {
  api_key: 'apiKey',
  jurisdiction_id: 'jurisdictionId',
  service_code: 'serviceCode',
  lat: 'lat',
  long: 'long',
  address_string: 'addressString',
  address_id: 'addressId',
  email: 'email',
  device_id: 'deviceId',
  account_id: 'accountId',
  first_name: 'firstName',
  last_name: 'lastName',
  phone: 'phone',
  description: 'description',
  media_url: 'mediaUrl',
} as const satisfies Record<string, keyof Open311Submission>;

/** Longest value of any field but the description (the spec limits descriptions to 4,000 characters). */
export const open311FieldMax = 1000;
export const open311DescriptionMax = 4000;
/** Most attributes one request may carry. */
export const open311AttributesMax = 20;

const attributePattern = /^attribute\[([A-Za-z0-9_.-]{1,64})\](\[\])?$/;

/**
 * Turns a JSON body into name/value pairs as a form would carry them: `attribute` may be an object
 * (`{"attribute": {"floor": "3"}}`) or flat keys (`"attribute[floor]": "3"`); arrays repeat a name.
 * Null when the body is not a flat object of strings, numbers and booleans.
 */
export function pairsFromJson(body: unknown): FieldPairs | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const pairs: [string, string][] = [];
  const scalar = (v: unknown) => (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? String(v) : null);
  for (const [key, value] of Object.entries(body)) {
    if (value === null || value === undefined) continue;
    if (key === 'attribute' && typeof value === 'object' && !Array.isArray(value)) {
      for (const [code, v] of Object.entries(value as Record<string, unknown>)) {
        if (Array.isArray(v)) {
          for (const item of v) {
            const s = scalar(item);
            if (s === null) return null;
            pairs.push([`attribute[${code}][]`, s]);
          }
        } else if (v !== null && v !== undefined) {
          const s = scalar(v);
          if (s === null) return null;
          pairs.push([`attribute[${code}]`, s]);
        }
      }
      continue;
    }
    if (Array.isArray(value)) {
      for (const item of value) {
        const s = scalar(item);
        if (s === null) return null;
        pairs.push([key, s]);
      }
      continue;
    }
    const s = scalar(value);
    if (s === null) return null;
    pairs.push([key, s]);
  }
  return pairs;
}

/** Reads a number a client sent as text; null when it is not a plain decimal. */
function decimal(text: string): number | null {
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

/**
 * Reads POST Service Request: each field once (a repeated one is refused, except list attributes),
 * lat and long together and in range, a location of some kind, lengths within the spec's limits.
 * Unknown fields are ignored, as extensions are. Whether the key, service and attributes are valid
 * is for the use case to decide.
 */
export function readSubmission(pairs: FieldPairs): Checked<Open311Submission> {
  const problems: Open311Problem[] = [];
  const attributes = new Map<string, string[]>();
  const seen = new Set<string>();
  const text: Partial<Record<keyof typeof plainFields, string>> = {};
  for (const [name, raw] of pairs) {
    const attr = attributePattern.exec(name);
    if (attr) {
      const v = cleanLine(raw);
      const code = attr[1]!;
      const list = attributes.get(code) ?? [];
      attributes.set(code, list);
      if (!attr[2] && list.length) problems.push({ field: name, problem: 'repeated' });
      if (textLength(v) > open311FieldMax) problems.push({ field: name, problem: 'invalid' });
      if (v) list.push(v);
      if (attributes.size > open311AttributesMax) {
        problems.push({ field: 'attribute', problem: 'too_many' });
        break;
      }
      continue;
    }
    if (!Object.hasOwn(plainFields, name)) continue;
    const field = name as keyof typeof plainFields;
    if (seen.has(field)) {
      problems.push({ field, problem: 'repeated' });
      continue;
    }
    seen.add(field);
    // the one text rule: a description keeps its paragraphs, names are names, the rest are lines
    const v = field === 'description' ? cleanText(raw) : field === 'first_name' || field === 'last_name' ? cleanName(raw) : cleanLine(raw);
    if (!v) continue;
    if (textLength(v) > (field === 'description' ? open311DescriptionMax : open311FieldMax)) {
      problems.push({ field, problem: 'invalid' });
      continue;
    }
    text[field] = v;
  }
  for (const [code, list] of attributes) if (!list.length) attributes.delete(code);

  const value: Open311Submission = {
    apiKey: null,
    jurisdictionId: null,
    serviceCode: null,
    lat: null,
    long: null,
    addressString: null,
    addressId: null,
    email: null,
    deviceId: null,
    accountId: null,
    firstName: null,
    lastName: null,
    phone: null,
    description: null,
    mediaUrl: null,
    attributes,
  };
  for (const [field, key] of Object.entries(plainFields) as [keyof typeof plainFields, keyof Open311Submission][]) {
    if (field === 'lat' || field === 'long') continue;
    (value as unknown as Record<string, string | null>)[key] = text[field] ?? null;
  }
  const lat = text.lat === undefined ? null : decimal(text.lat);
  const long = text.long === undefined ? null : decimal(text.long);
  if (text.lat !== undefined && lat === null) problems.push({ field: 'lat', problem: 'not_a_number' });
  if (text.long !== undefined && long === null) problems.push({ field: 'long', problem: 'not_a_number' });
  if (lat !== null && (lat < -90 || lat > 90)) problems.push({ field: 'lat', problem: 'out_of_range' });
  if (long !== null && (long < -180 || long > 180)) problems.push({ field: 'long', problem: 'out_of_range' });
  if ((text.lat === undefined) !== (text.long === undefined)) problems.push({ field: text.lat === undefined ? 'lat' : 'long', problem: 'lat_long_pair' });
  value.lat = lat;
  value.long = long;
  if (text.lat === undefined && text.long === undefined && !text.address_string && !text.address_id)
    problems.push({ field: 'lat', problem: 'location_missing' });
  if (!text.service_code) problems.push({ field: 'service_code', problem: 'missing' });
  else if (!/^\d{1,9}$/.test(text.service_code)) problems.push({ field: 'service_code', problem: 'invalid' });
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

// ---------------------------------------------------------------------------------------------
// GET Service Requests

/** What GET Service Requests asks for. With `ids`, every other filter is ignored (the spec: it "overrides all other arguments"). */
export type Open311Query =
  { kind: 'ids'; ids: number[] } | { kind: 'search'; serviceCodes: number[] | null; statuses: Open311Status[] | null; start: Date; end: Date };

/** The spec's default and widest window, and its cap on a response. */
export const open311WindowDays = 90;
export const open311MaxRequests = 1000;

const dayMs = 86_400_000;

/** A query value as one comma-separated string (a parameter declared several times is joined). */
function commaList(v: string | string[] | undefined): string[] | null {
  if (v === undefined) return null;
  const items = (Array.isArray(v) ? v.join(',') : v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return items.length ? items : null;
}

const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v.join(',') : v)?.trim() || undefined;

/**
 * Reads the filters of GET Service Requests: `service_request_id` (comma list), `service_code`
 * (comma list), `start_date` / `end_date` (W3C; at most 90 days apart; the most recent 90 days when
 * neither is given, 90 days from the one given otherwise), `status` (open, closed; comma list).
 */
export function readRequestsQuery(query: Record<string, string | string[] | undefined>, now: Date, timeZone: string): Checked<Open311Query> {
  const problems: Open311Problem[] = [];
  const ids = commaList(query.service_request_id);
  if (ids) {
    if (ids.length > open311MaxRequests) return { ok: false, problems: [{ field: 'service_request_id', problem: 'too_many' }] };
    if (ids.some((id) => !/^\d{1,15}$/.test(id) || Number(id) < 1)) return { ok: false, problems: [{ field: 'service_request_id', problem: 'invalid' }] };
    return { ok: true, value: { kind: 'ids', ids: [...new Set(ids.map(Number))] } };
  }
  const codes = commaList(query.service_code);
  if (codes && codes.some((c) => !/^\d{1,9}$/.test(c))) problems.push({ field: 'service_code', problem: 'invalid' });
  const statuses = commaList(query.status);
  if (statuses && statuses.some((s) => s !== 'open' && s !== 'closed')) problems.push({ field: 'status', problem: 'invalid' });
  const startText = single(query.start_date);
  const endText = single(query.end_date);
  const start = startText === undefined ? null : parseW3cDateTime(startText, timeZone);
  const end = endText === undefined ? null : parseW3cDateTime(endText, timeZone);
  if (startText !== undefined && !start) problems.push({ field: 'start_date', problem: 'invalid' });
  if (endText !== undefined && !end) problems.push({ field: 'end_date', problem: 'invalid' });
  if (problems.length) return { ok: false, problems };
  const window = open311WindowDays * dayMs;
  const to = end ?? (start ? new Date(start.getTime() + window) : now);
  const from = start ?? new Date(to.getTime() - window);
  if (from > to) return { ok: false, problems: [{ field: 'start_date', problem: 'date_order' }] };
  if (to.getTime() - from.getTime() > window) return { ok: false, problems: [{ field: 'end_date', problem: 'date_span', days: open311WindowDays }] };
  return {
    ok: true,
    value: {
      kind: 'search',
      serviceCodes: codes ? [...new Set(codes.map(Number))] : null,
      statuses: statuses ? [...new Set(statuses as Open311Status[])] : null,
      start: from,
      end: to,
    },
  };
}

/** Whether a token a client sent could be one of ours (URL-safe, short). */
export const isOpen311Token = (token: string) => /^[A-Za-z0-9_-]{8,64}$/.test(token);

/** Whether a service code in a path could be a reason id. */
export const isServiceCode = (code: string) => /^\d{1,9}$/.test(code);
