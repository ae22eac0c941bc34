import { describe, expect, it } from 'vitest';
import { actionProblem, decide, hidesOnFlag, needsReason } from './case-rules.js';

describe('case rules', () => {
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
