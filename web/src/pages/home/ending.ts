// When something open ends, as a resident reads it: the last day on the city's calendar (a time only when it does
// not end at midnight) and how many days are left. Pure: the moment, now and the zone are inputs.

/** The end of something open, on the city's calendar. */
export interface Ending {
  /** The last moment one can still take part: a poll closing at midnight is open all of the day before. */
  last: Date;
  /** The hour it closes («18:00»), or null when it ends at midnight (the whole last day is open). */
  time: string | null;
  /** Whole calendar days from today to the last day (0: today is the last day). */
  daysLeft: number;
  /** Whether the last day is in this year (the year need not be written). */
  thisYear: boolean;
}

function cityParts(d: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day'), hour: get('hour'), minute: get('minute') };
}

const dayNumber = (p: { y: number; m: number; d: number }) => Date.UTC(p.y, p.m - 1, p.d) / 86_400_000;

/** The end of something open at `iso`, read on the city's clock at `now`. */
export function ending(iso: string, now: Date, timeZone: string): Ending {
  const end = new Date(iso);
  const at = cityParts(end, timeZone);
  const midnight = at.hour === 0 && at.minute === 0;
  const last = midnight ? new Date(end.getTime() - 1) : end;
  const lastDay = cityParts(last, timeZone);
  const today = cityParts(now, timeZone);
  return {
    last,
    time: midnight ? null : `${String(at.hour).padStart(2, '0')}:${String(at.minute).padStart(2, '0')}`,
    daysLeft: Math.max(0, dayNumber(lastDay) - dayNumber(today)),
    thisYear: lastDay.y === today.y,
  };
}
