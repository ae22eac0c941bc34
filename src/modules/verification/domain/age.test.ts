import { describe, expect, it } from 'vitest';
import { ageBand, ageOn } from './age.js';

describe('age from a birth date', () => {
  it.each([
    ['2008-11-26', '2026-11-26', 18],
    ['2008-11-27', '2026-11-26', 17],
    ['2008-12-01', '2026-11-26', 17],
    ['2008-02-29', '2026-02-28', 17],
    ['2008-02-29', '2026-03-01', 18],
    ['1950-01-01', '2026-11-26', 76],
  ])('born %s is %s years old on %s', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });

  it.each([
    [17, 'under-18'],
    [18, '18-24'],
    [34, '25-34'],
    [64, '55-64'],
    [65, '65+'],
  ] as const)('%s years is band %s', (age, band) => {
    expect(ageBand(age)).toBe(band);
  });
});
