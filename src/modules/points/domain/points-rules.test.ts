import { describe, expect, it } from 'vitest';
import { defaultLevels, levelOf, levelsProblem, monthlyBadges, redemptionCode } from './points-rules.js';

describe('points rules', () => {
  it.each([
    [0, 'Newcomer', 300],
    [299, 'Newcomer', 1],
    [1000, 'Active citizen', 2000],
    [5000, 'Honoured citizen', null],
  ])('%i lifetime points → %s, %s missing to the next', (earned, name, missing) => {
    const { level, next } = levelOf(defaultLevels, earned);
    expect(level?.nameEn).toBe(name);
    expect(next?.missing ?? null).toBe(missing);
  });

  it('levels need a 0 and distinct thresholds', () => {
    expect(levelsProblem([{ threshold: 10, nameRu: 'a', nameEn: 'a' }])).toBe('levels_need_zero');
    expect(levelsProblem([...defaultLevels, { threshold: 0, nameRu: 'a', nameEn: 'a' }])).toBe('levels_duplicate');
    expect(levelsProblem(defaultLevels)).toBeNull();
  });

  it('gives monthly badges for five contributions and for three kinds', () => {
    const badges = monthlyBadges([
      { month: '2026-10', action: 'comment.posted', count: 5 },
      { month: '2026-11', action: 'comment.posted', count: 1 },
      { month: '2026-11', action: 'report.filed', count: 1 },
      { month: '2026-11', action: 'ballot.cast', count: 1 },
      { month: '2026-11', action: 'adjustment', count: 9 },
    ]);
    expect(badges).toEqual([
      { month: '2026-11', kind: 'all_rounder', count: 3 },
      { month: '2026-10', kind: 'active_month', count: 5 },
    ]);
  });

  it('makes readable codes', () => {
    expect(redemptionCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]))).toMatch(/^GRD-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  });
});
