/**
 * When the daily digest goes out: the first `hour`:00 in the city's time zone strictly after
 * `after`. Computed with Intl, so zones with daylight saving time and zones whose local date differs
 * from the UTC date are handled; a local hour that does not exist on a day the clocks jump forward
 * lands on the instant the clocks jumped to.
 */
export function nextDigestTime(after: Date, hour: number, timeZone: string): Date {
  const local = localParts(after, timeZone);
  let candidate = zonedToUtc(local.year, local.month, local.day, hour, timeZone);
  for (let days = 1; candidate.getTime() <= after.getTime() && days <= 3; days++) {
    candidate = zonedToUtc(local.year, local.month, local.day + days, hour, timeZone);
  }
  return candidate;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock reading of an instant in a zone. */
function localParts(at: Date, timeZone: string): LocalParts {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour! % 24, minute: parts.minute!, second: parts.second! };
}

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function offsetMs(instant: number, timeZone: string): number {
  const p = localParts(new Date(instant), timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant a wall-clock time (day may overflow the month) is reached in a zone. */
function zonedToUtc(year: number, month: number, day: number, hour: number, timeZone: string): Date {
  const wall = Date.UTC(year, month - 1, day, hour);
  // the offset at the guess may differ from the offset at the answer near a transition: correct once more
  const first = wall - offsetMs(wall, timeZone);
  const second = wall - offsetMs(first, timeZone);
  return new Date(second);
}
