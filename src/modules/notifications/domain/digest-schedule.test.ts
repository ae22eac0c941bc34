import { describe, expect, it } from 'vitest';
import { nextDigestTime } from './digest-schedule.js';

const at = (iso: string) => new Date(iso);

describe('nextDigestTime', () => {
  it.each([
    // Moscow is UTC+3 all year: 08:00 local is 05:00 UTC
    ['before the hour, same day', '2026-01-10T04:59:00Z', 8, 'Europe/Moscow', '2026-01-10T05:00:00.000Z'],
    ['exactly at the hour: the next day', '2026-01-10T05:00:00Z', 8, 'Europe/Moscow', '2026-01-11T05:00:00.000Z'],
    ['a millisecond after the hour', '2026-01-10T05:00:00.001Z', 8, 'Europe/Moscow', '2026-01-11T05:00:00.000Z'],
    ['late evening UTC is already tomorrow in Moscow', '2026-01-10T22:30:00Z', 8, 'Europe/Moscow', '2026-01-11T05:00:00.000Z'],
    ['midnight digest', '2026-01-10T20:59:00Z', 0, 'Europe/Moscow', '2026-01-10T21:00:00.000Z'],
    ['end of month rolls over', '2026-01-31T06:00:00Z', 8, 'Europe/Moscow', '2026-02-01T05:00:00.000Z'],
    ['end of year rolls over', '2026-12-31T06:00:00Z', 8, 'Europe/Moscow', '2027-01-01T05:00:00.000Z'],
    // Berlin: CET (UTC+1) in winter, CEST (UTC+2) from the last Sunday of March
    ['winter in Berlin', '2026-03-27T12:00:00Z', 8, 'Europe/Berlin', '2026-03-28T07:00:00.000Z'],
    ['across the spring-forward night', '2026-03-28T12:00:00Z', 8, 'Europe/Berlin', '2026-03-29T06:00:00.000Z'],
    ['across the fall-back night', '2026-10-24T12:00:00Z', 8, 'Europe/Berlin', '2026-10-25T07:00:00.000Z'],
    ['an hour skipped by the clocks lands where they jumped to', '2026-03-28T12:00:00Z', 2, 'Europe/Berlin', '2026-03-29T01:00:00.000Z'],
    // a half-hour zone, and a zone whose local date is ahead of UTC's
    ['Kolkata (UTC+5:30)', '2026-06-01T00:00:00Z', 8, 'Asia/Kolkata', '2026-06-01T02:30:00.000Z'],
    ['Auckland (UTC+13 in January): local date is tomorrow', '2026-01-10T12:00:00Z', 8, 'Pacific/Auckland', '2026-01-10T19:00:00.000Z'],
    ['New York (UTC−5 in winter): 07:00 local, so today', '2026-01-10T12:00:00Z', 8, 'America/New_York', '2026-01-10T13:00:00.000Z'],
    ['New York after the hour', '2026-01-10T13:30:00Z', 8, 'America/New_York', '2026-01-11T13:00:00.000Z'],
  ])('%s', (_what, after, hour, zone, expected) => {
    expect(nextDigestTime(at(after), hour, zone).toISOString()).toBe(expected);
  });

  it('is always strictly later and within a day', () => {
    for (const zone of ['Europe/Moscow', 'Europe/Berlin', 'America/Los_Angeles', 'Australia/Lord_Howe', 'Asia/Kathmandu']) {
      for (let h = 0; h < 24 * 400; h += 7) {
        const after = new Date(Date.UTC(2026, 0, 1) + h * 3600_000 + 123);
        const next = nextDigestTime(after, 8, zone);
        expect(next.getTime()).toBeGreaterThan(after.getTime());
        expect(next.getTime() - after.getTime()).toBeLessThanOrEqual(25 * 3600_000);
      }
    }
  });
});
