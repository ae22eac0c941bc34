import { describe, expect, it } from 'vitest';
import { zonedToUtc } from '../../../core/time/time.js';
import type { WorkCalendar } from '../../../core/time/calendar.js';
import { afterSupport, answerDeadline, canMove, coinitiatorsMissing, isCollectingAt, isOverdue, supportWindow, type InitiativeStatus } from './lifecycle.js';

const tz = 'Europe/Moscow';
// 2027: Monday 8 March is a holiday; Saturday 6 November a working weekend in this made-up calendar
const calendar: WorkCalendar = new Map([
  ['2027-03-08', 'holiday'],
  ['2027-11-06', 'working_weekend'],
]);

describe('initiative lifecycle', () => {
  it.each<[InitiativeStatus, InitiativeStatus, boolean]>([
    ['draft', 'screening', true],
    ['draft', 'withdrawn', true],
    ['draft', 'collecting', false],
    ['screening', 'collecting', true],
    ['screening', 'inadmissible', true],
    ['screening', 'withdrawn', true],
    ['collecting', 'awaiting_answer', true],
    ['collecting', 'not_reached', true],
    ['collecting', 'withdrawn', false],
    ['awaiting_answer', 'answered', true],
    ['awaiting_answer', 'not_reached', false],
    ['answered', 'awaiting_answer', false],
    ['inadmissible', 'collecting', false],
    ['withdrawn', 'draft', false],
  ])('%s → %s: %s', (from, to, ok) => expect(canMove(from, to)).toBe(ok));

  it.each<[string, Date, number, Date]>([
    // Wednesday 3 March 2027 at noon, 2 working days → end of Friday 5 March
    ['weekdays only', zonedToUtc(2027, 3, 3, 12, tz), 2, zonedToUtc(2027, 3, 6, 0, tz)],
    // Friday 5 March evening, 1 working day: Saturday, Sunday and the 8 March holiday are skipped → end of Tuesday 9 March
    ['across a weekend and a holiday', zonedToUtc(2027, 3, 5, 18, tz), 1, zonedToUtc(2027, 3, 10, 0, tz)],
    // late on Friday in UTC is already Saturday in the city: counting starts from Saturday's local day
    ['the city’s day, not UTC’s', new Date('2027-03-05T22:30:00Z'), 1, zonedToUtc(2027, 3, 10, 0, tz)],
    // Friday 5 November 2027, 1 working day: Saturday 6 works
    ['a working weekend counts', zonedToUtc(2027, 11, 5, 18, tz), 1, zonedToUtc(2027, 11, 7, 0, tz)],
    // 10 working days from Friday 26 February: 1–5, (8 off) 9–12, 15 → end of Monday 15 March
    ['ten working days', zonedToUtc(2027, 2, 26, 10, tz), 10, zonedToUtc(2027, 3, 16, 0, tz)],
  ])('answer deadline: %s', (_n, reached, days, due) => expect(answerDeadline(reached, days, calendar, tz).toISOString()).toBe(due.toISOString()));

  it.each<[InitiativeStatus, string | null, string, boolean]>([
    ['awaiting_answer', '2027-03-10T00:00:00Z', '2027-03-10T00:00:01Z', true],
    ['awaiting_answer', '2027-03-10T00:00:00Z', '2027-03-10T00:00:00Z', false],
    ['awaiting_answer', null, '2027-03-10T00:00:00Z', false],
    ['answered', '2027-03-10T00:00:00Z', '2027-04-01T00:00:00Z', false],
  ])('overdue: %s due %s at %s → %s', (status, due, now, overdue) =>
    expect(isOverdue({ status, answerDueAt: due ? new Date(due) : null }, new Date(now))).toBe(overdue),
  );

  it('opens a support window of whole days from admission', () => {
    const now = new Date('2027-03-01T09:00:00Z');
    expect(supportWindow(now, 60)).toEqual({ supportOpensAt: now, supportClosesAt: new Date('2027-04-30T09:00:00Z') });
  });

  it.each<[number, number, number]>([
    [0, 5, 5],
    [3, 5, 2],
    [5, 5, 0],
    [7, 5, 0],
    [0, 0, 0],
  ])('co-initiators %i of %i: %i missing', (have, min, missing) => expect(coinitiatorsMissing(have, min)).toBe(missing));

  it.each<[number, number, number, boolean]>([
    [0, 3, 1, false],
    [1, 3, 2, false],
    [2, 3, 3, true],
    [0, 1, 1, true],
  ])('support %i with threshold %i → %i, reached %s', (count, threshold, next, reached) =>
    expect(afterSupport(count, threshold)).toEqual({ supportCount: next, reached }),
  );

  it.each<[InitiativeStatus, string | null, boolean]>([
    ['collecting', '2027-03-10T00:00:00Z', true],
    ['collecting', '2027-03-09T12:00:00Z', false],
    ['collecting', null, false],
    ['screening', '2027-03-10T00:00:00Z', false],
  ])('collecting at noon 9 March: %s until %s → %s', (status, closes, yes) =>
    expect(isCollectingAt({ status, supportClosesAt: closes ? new Date(closes) : null }, new Date('2027-03-09T12:00:00Z'))).toBe(yes),
  );
});
