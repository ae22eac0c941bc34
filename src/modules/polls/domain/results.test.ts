import { describe, expect, it } from 'vitest';
import { decide, fractionText, percentText, pollResults, questionResults, type DecisionRule, type QuestionResult } from './results.js';

const rule: DecisionRule = { questionId: 'q', optionId: 'yes', minTurnoutCount: null, minTurnoutPermille: null, numerator: 7, denominator: 10, strict: true };
const question = (yes: number, no: number): QuestionResult => ({
  questionId: 'q',
  kind: 'single',
  answered: yes + no,
  options: [
    { optionId: 'yes', count: yes },
    { optionId: 'no', count: no },
  ],
});

describe('decide', () => {
  it.each<[string, Partial<DecisionRule>, number, number | null, [number, number], string, boolean]>([
    ['64 % against > 70 %', {}, 100, null, [64, 36], 'majority_not_reached', false],
    ['exactly 70 % is not more than 70 %', {}, 100, null, [70, 30], 'majority_not_reached', false],
    ['71 % passes > 70 %', {}, 100, null, [71, 29], 'passed', true],
    ['exactly 2/3 passes ≥ 2/3', { numerator: 2, denominator: 3, strict: false }, 3, null, [2, 1], 'passed', true],
    ['just under 2/3 fails ≥ 2/3', { numerator: 2, denominator: 3, strict: false }, 1000, null, [666, 334], 'majority_not_reached', false],
    ['50 % fails > 50 %', { numerator: 1, denominator: 2 }, 2, null, [1, 1], 'majority_not_reached', false],
    ['turnout count not reached', { minTurnoutCount: 101 }, 100, null, [100, 0], 'turnout_below_count', false],
    ['turnout count reached exactly', { minTurnoutCount: 100 }, 100, null, [100, 0], 'passed', true],
    ['turnout share not reached (99 of 1000 < 10 %)', { minTurnoutPermille: 100 }, 99, 1000, [99, 0], 'turnout_below_share', false],
    ['turnout share reached (100 of 1000)', { minTurnoutPermille: 100 }, 100, 1000, [100, 0], 'passed', true],
    ['turnout share with nobody eligible', { minTurnoutPermille: 100 }, 5, 0, [5, 0], 'turnout_below_share', false],
    ['nobody answered the question', {}, 0, null, [0, 0], 'majority_not_reached', false],
  ])('%s', (_name, r, responses, eligible, [yes, no], reason, passed) => {
    const d = decide({ ...rule, ...r }, responses, eligible, question(yes, no));
    expect(d.reason).toBe(reason);
    expect(d.passed).toBe(passed);
  });

  it('states the figures in words', () => {
    expect(decide(rule, 100, null, question(64, 36))).toMatchObject({ inFavourPercent: '64', required: '> 70 %', inFavour: 64, answered: 100 });
    expect(decide({ ...rule, numerator: 2, denominator: 3, strict: false }, 3, null, question(2, 1)).required).toBe('≥ 66.6 %');
  });
});

describe('questionResults', () => {
  it('counts options, Borda points, first places and an exact mean', () => {
    const r = questionResults(
      [
        { id: 'k', kind: 'ranking', scale: null, optionIds: ['a', 'b', 'c'] },
        { id: 'r', kind: 'rating', scale: 5, optionIds: [] },
        { id: 'm', kind: 'multiple', scale: null, optionIds: ['x', 'y'] },
      ],
      [
        { questionId: 'k', optionId: 'a', value: 1, isText: false, count: 2 },
        { questionId: 'k', optionId: 'b', value: 2, isText: false, count: 2 },
        { questionId: 'k', optionId: 'c', value: 3, isText: false, count: 1 },
        { questionId: 'k', optionId: 'c', value: 1, isText: false, count: 1 },
        { questionId: 'k', optionId: 'a', value: 3, isText: false, count: 1 },
        { questionId: 'k', optionId: 'b', value: 2, isText: false, count: 0 },
        { questionId: 'r', optionId: null, value: 3, isText: false, count: 1 },
        { questionId: 'r', optionId: null, value: 4, isText: false, count: 1 },
        { questionId: 'm', optionId: 'x', value: null, isText: false, count: 3 },
      ],
      new Map([
        ['k', 3],
        ['r', 2],
        ['m', 3],
      ]),
    );
    expect(r[0]!.options).toEqual([
      { optionId: 'a', count: 3, borda: 4, firstPlaces: 2 },
      { optionId: 'b', count: 2, borda: 2, firstPlaces: 0 },
      { optionId: 'c', count: 2, borda: 2, firstPlaces: 1 },
    ]);
    expect(r[1]).toMatchObject({ distribution: [0, 0, 1, 1, 0], mean: { fraction: '7/2', decimal: '3.50' } });
    expect(r[2]!.options).toEqual([
      { optionId: 'x', count: 3 },
      { optionId: 'y', count: 0 },
    ]);
  });

  it('formats fractions and percentages without rounding up', () => {
    expect(fractionText(6, 4)).toBe('3/2');
    expect(fractionText(8, 4)).toBe('2');
    expect(percentText(699, 1000)).toBe('69.9');
    expect(percentText(6999, 10000)).toBe('69.9');
  });
});

describe('the turnout of an advisory poll', () => {
  // 300 responses, 120 of them from verified residents; 1000 verified residents live in the targeted districts
  const results = (verifiedResponses: number | undefined) =>
    pollResults({
      computedAt: new Date('2026-12-01T12:00:00Z'),
      questions: [{ id: 'q', kind: 'single', scale: null, optionIds: ['yes', 'no'] }],
      counts: [
        { questionId: 'q', optionId: 'yes', value: null, isText: false, count: 200 },
        { questionId: 'q', optionId: 'no', value: null, isText: false, count: 100 },
      ],
      answered: new Map([['q', 300]]),
      responses: 300,
      ...(verifiedResponses === undefined ? {} : { verifiedResponses }),
      eligible: 1000,
      districts: [],
      ageBands: [],
      rule: { ...rule, minTurnoutPermille: 200, numerator: 1, denominator: 2 },
    });

  it('divides the responses of verified residents by the verified residents, not every response', () => {
    const r = results(120);
    expect(r.responses).toBe(300);
    expect(r.turnoutPermille).toBe(120);
    // 12 % of the verified residents answered: a 20 % minimum share is not reached
    expect(r.decision).toMatchObject({ passed: false, reason: 'turnout_below_share' });
  });

  it('never passes 100 % when many unverified residents answer', () => {
    const r = pollResults({
      ...{ computedAt: new Date(), questions: [], counts: [], answered: new Map(), districts: [], ageBands: [], rule: null },
      responses: 5000,
      verifiedResponses: 900,
      eligible: 1000,
    });
    expect(r.turnoutPermille).toBe(900);
  });

  it('counts every response when all respondents are verified (binding and verified-only polls)', () => {
    expect(results(300).turnoutPermille).toBe(300);
    expect(results(undefined).turnoutPermille).toBe(300);
  });
});
