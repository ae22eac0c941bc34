import { describe, expect, it } from 'vitest';
import { ballotFile } from './ballot-file.js';
import { decideAndExplain, moneyText } from './explain.js';
import { frac, parseDecimal } from './fraction.js';
import { instanceFromPb } from './instance.js';
import { formatPb, parsePb } from './pabulib.js';

describe('explanations of a result', () => {
  it('rounds amounts to the kopeck, half up', () => {
    expect(moneyText(frac(1n, 3n))).toBe('0.33');
    expect(moneyText(frac(2n, 3n))).toBe('0.67');
    expect(moneyText('10001/2')).toBe('5000.50');
    expect(moneyText('12')).toBe('12.00');
    expect(moneyText(frac(-1n, 200n))).toBe('-0.01');
  });

  // 10 voters, budget 100: six like A (60), four like B (40) and C (40).
  const inst = {
    budget: parseDecimal('100'),
    kind: 'approval' as const,
    projects: [
      { id: 'A', cost: parseDecimal('60') },
      { id: 'B', cost: parseDecimal('40') },
      { id: 'C', cost: parseDecimal('40') },
      { id: 'D', cost: parseDecimal('10') },
    ],
    ballots: [...Array(6).fill({ ids: ['A'] }), ...Array(4).fill({ ids: ['B', 'C'] })],
  };

  it('greedy: winners by votes with the money left at each turn', () => {
    const o = decideAndExplain(inst, { rule: 'greedy', utility: 'cost', completion: 'none' });
    expect(o.selected).toEqual(['A', 'B']);
    expect(o.explanations.map((e) => [e.id, e.rank, e.votes, e.code, e.remainingBefore])).toEqual([
      ['A', 1, '6', 'funded', '100.00'],
      ['B', 2, '4', 'funded', '40.00'],
      ['C', 3, '4', 'did-not-fit-remaining-budget', '0.00'],
      ['D', 4, '0', 'did-not-fit-remaining-budget', '0.00'],
    ]);
  });

  it('equal shares: who paid, and whose money went elsewhere', () => {
    const o = decideAndExplain(inst, { rule: 'equal-shares', utility: 'cost', completion: 'none' });
    const by = new Map(o.explanations.map((e) => [e.id, e]));
    expect(o.selected).toEqual(['A', 'B']);
    expect(by.get('A')).toMatchObject({ funded: true, code: 'funded', supporters: 6, votes: '6' });
    expect(by.get('C')).toMatchObject({
      funded: false,
      code: 'supporters-money-spent',
      supportersFunded: ['B'],
      supportersMoneyAtStart: '40.00',
      supportersMoneyAtEnd: '0.00',
    });
    expect(by.get('D')).toMatchObject({ funded: false, code: 'no-supporters', supporters: 0 });
  });

  it('a ballot file reproduces the tally it was built for', () => {
    const election = ballotFile({
      description: 'Test',
      unit: 'Gorod',
      subunit: 'Nevsky\nheading',
      year: 2027,
      budget: '100.00',
      kind: 'points',
      minProjects: null,
      maxProjects: null,
      pointsTotal: 5,
      pointsPerProject: 3,
      rule: 'greedy',
      utility: 'cost',
      completion: 'none',
      projects: [
        { id: '7', number: 7, cost: '60.00', name: 'A; "quoted"\nname' },
        { id: '8', number: 8, cost: '50.50', name: 'B' },
      ],
      ballots: [
        { voterId: 'aa', ids: ['7', '8'], points: [3, 2] },
        { voterId: 'bb', ids: ['8'], points: [3] },
      ],
    });
    const text = formatPb(election);
    const back = parsePb(text);
    expect(back.meta).toMatchObject({ vote_type: 'cumulative', budget: '100', max_sum_points: '5', max_points: '3', gorod_rule: 'greedy' });
    expect(back.projects.map((p) => [p.id, p.name, p.fields.cost])).toEqual([
      ['7', 'A; "quoted" name', '60'],
      ['8', 'B', '50.5'],
    ]);
    expect(formatPb(back)).toBe(text);
    const o = decideAndExplain(instanceFromPb(back), { rule: 'greedy', utility: 'cost', completion: 'none' });
    expect(o.selected).toEqual(['8']);
    expect(o.explanations[0]).toMatchObject({ id: '8', votes: '5', funded: true });
  });
});
