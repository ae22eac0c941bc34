import { describe, expect, it } from 'vitest';
import { cityDateTime } from './time.js';

describe('cityDateTime', () => {
  it('shows the moment on the city clock, Moscow being UTC+3 all year', () => {
    expect(cityDateTime(new Date('2026-12-01T15:00:00Z'), 'Europe/Moscow')).toBe('2026-12-01 18:00');
  });
  it('crosses midnight into the next local day', () => {
    expect(cityDateTime(new Date('2026-12-31T22:30:00Z'), 'Europe/Moscow')).toBe('2027-01-01 01:30');
  });
});
