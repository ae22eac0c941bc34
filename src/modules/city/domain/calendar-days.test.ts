import { describe, expect, it } from 'vitest';
import { calendarEntryProblem, fixedHolidays, isIsoDay, parseCalendarCsv } from './calendar-days.js';

describe('the working-day calendar data', () => {
  it('parses the CSV, mapping «shortened» to short_day and keeping notes with commas', () => {
    const rows = parseCalendarCsv(
      'date,kind,note\n2026-01-09,day_off_transferred,перенос с субботы 3 января\n2026-04-30,shortened,предпраздничный день, на час короче\n\n',
    );
    expect(rows).toEqual([
      { day: '2026-01-09', kind: 'day_off_transferred', note: 'перенос с субботы 3 января' },
      { day: '2026-04-30', kind: 'short_day', note: 'предпраздничный день, на час короче' },
    ]);
  });

  it('reads a byte-order mark, CRLF lines and quoted notes holding commas, quotes and line breaks', () => {
    const rows = parseCalendarCsv('\ufeffdate,kind,note\r\n2026-01-09,day_off_transferred,"перенос, ""с субботы""\r\n3 января"\r\n2026-04-30,shortened,\r\n');
    expect(rows).toEqual([
      { day: '2026-01-09', kind: 'day_off_transferred', note: 'перенос, "с субботы"\r\n3 января' },
      { day: '2026-04-30', kind: 'short_day', note: null },
    ]);
  });

  it('names the line of a bad row after a note over several lines, and of a quote never closed', () => {
    expect(() => parseCalendarCsv('date,kind,note\n2026-01-09,holiday,"two\nlines"\n2026-02-30,holiday,x')).toThrow(/line 4/);
    expect(() => parseCalendarCsv('date,kind,note\n2026-01-09,holiday,x\n2026-01-10,holiday,"open\n')).toThrow(/line 3: unclosed quote/);
  });

  it('refuses a bad header, date or kind, naming the line', () => {
    expect(() => parseCalendarCsv('day,kind\n')).toThrow(/header/);
    expect(() => parseCalendarCsv('date,kind,note\n2026-02-30,holiday,x')).toThrow(/line 2/);
    expect(() => parseCalendarCsv('date,kind,note\n2026-02-03,feast,x')).toThrow(/line 2/);
  });

  it('the fixed holidays of a year: 14 days, 1–8 January to 4 November', () => {
    const days = fixedHolidays(2027);
    expect(days).toHaveLength(14);
    expect(days.map((d) => d.day)).toEqual(
      expect.arrayContaining(['2027-01-01', '2027-01-08', '2027-02-23', '2027-03-08', '2027-05-01', '2027-05-09', '2027-06-12', '2027-11-04']),
    );
    expect(days.every((d) => d.kind === 'holiday')).toBe(true);
  });

  it.each([
    ['2026-01-05', true],
    ['2026-02-29', false],
    ['2028-02-29', true],
    ['2026-13-01', false],
    ['26-01-05', false],
    ['1999-01-01', false],
  ])('%s is a date: %s', (value, expected) => {
    expect(isIsoDay(value)).toBe(expected);
  });

  it.each([
    ['2026-01-10', 'working_weekend', null], // Saturday
    ['2026-01-12', 'working_weekend', 'calendar_working_weekend'], // Monday
    ['2026-01-12', 'short_day', null],
    ['2026-01-11', 'short_day', 'calendar_short_day'], // Sunday
    ['2026-01-11', 'holiday', null],
    ['2026-01-12', 'day_off_transferred', null],
  ] as const)('%s as %s → %s', (day, kind, expected) => {
    expect(calendarEntryProblem(day, kind)).toBe(expected);
  });
});
