/**
 * Open311 GeoReport v2 output, pure: W3C date-times with their zone, the open|closed status, and
 * the XML form of a response. Both formats are built from one plain value: the JSON form is that
 * value as is (the spec's "Spark convention": a container element becomes an array), the XML form
 * names each array's items (`services` → `service`, `attributes` → `attribute`…).
 * Spec: http://wiki.open311.org/GeoReport_v2 and http://wiki.open311.org/Service_Discovery.
 */
import { localParts, zonedToUtc } from '../../../core/time/time.js';
import type { ReportStatus } from './lifecycle.js';
import { openStatuses } from './report-rules.js';

export const open311Formats = ['json', 'xml'] as const;
export type Open311Format = (typeof open311Formats)[number];

export const isOpen311Format = (v: string): v is Open311Format => (open311Formats as readonly string[]).includes(v);

/** Content types the spec names for each format (UTF-8 everywhere). */
export const open311ContentType: Record<Open311Format, string> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** Open311's two statuses. */
export type Open311Status = 'open' | 'closed';

/** A report's status as Open311 sees it: open until closed, rejected, merged or declined as not the city's. */
export function open311Status(status: ReportStatus): Open311Status {
  return openStatuses.includes(status) ? 'open' : 'closed';
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/**
 * An instant as a W3C date-time on the city's wall clock with its offset, e.g.
 * `2026-03-02T14:05:09+03:00` (the spec requires the zone; whole seconds, as in its examples).
 */
export function w3cDateTime(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const offsetMinutes = Math.round((wall - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const zone = offsetMinutes === 0 ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${zone}`;
}

const w3cPattern = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}))?$/;

/**
 * Reads a W3C date-time a client sent (`start_date`, `end_date`): a full date-time with its zone,
 * or a bare date meaning the start of that day on the city's clock. Null when it is not one.
 */
export function parseW3cDateTime(text: string, timeZone: string): Date | null {
  const m = w3cPattern.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi = '00', s = '00', frac = '', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h ?? '0');
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCMonth() !== month - 1) return null; // 31 February
  if (h === undefined) return zonedToUtc(year, month, day, 0, timeZone);
  let offset = 0;
  if (zone !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const [oh, om] = zone.slice(1).split(':').map(Number) as [number, number];
    if (oh > 14 || om > 59) return null;
    offset = sign * (oh * 60 + om);
  }
  const ms = Number(`0.${frac || '0'}`) * 1000;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second, Math.floor(ms)) - offset * 60_000);
}

// ---------------------------------------------------------------------------------------------
// XML

/** A value that becomes JSON as is and XML by `toXml`. */
export type Open311Value = string | number | boolean | null | Open311Value[] | { [key: string]: Open311Value | undefined };

// eslint-disable-next-line no-control-regex
const notXmlChar = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text made safe inside an XML element: markup characters escaped, characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(notXmlChar, '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

const namePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function element(name: string, value: Open311Value | undefined, itemNames: Readonly<Record<string, string>>, indent: string): string {
  if (!namePattern.test(name)) throw new Error(`not an XML element name: ${name}`);
  if (value === undefined) return '';
  if (value === null) return `${indent}<${name}/>\n`;
  if (Array.isArray(value)) {
    const item = itemNames[name];
    if (!item) throw new Error(`no item name for the array ${name}`);
    if (!value.length) return `${indent}<${name}/>\n`;
    return `${indent}<${name}>\n${value.map((v) => element(item, v, itemNames, `${indent}  `)).join('')}${indent}</${name}>\n`;
  }
  if (typeof value === 'object') {
    const inner = Object.entries(value)
      .map(([k, v]) => element(k, v, itemNames, `${indent}  `))
      .join('');
    return inner ? `${indent}<${name}>\n${inner}${indent}</${name}>\n` : `${indent}<${name}/>\n`;
  }
  const text = escapeXml(String(value));
  return text ? `${indent}<${name}>${text}</${name}>\n` : `${indent}<${name}/>\n`;
}

/**
 * The XML document of a response: the declaration with UTF-8, then `root`. Arrays become a
 * container whose children are named by `itemNames` (the top-level array's items by `itemNames[root]`);
 * null becomes an empty element; undefined leaves the element out.
 */
export function toXml(root: string, value: Open311Value, itemNames: Readonly<Record<string, string>>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(root, value, itemNames, '')}`;
}

/** The element names of every Open311 response (root → item). */
export const open311ItemNames: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
};

/** One error of an error response; `code` is the HTTP status (400, 403, 404) as the spec's examples have it. */
export interface Open311Error {
  code: number;
  description: string;
}

/** A response body in the requested format: JSON as the value is, XML under `root`. */
export function renderOpen311(format: Open311Format, root: string, value: Open311Value): string {
  return format === 'json' ? JSON.stringify(value) : toXml(root, value, open311ItemNames);
}

/** The error body: `[{code, description}]`, or `<errors><error><code/><description/></error></errors>`. */
export function renderOpen311Errors(format: Open311Format, errors: readonly Open311Error[]): string {
  return renderOpen311(
    format,
    'errors',
    errors.map((e) => ({ code: e.code, description: e.description })),
  );
}
