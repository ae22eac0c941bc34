import { readCsv } from '../../../core/csv/csv.js';
import type { CalendarDayKind } from '../../../core/time/calendar.js';
import { isoDay } from '../../../core/time/calendar.js';

/** The kinds of exception to the five-day week an administrator can list. */
export const calendarDayKinds = ['holiday', 'day_off_transferred', 'working_weekend', 'short_day'] as const satisfies readonly CalendarDayKind[];

export function isCalendarDayKind(v: string): v is CalendarDayKind {
  return (calendarDayKinds as readonly string[]).includes(v);
}

/** A listed day: its local date, kind and an optional note (e.g. «перенос с субботы 3 января»). */
export interface CalendarEntry {
  day: string;
  kind: CalendarDayKind;
  note: string | null;
}

/** True for a real calendar date written `YYYY-MM-DD` (years 2000–2100). */
export function isIsoDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 2000 && y <= 2100 && isoDay(y, mo, d) === value;
}

const isWeekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());

/**
 * Why a day cannot be listed with this kind, or null: a working weekend must be a Saturday or a
 * Sunday, and a shortened pre-holiday day a weekday (a transferred day off or a holiday may fall on any day).
 */
export function calendarEntryProblem(day: string, kind: CalendarDayKind): 'calendar_working_weekend' | 'calendar_short_day' | null {
  if (kind === 'working_weekend' && !isWeekend(day)) return 'calendar_working_weekend';
  if (kind === 'short_day' && isWeekend(day)) return 'calendar_short_day';
  return null;
}

// The data file says `shortened` for what the table calls `short_day`.
const csvKinds: Record<string, CalendarDayKind> = {
  holiday: 'holiday',
  day_off_transferred: 'day_off_transferred',
  working_weekend: 'working_weekend',
  shortened: 'short_day',
  short_day: 'short_day',
};

/**
 * Parses `date,kind,note` CSV (data/ru_calendar_2026.csv); throws naming the line when one is not valid.
 * A note may be quoted; unquoted, its commas stay in it (the fields after the kind are the note).
 */
export function parseCalendarCsv(text: string): CalendarEntry[] {
  const read = readCsv(text, { trim: false });
  if (!read.ok) throw new Error(`calendar file, line ${read.problem.line}: ${read.problem.code.replace('_', ' ')}`);
  const [header, ...rows] = read.records;
  const names = header?.fields.map((f) => f.trim()).join(',');
  if (names !== 'date,kind,note') throw new Error(`calendar file: expected the header "date,kind,note", got "${names ?? ''}"`);
  return rows.map(({ line, fields }) => {
    const [day = '', kind = '', ...note] = fields;
    const mapped = csvKinds[kind.trim()];
    if (!isIsoDay(day.trim()) || !mapped) throw new Error(`calendar file, line ${line}: "${fields.join(',')}"`);
    return { day: day.trim(), kind: mapped, note: note.join(',').trim() || null };
  });
}

// Labour Code of the Russian Federation, art. 112: the non-working public holidays.
const fixed: [number, number, string][] = [
  [1, 1, 'Новогодние каникулы'],
  [1, 2, 'Новогодние каникулы'],
  [1, 3, 'Новогодние каникулы'],
  [1, 4, 'Новогодние каникулы'],
  [1, 5, 'Новогодние каникулы'],
  [1, 6, 'Новогодние каникулы'],
  [1, 7, 'Рождество Христово'],
  [1, 8, 'Новогодние каникулы'],
  [2, 23, 'День защитника Отечества'],
  [3, 8, 'Международный женский день'],
  [5, 1, 'Праздник Весны и Труда'],
  [5, 9, 'День Победы'],
  [6, 12, 'День России'],
  [11, 4, 'День народного единства'],
];

/**
 * A year's fixed public holidays (art. 112), without transfers: the government publishes each
 * year's transfers in the autumn before, and administrators enter them then.
 */
export function fixedHolidays(year: number): CalendarEntry[] {
  return fixed.map(([m, d, note]) => ({ day: isoDay(year, m, d), kind: 'holiday' as const, note }));
}
