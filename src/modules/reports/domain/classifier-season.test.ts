import { describe, expect, it } from 'vitest';
import { inSeason, isMonthDay } from './classifier-season.js';

describe('season windows', () => {
  it.each([
    [null, null, '2026-07-01', true],
    ['05-15', null, '2026-01-01', true],
    ['05-15', '10-15', '2026-05-14', false],
    ['05-15', '10-15', '2026-05-15', true],
    ['05-15', '10-15', '2026-10-15', true],
    ['05-15', '10-15', '2026-10-16', false],
    ['11-15', '03-31', '2026-12-31', true],
    ['11-15', '03-31', '2027-01-10', true],
    ['11-15', '03-31', '2026-04-01', false],
    ['11-15', '03-31', '2026-11-14', false],
    ['02-29', '02-29', '2028-02-29', true],
  ])('%s..%s on %s → %s', (seasonFrom, seasonTo, day, expected) => {
    expect(inSeason({ seasonFrom, seasonTo }, day)).toBe(expected);
  });

  it.each([
    ['01-01', true],
    ['12-31', true],
    ['02-29', true],
    ['02-30', false],
    ['04-31', false],
    ['13-40', false],
    ['00-10', false],
    ['1-05', false],
    ['01-5', false],
    ['2026-01-05', false],
  ])('%s is a month-day: %s', (value, expected) => {
    expect(isMonthDay(value)).toBe(expected);
  });
});
