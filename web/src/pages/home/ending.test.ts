import { describe, expect, it } from 'vitest';
import { ending } from './ending.js';

const moscow = 'Europe/Moscow'; // UTC+3 all year

describe('when something open ends, on the city’s clock', () => {
  it('a poll closing at midnight is open all of the day before: that is its last day, with no hour', () => {
    // 21 December 00:00 in Moscow is 20 December 21:00 UTC
    const e = ending('2026-12-20T21:00:00Z', new Date('2026-12-15T09:00:00Z'), moscow);
    expect(e.time).toBeNull();
    expect(e.daysLeft).toBe(5);
    expect(e.last.toISOString()).toBe('2026-12-20T20:59:59.999Z');
    expect(e.thisYear).toBe(true);
  });

  it('one closing during the day names its hour in the city, and counts calendar days, not 24-hour spans', () => {
    // 20 December 18:00 in Moscow; now is 19 December 23:30 in Moscow (20:30 UTC): one day left
    const e = ending('2026-12-20T15:00:00Z', new Date('2026-12-19T20:30:00Z'), moscow);
    expect(e.time).toBe('18:00');
    expect(e.daysLeft).toBe(1);
  });

  it('on the last day none are left; a browser elsewhere reads the city’s day', () => {
    // 02:00 UTC on 20 December is already 20 December in Moscow
    expect(ending('2026-12-20T21:00:00Z', new Date('2026-12-20T02:00:00Z'), moscow).daysLeft).toBe(0);
    expect(ending('2026-12-20T21:00:00Z', new Date('2026-12-19T20:59:00Z'), moscow).daysLeft).toBe(1);
  });

  it('says when the last day is in another year', () => {
    expect(ending('2027-01-10T21:00:00Z', new Date('2026-12-30T09:00:00Z'), moscow)).toMatchObject({ daysLeft: 11, thisYear: false });
  });
});
