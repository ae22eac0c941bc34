import { describe, expect, it } from 'vitest';
import { ratingEffect, ratingFigures } from './answer-ratings.js';

describe('answer ratings', () => {
  it.each([
    ['the reporter’s “not fixed” within the dispute window', 'not_fixed', 'reporter', true, 'reopen'],
    ['the reporter’s “not fixed” after the window', 'not_fixed', 'reporter', false, 'tell_department'],
    ['a supporter’s “not fixed”', 'not_fixed', 'supporter', true, 'tell_department'],
    ['the reporter’s “partly fixed”', 'partly_fixed', 'reporter', true, 'none'],
    ['the reporter’s “fixed” while they may confirm', 'fixed', 'reporter', true, 'confirm'],
    ['the reporter’s “fixed” after the report closed', 'fixed', 'reporter', false, 'none'],
    ['a supporter’s “fixed”', 'fixed', 'supporter', true, 'none'],
  ] as const)('%s → %s', (_what, outcome, role, may, expected) => {
    expect(ratingEffect(outcome, role, { dispute: may, confirm: may })).toBe(expected);
  });

  it('shows shares from 10 ratings; 1–9 only as “< 10”, none as 0', () => {
    const none = { fixedShare: null, partlyFixedShare: null, notFixedShare: null, meanQuality: null };
    expect(ratingFigures({ count: 0, fixed: 0, partlyFixed: 0, notFixed: 0, qualitySum: 0 })).toEqual({ count: 0, ...none });
    expect(ratingFigures({ count: 9, fixed: 9, partlyFixed: 0, notFixed: 0, qualitySum: 45 })).toEqual({ count: '< 10', ...none });
    // 4 / 4 / 2 of 10; quality 37 / 10 = 3.7
    expect(ratingFigures({ count: 10, fixed: 4, partlyFixed: 4, notFixed: 2, qualitySum: 37 })).toEqual({
      count: 10,
      fixedShare: 0.4,
      partlyFixedShare: 0.4,
      notFixedShare: 0.2,
      meanQuality: 3.7,
    });
  });
});
