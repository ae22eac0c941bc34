import { describe, expect, it } from 'vitest';
import { checkBallot, type BallotRules, type ChoiceStanding, type Choice } from './ballot-rules.js';
import { parseDecimal } from './fraction.js';

const costs: Record<number, string> = { 1: '5000000', 2: '7000000.50', 3: '3000000', 4: '9000000' };
const standing = (n: number): ChoiceStanding =>
  costs[n]
    ? { standing: 'on-ballot', cost: parseDecimal(costs[n]) }
    : n === 50
      ? { standing: 'other-heading' }
      : n === 60
        ? { standing: 'not-on-ballot' }
        : { standing: 'unknown' };
const rules = (r: Partial<BallotRules>): BallotRules => ({
  kind: 'approval-budget',
  amount: parseDecimal('15000000'),
  minProjects: null,
  maxProjects: null,
  pointsTotal: null,
  pointsPerProject: null,
  ...r,
});
const problem = (r: Partial<BallotRules>, choices: Choice[]) => {
  const c = checkBallot(rules(r), choices, standing);
  return c.ok ? 'ok' : `${c.problem.code} ${JSON.stringify(c.problem.params)}`;
};
const nums = (...ns: number[]) => ns.map((number) => ({ number }));

describe('what a ballot may contain', () => {
  it('approval-budget: the chosen projects must fit in the amount, to the kopeck', () => {
    expect(problem({}, nums(1, 2))).toBe('ok');
    expect(problem({}, nums(1, 2, 3))).toBe('ballot_over_budget {"total":"15000000.5","amount":"15000000"}');
    expect(problem({ amount: parseDecimal('15000000.50') }, nums(1, 2, 3))).toBe('ok');
  });
  it('approval-count: between the minimum and maximum number of projects', () => {
    const r = { kind: 'approval-count' as const, minProjects: 2, maxProjects: 3 };
    expect(problem(r, nums(1))).toBe('ballot_too_few {"min":2}');
    expect(problem(r, [])).toBe('ballot_too_few {"min":2}');
    expect(problem(r, nums(1, 2, 3, 4))).toBe('ballot_too_many {"max":3}');
    expect(problem(r, nums(1, 2, 3, 4).slice(0, 3))).toBe('ok');
  });
  it('points: a per-project maximum and a total', () => {
    const r = { kind: 'points' as const, pointsTotal: 10, pointsPerProject: 5 };
    expect(
      problem(r, [
        { number: 1, points: 5 },
        { number: 2, points: 5 },
      ]),
    ).toBe('ok');
    expect(problem(r, [{ number: 1, points: 6 }])).toBe('ballot_points_over_project {"number":1,"max":5}');
    expect(
      problem(r, [
        { number: 1, points: 5 },
        { number: 2, points: 4 },
        { number: 3, points: 2 },
      ]),
    ).toBe('ballot_points_over_total {"total":11,"max":10}');
    expect(problem(r, [{ number: 1 }])).toBe('ballot_points_missing {"number":1}');
    expect(problem(r, [{ number: 1, points: 0 }])).toBe('ballot_points_missing {"number":1}');
  });
  it('approval ballots take no points other than 1', () => {
    expect(problem({}, [{ number: 1, points: 1 }])).toBe('ok');
    expect(problem({}, [{ number: 1, points: 3 }])).toBe('ballot_points_not_allowed {"number":1}');
  });
  it('refuses an empty ballot, a project twice, an unknown one, another heading’s and one not on the ballot', () => {
    expect(problem({}, [])).toBe('ballot_empty {"min":1}');
    expect(problem({}, nums(1, 1))).toBe('ballot_duplicate_project {"number":1}');
    expect(problem({}, nums(1, 99))).toBe('ballot_project_unknown {"number":99}');
    expect(problem({}, nums(50))).toBe('ballot_project_other_heading {"number":50}');
    expect(problem({}, nums(60))).toBe('ballot_project_not_on_ballot {"number":60}');
  });
  it('normalises the ballot: numbers ascending with their points', () => {
    const c = checkBallot(
      rules({ kind: 'points', pointsTotal: 10, pointsPerProject: 5 }),
      [
        { number: 3, points: 2 },
        { number: 1, points: 4 },
      ],
      standing,
    );
    expect(c).toMatchObject({ ok: true, numbers: [1, 3], points: [4, 2] });
  });
});
