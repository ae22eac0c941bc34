import { describe, expect, it } from 'vitest';
import { decide, hidesOnFlag } from './case-rules.js';

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
    ['visible', 'hide', 'insults', { ok: true, state: 'hidden', decision: 'hidden', event: 'content.hidden' }],
    ['hidden', 'hide', 'insults', { ok: true, state: 'hidden', decision: 'hidden', event: 'content.hidden' }],
    ['held', 'hide', 'insults', { ok: true, state: 'hidden', decision: 'hidden', event: 'content.hidden' }],
    ['hidden', 'restore', 'no violation', { ok: true, state: 'visible', decision: 'restored', event: 'content.restored' }],
    ['held', 'restore', 'fine', { ok: true, state: 'visible', decision: 'restored', event: 'content.restored' }],
    ['visible', 'restore', 'fine', { ok: false, reason: 'nothing_to_restore' }],
    ['visible', 'dismiss', null, { ok: true, state: 'visible', decision: 'dismissed', event: null }],
    ['hidden', 'dismiss', null, { ok: false, reason: 'restore_or_hide' }],
    ['visible', 'hide', null, { ok: false, reason: 'reason_required' }],
    ['hidden', 'restore', null, { ok: false, reason: 'reason_required' }],
  ] as const)('%s content, %s (%s) → %j', (state, action, reason, expected) => {
    expect(decide(state, action, reason)).toEqual(expected);
  });
});
