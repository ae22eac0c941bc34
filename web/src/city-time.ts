// The city's time: a day or a moment typed into an admin form means the city's calendar and clock, whoever types
// it and wherever their browser thinks it is (an administrator on a trip, a browser left on UTC). Dates are turned
// into instants here, with the zone from GET /api/site, and never with the browser's own zone.
import { TZDateMini } from '@date-fns/tz';

let zone = 'Europe/Moscow';

/** The city's IANA time zone (Europe/Moscow until the site says otherwise). */
export function cityTimeZone(): string {
  return zone;
}

/** Takes the city's time zone from GET /api/site; an unknown zone keeps the one before. */
export function setCityTimeZone(tz: string): void {
  // the zone already in use needs no check (Intl's first formatter with a zone costs a long task on a phone)
  if (tz === zone) return;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    zone = tz;
  } catch {
    // an unknown zone: keep the one before
  }
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const minutePattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function inCity(y: number, m: number, d: number, h: number, min: number, s: number, ms: number, tz: string): string {
  return new Date(new TZDateMini(y, m - 1, d, h, min, s, ms, tz).getTime()).toISOString();
}

function parts(day: string) {
  const m = dayPattern.exec(day);
  if (!m) throw new RangeError(`not a day: ${day}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])] as const;
}

/** The instant a city day begins («2026-03-29» → its midnight in the city), for "from" fields and start dates. */
export function cityDayStart(day: string, tz = zone): string {
  const [y, m, d] = parts(day);
  return inCity(y, m, d, 0, 0, 0, 0, tz);
}

/** The last millisecond of a city day, for "until" and "valid until" fields that include the day. */
export function cityDayEnd(day: string, tz = zone): string {
  const [y, m, d] = parts(day);
  return inCity(y, m, d, 23, 59, 59, 999, tz);
}

/** The city day an instant falls on, as a date input takes it («2026-03-29»). */
export function cityDayOf(iso: string, tz = zone): string {
  const t = new TZDateMini(Date.parse(iso), tz);
  return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}`;
}

/** An instant as a datetime-local input shows it, on the city's clock («2026-03-29T14:05»). */
export function cityMinuteOf(iso: string, tz = zone): string {
  const t = new TZDateMini(Date.parse(iso), tz);
  return `${cityDayOf(iso, tz)}T${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** The instant a datetime-local value names on the city's clock; null when it is not one (an empty field). */
export function cityMinute(value: string, tz = zone): string | null {
  const m = minutePattern.exec(value);
  if (!m) return null;
  return inCity(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), 0, 0, tz);
}
