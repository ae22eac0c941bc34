/** A reason's season window: MM-DD to MM-DD inclusive, possibly wrapping the new year; both null means all year. */
export interface SeasonWindow {
  seasonFrom: string | null;
  seasonTo: string | null;
}

const monthDay = /^(\d{2})-(\d{2})$/;
const daysInMonth = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when `value` is a calendar month-day `MM-DD` (29 February allowed: it exists in leap years). */
export function isMonthDay(value: string): boolean {
  const m = monthDay.exec(value);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth[month - 1]!;
}

/**
 * Whether a local day `YYYY-MM-DD` falls inside the reason's season. No window (either end null)
 * means all year. A window whose end comes before its start wraps the new year (`11-15` to `03-31`
 * is winter).
 */
export function inSeason(reason: SeasonWindow, localDay: string): boolean {
  const { seasonFrom: from, seasonTo: to } = reason;
  if (!from || !to) return true;
  const md = localDay.slice(5, 10);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}
