import { describe, expect, it } from 'vitest';
import { phaseSentenceDay } from './phase-dates.js';

describe('the day the current phase’s sentence names', () => {
  // voting ends at the midnight results start: 15 December 00:00 in the city
  const next = '2026-12-14T21:00:00.000Z';
  it('"until" names the last day of the phase, as the administrators’ page shows it', () => {
    for (const phase of ['intake', 'review', 'voting'] as const) expect(phaseSentenceDay(phase, next)).toEqual({ day: 'last', iso: next });
  });
  it('"from" and "on" name the first day of the next phase', () => {
    for (const phase of ['informing', 'tallying', 'results'] as const) expect(phaseSentenceDay(phase, next)).toEqual({ day: 'first', iso: next });
  });
});
