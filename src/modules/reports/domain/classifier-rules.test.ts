import { describe, expect, it } from 'vitest';
import { changedFields, seasonWindowProblem } from './classifier-rules.js';

describe('classifier edit rules', () => {
  it.each([
    [null, null, null],
    ['05-15', '10-15', null],
    ['05-15', null, 'seasonTo'],
    [null, '10-15', 'seasonFrom'],
  ])('season %s..%s → %s', (from, to, expected) => {
    expect(seasonWindowProblem(from, to)).toBe(expected);
  });

  it('lists changed fields only, cutting long texts', () => {
    const before = { a: 1, b: 'x', c: [1], d: 'y'.repeat(200) };
    const after = { a: 1, b: 'z', c: [1, 2], d: 'w'.repeat(200) };
    const diff = changedFields(before, after, ['a', 'b', 'c', 'd']);
    expect(Object.keys(diff)).toEqual(['b', 'c', 'd']);
    expect(diff.b).toEqual({ from: 'x', to: 'z' });
    expect((diff.d!.to as string).length).toBe(118);
  });
});
