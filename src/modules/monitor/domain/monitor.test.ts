import { describe, expect, it } from 'vitest';
import { computeMeasures, monthBounds, monthOf, previousMonth, surveyPeriod } from './monitor.js';

describe('the monitor’s calendar', () => {
  it.each([
    ['2026-12-31T20:59:00Z', '2026-Q4', '2026-12-01'],
    // 00:00 on 1 January in Moscow is still 31 December in UTC
    ['2026-12-31T21:00:00Z', '2027-Q1', '2027-01-01'],
    ['2026-04-01T00:00:00Z', '2026-Q2', '2026-04-01'],
    ['2026-03-31T20:59:59Z', '2026-Q1', '2026-03-01'],
  ])('%s is in %s and the month of %s, city time', (at, period, month) => {
    expect(surveyPeriod(new Date(at), 'Europe/Moscow')).toBe(period);
    expect(monthOf(new Date(at), 'Europe/Moscow')).toBe(month);
  });

  it('bounds a month on the city’s clock and steps back across a year', () => {
    expect(monthBounds('2026-12-01', 'Europe/Moscow')).toEqual({ from: new Date('2026-11-30T21:00:00Z'), to: new Date('2026-12-31T21:00:00Z') });
    expect(previousMonth('2027-01-01')).toBe('2026-12-01');
    expect(previousMonth('2026-10-01')).toBe('2026-09-01');
  });
});

describe('the six measures', () => {
  const none = { registered: 0, activeResidents: 0, activeDays: 0, participants: 0, volunteers: 0, volunteerHours: 0, answers: [], sampleAnswers: 0 };
  it('withholds what fewer than ten people stand behind, and a share whose part is under ten', () => {
    const m = computeMeasures({ ...none, registered: 1000, activeResidents: 200, activeDays: 300, participants: 9 });
    expect(m.trust.activeShare).toEqual({ value: 20, people: 200 });
    expect(m.trust.daysPerActive).toEqual({ value: 1.5, people: 200 });
    expect(m.participation.participants).toEqual({ value: null, people: null, few: true });
    expect(m.participation.shareOfActive).toEqual({ value: null, people: null, few: true });
    expect(m.usefulness.mean).toEqual({ value: null, people: null, few: true });
    expect(m.quiet).toBe(false);
    expect(computeMeasures(none).quiet).toBe(true);
  });

  it('counts only the questions answered: a skipped one neither lowers a mean nor counts toward ten', () => {
    const answers = Array.from({ length: 12 }, (_, i) => ({ usefulness: i < 10 ? 4 : null, recommend: null, community: i < 9 ? 5 : null }));
    const m = computeMeasures({ ...none, answers });
    expect(m.usefulness.mean).toEqual({ value: 4, people: 10 });
    expect(m.community.mean).toEqual({ value: null, people: null, few: true });
    expect(m.recommendation.nps).toEqual({ value: null, people: null, few: true });
  });
});
