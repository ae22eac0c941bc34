import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, workingDaysBetween, type CalendarDayKind } from './calendar.js';

// Russia 2026 (Government decree № 1466 of 24.09.2025): 1–11 January off, 23 February, 9 March, 1 and 11 May, 12 June, 4 November, 31 December.
const ru2026 = new Map<string, CalendarDayKind>([
  ['2026-01-01', 'holiday'],
  ['2026-01-02', 'holiday'],
  ['2026-01-05', 'holiday'],
  ['2026-01-06', 'holiday'],
  ['2026-01-07', 'holiday'],
  ['2026-01-08', 'holiday'],
  ['2026-01-09', 'day_off_transferred'],
  ['2026-02-23', 'holiday'],
  ['2026-03-09', 'day_off_transferred'],
  ['2026-05-01', 'holiday'],
  ['2026-05-11', 'day_off_transferred'],
  ['2026-06-12', 'holiday'],
  ['2026-11-04', 'holiday'],
  ['2026-12-31', 'day_off_transferred'],
]);
const msk = 'Europe/Moscow';

describe('the working-day calendar', () => {
  it('knows weekends, holidays and transferred days off', () => {
    expect(isWorkingDay('2026-11-25', ru2026)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-11-28', ru2026)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-04', ru2026)).toBe(false); // National Unity Day
    expect(isWorkingDay('2026-01-09', ru2026)).toBe(false); // transferred from 3 January
    expect(isWorkingDay('2026-11-28', new Map([['2026-11-28', 'working_weekend' as const]]))).toBe(true);
  });

  it('a report filed on Friday evening with one working day is due at the end of Monday, Moscow time', () => {
    const friday = new Date('2026-11-27T17:30:00Z'); // 20:30 in Moscow
    expect(addWorkingDays(friday, 1, ru2026, msk).toISOString()).toBe('2026-11-30T21:00:00.000Z'); // Tue 00:00 MSK
  });

  it('skips the new-year break: eight working days from 30 December 2025 end with 20 January 2026', () => {
    const at = new Date('2025-12-30T09:00:00Z');
    // 31 Dec 2025 (Wed), then 12, 13, 14, 15, 16, 19, 20 January 2026 = 8 working days
    expect(addWorkingDays(at, 8, ru2026, msk).toISOString()).toBe('2026-01-20T21:00:00.000Z');
  });

  it('counts the local day, not the UTC day, near midnight', () => {
    const lateSunday = new Date('2026-11-29T21:30:00Z'); // Monday 00:30 in Moscow
    expect(addWorkingDays(lateSunday, 1, ru2026, msk).toISOString()).toBe('2026-12-01T21:00:00.000Z'); // end of Tuesday
    expect(addWorkingDays(lateSunday, 0, ru2026, msk).toISOString()).toBe('2026-11-30T21:00:00.000Z');
  });

  it('counts working days between two moments', () => {
    expect(workingDaysBetween(new Date('2026-11-02T09:00:00Z'), new Date('2026-11-09T09:00:00Z'), ru2026, msk)).toBe(4); // 3, 5, 6, 9 Nov (4 Nov a holiday)
    expect(workingDaysBetween(new Date('2026-11-09T09:00:00Z'), new Date('2026-11-02T09:00:00Z'), ru2026, msk)).toBe(0);
  });
});
