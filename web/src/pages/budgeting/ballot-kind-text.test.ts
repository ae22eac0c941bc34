import { describe, expect, it } from 'vitest';
import { ru } from '../../i18n/ru.js';
import { ballotKindText, type HeadingRules } from './ballot-kind-text.js';

const count = (h: Partial<HeadingRules>) =>
  ballotKindText({ ballotKind: 'approval-count', minProjects: null, maxProjects: null, pointsTotal: null, pointsPerProject: null, ...h });

describe('how a heading’s ballot is described', () => {
  it('an unset maximum is not written as 0 («от 1 до 0 проектов»)', () => {
    expect(count({ minProjects: 1, maxProjects: null })).toEqual({ key: 'cycle.ballotKind.approval-count-any', params: {} });
    expect(count({ minProjects: 1, maxProjects: 0 })).toEqual({ key: 'cycle.ballotKind.approval-count-any', params: {} });
    expect(count({ minProjects: 2, maxProjects: null })).toEqual({ key: 'cycle.ballotKind.approval-count-min', params: { count: 2 } });
  });
  it('a range, an unset minimum (at least one) and an exact number', () => {
    expect(count({ minProjects: 2, maxProjects: 5 })).toEqual({ key: 'cycle.ballotKind.approval-count', params: { min: 2, max: 5 } });
    expect(count({ maxProjects: 3 })).toEqual({ key: 'cycle.ballotKind.approval-count', params: { min: 1, max: 3 } });
    expect(count({ minProjects: 3, maxProjects: 3 })).toEqual({ key: 'cycle.ballotKind.approval-count-exact', params: { count: 3 } });
  });
  it('every key it names has a text', () => {
    const keys = new Set(Object.keys(ru).map((k) => k.replace(/_(one|few|many|other)$/, '')));
    for (const h of [{}, { minProjects: 2 }, { maxProjects: 3 }, { minProjects: 3, maxProjects: 3 }]) expect(keys.has(count(h).key)).toBe(true);
    const points = ballotKindText({ ballotKind: 'points', minProjects: null, maxProjects: null, pointsTotal: 10, pointsPerProject: null });
    expect(keys.has(points.key)).toBe(true);
  });
});
