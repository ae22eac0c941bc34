import { describe, expect, it } from 'vitest';
import { actionProblem, caseDueAt, decide, hidesOnFlag, isCaseOverdue, needsReason } from './case-rules.js';

describe('case rules', () => {
  // opened Friday 5 June 2026 at 10:00 UTC: due Sunday at 10:00 (hours, weekends included)
  const openedAt = new Date('2026-06-05T10:00:00Z');
  it('an open case is due two days after it opened, weekend included', () => {
    expect(caseDueAt(openedAt).toISOString()).toBe('2026-06-07T10:00:00.000Z');
  });

  it.each([
    ['open', '2026-06-07T10:00:00Z', false],
    ['open', '2026-06-07T10:00:01Z', true],
    ['closed', '2026-06-20T10:00:00Z', false],
  ] as const)('a %s case at %s is overdue: %s', (status, now, expected) => {
    expect(isCaseOverdue({ status, openedAt }, new Date(now))).toBe(expected);
  });

  it.each([
    [2, 'visible', false, false],
    [3, 'visible', false, true],
    [4, 'visible', false, true],
    [3, 'hidden', false, false],
    [3, 'held', false, false],
    [5, 'visible', true, false],
  ] as const)('%d flags on %s content (reviewed: %s) hides it: %s', (flagCount, state, reviewed, expected) => {
    expect(hidesOnFlag({ flagCount, threshold: 3, state, reviewed })).toBe(expected);
  });

  it.each([
    ['visible', 'hide', null],
    ['hidden', 'hide', null],
    ['held', 'hide', null],
    ['hidden', 'restore', null],
    ['held', 'restore', null],
    ['visible', 'restore', 'nothing_to_restore'],
    ['visible', 'dismiss', null],
    ['hidden', 'dismiss', 'restore_or_hide'],
    ['held', 'dismiss', 'restore_or_hide'],
  ] as const)('%s content, %s: problem %j', (state, action, expected) => {
    expect(actionProblem(state, action)).toBe(expected);
  });

  it.each([
    ['hide', { state: 'hidden', decision: 'hidden', event: 'content.hidden' }, true],
    ['restore', { state: 'visible', decision: 'restored', event: 'content.restored' }, true],
    ['dismiss', { state: 'visible', decision: 'dismissed', event: null }, false],
  ] as const)('%s → %j (needs a reason: %s)', (action, expected, reason) => {
    expect(decide(action)).toEqual(expected);
    expect(needsReason(action)).toBe(reason);
  });
});
