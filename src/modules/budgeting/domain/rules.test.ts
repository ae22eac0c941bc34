import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Completion, type Utility, equalShares } from './equal-shares.js';
import { frac, toString } from './fraction.js';
import { greedy } from './greedy.js';
import { type BudgetingInstance, instanceFromPb } from './instance.js';
import { parsePb } from './pabulib.js';

function instance(budget: number, costs: Record<string, number>, ballots: string[][], kind: BudgetingInstance['kind'] = 'approval', points?: number[][]): BudgetingInstance {
  return {
    budget: frac(BigInt(budget)),
    projects: Object.entries(costs).map(([id, cost]) => ({ id, cost: frac(BigInt(cost)) })),
    kind,
    ballots: ballots.map((ids, i) => (points ? { ids, points: points[i]! } : { ids })),
  };
}

describe('greedy', () => {
  it('funds by votes, skips what does not fit and tries the next, including projects with no votes', () => {
    const inst = instance(10, { a: 6, b: 5, c: 3, z: 1 }, [['a', 'b', 'c'], ['a', 'b'], ['a']]);
    const out = greedy(inst);
    expect(out.selected).toEqual(['a', 'c', 'z']);
    expect(toString(out.cost)).toBe('10');
    expect(out.explanations.map((e) => [e.id, e.code, e.votes, e.rank, e.remainingBefore])).toEqual([
      ['a', 'funded', '3', 1, '10'],
      ['b', 'did-not-fit-remaining-budget', '2', 2, '4'],
      ['c', 'funded', '1', 3, '4'],
      ['z', 'funded', '0', 4, '1'],
    ]);
  });

  it('breaks ties by the smaller id compared as strings ("10" before "9")', () => {
    expect(greedy(instance(5, { '9': 5, '10': 5 }, [['9'], ['10']])).selected).toEqual(['10']);
  });

  it('ranks points ballots by total points and ordinal ballots by rank points', () => {
    const pts = instance(5, { a: 5, b: 5 }, [['a'], ['b'], ['b']], 'points', [[10], [3], [3]]);
    expect(greedy(pts).selected).toEqual(['a']);
    const ord: BudgetingInstance = { ...instance(5, { a: 5, b: 5, c: 5 }, [['a', 'b'], ['b', 'c'], ['c', 'b']], 'ordinal'), maxLength: 2 };
    // a: 2, b: 1 + 2 + 1 = 4, c: 1 + 2 = 3
    expect(greedy(ord).explanations[0]).toMatchObject({ id: 'b', votes: '4' });
  });
});

describe('equal shares', () => {
  // three voters like A and B, one likes C; greedy gives the majority everything
  const majority = instance(100, { A: 50, B: 50, C: 50 }, [['A', 'B'], ['A', 'B'], ['A', 'B'], ['C']]);

  it('does not let a majority take the whole budget, and explains each project', () => {
    expect(greedy(majority).selected).toEqual(['A', 'B']);
    const out = equalShares(majority, { utility: 'approval', completion: 'none' });
    expect(out.selected).toEqual(['A']);
    expect(toString(out.share)).toBe('25');
    const [a, b, c] = out.explanations;
    expect(a).toMatchObject({ id: 'A', funded: true, code: 'funded', round: 1, rho: '50/3', supporters: 3 });
    expect(b).toMatchObject({ id: 'B', funded: false, code: 'supporters-money-spent', supportersMoneyAtStart: '75', supportersMoneyAtEnd: '25', supportersFunded: ['A'] });
    expect(c).toMatchObject({ id: 'C', funded: false, code: 'supporters-could-not-afford', supportersMoneyAtStart: '25' });
  });

  it('add1 raises shares by 1 until the outcome is exhaustive; add1-full until the next would not fit', () => {
    const add1 = equalShares(majority, { utility: 'cost', completion: 'add1' });
    expect(add1.selected).toEqual(['A', 'B']);
    expect(toString(add1.share)).toBe('34'); // 3·(s − 50/3) ≥ 50 first at s = 34
    const full = equalShares(majority, { utility: 'cost', completion: 'add1-full' });
    expect(full.selected).toEqual(['A', 'B']);
    expect(toString(full.share)).toBe('49'); // at 50 C becomes affordable and the outcome costs 150
  });

  it('add1 returns the previous outcome when the next goes over budget; add1-greedy then fills by votes', () => {
    const inst = instance(10, { X: 6, Y: 6 }, [['X'], ['Y']]);
    const add1 = equalShares(inst, { utility: 'cost', completion: 'add1' });
    expect(add1.selected).toEqual([]);
    expect(toString(add1.share)).toBe('5');
    const filled = equalShares(inst, { utility: 'cost', completion: 'add1-greedy' });
    expect(filled.selected).toEqual(['X']); // a tie on votes: X before Y
    expect(toString(filled.cost)).toBe('6');
    expect(filled.explanations[0]).toMatchObject({ id: 'X', code: 'funded-by-completion' });
    expect(filled.explanations[1]).toMatchObject({ id: 'Y', funded: false, greedy: { code: 'did-not-fit-remaining-budget' } });
  });

  it('breaks ties in ρ by the smaller id as a string', () => {
    const inst = instance(2, { '2': 2, '10': 2 }, [['2', '10'], ['2', '10']]);
    for (const utility of ['cost', 'approval'] as const) expect(equalShares(inst, { utility, completion: 'none' }).selected).toEqual(['10']);
  });

  it('cost utility values an expensive project by its cost; approval utility prefers the cheap one', () => {
    const inst = instance(30, { A: 30, B: 3 }, [['A', 'B'], ['A', 'B'], ['A', 'B']]);
    expect(equalShares(inst, { utility: 'cost', completion: 'none' }).selected).toEqual(['A']); // ρ = 1/3 for both: the tie goes to A
    expect(equalShares(inst, { utility: 'approval', completion: 'none' }).selected).toEqual(['B']);
  });

  it('uses points as utility for points ballots', () => {
    // voter 1 puts 9 points on A, voter 2 puts 1 on A and 1 on B
    const inst = instance(10, { A: 10, B: 5 }, [['A'], ['A', 'B']], 'points', [[9], [1, 1]]);
    const out = equalShares(inst, { utility: 'approval', completion: 'none' });
    expect(out.selected).toEqual(['A']);
    expect(out.explanations[0]).toMatchObject({ rho: '5' }); // voter 1 pays all 5 (< 9·ρ), voter 2 pays 1·ρ = 5
  });

  it('with no voters funds nothing', () => {
    expect(equalShares(instance(10, { A: 1 }, []), { utility: 'cost', completion: 'add1' }).selected).toEqual([]);
  });
});

// ---- every case of data/pabulib/EXPECTED.md against the real files ----
const dir = new URL('../../../../data/pabulib/', import.meta.url);
interface Case { file: string; rule: string; utility?: Utility; completion?: Completion; selected: string[] }
function expectedCases(): Case[] {
  const cases: Case[] = [];
  let file = '';
  for (const line of readFileSync(new URL('EXPECTED.md', dir), 'utf8').split('\n')) {
    const h = /^## (\S+\.pb)/.exec(line);
    if (h) { file = h[1]!; continue; }
    const m = /^- `(greedy|equal-shares --utility (cost|approval) --completion (none|add1|add1-full|add1-greedy))`: (.*)$/.exec(line);
    if (!m || !file) continue;
    const selected = m[4]!.split(',').map((s) => s.trim()).filter(Boolean);
    cases.push(m[2] ? { file, rule: m[1]!, utility: m[2] as Utility, completion: m[3] as Completion, selected } : { file, rule: m[1]!, selected });
  }
  return cases;
}
const cases = expectedCases();
const instances = new Map<string, BudgetingInstance>();
const load = (file: string): BudgetingInstance => {
  let inst = instances.get(file);
  if (!inst) { inst = instanceFromPb(parsePb(readFileSync(new URL(file, dir), 'utf8'))); instances.set(file, inst); }
  return inst;
};

describe('the pabutools outcomes in EXPECTED.md', () => {
  it('lists every case (5 files, 37 cases)', () => {
    expect(new Set(cases.map((c) => c.file)).size).toBe(5);
    expect(cases.length).toBe(37);
  });
  for (const c of cases) {
    it(`${c.file}: ${c.rule}`, () => {
      const inst = load(c.file);
      const out = c.utility && c.completion ? equalShares(inst, { utility: c.utility, completion: c.completion }) : greedy(inst);
      expect(out.selected).toEqual(c.selected);
      expect(out.explanations.filter((e) => e.funded).map((e) => e.id).sort()).toEqual([...c.selected].sort());
    });
  }
  it('Wieliczka 2023 with add1-full gives the official result: 315 zł a voter, 995,079 zł', () => {
    const out = equalShares(load('poland_wieliczka_2023_green-budget.pb'), { utility: 'cost', completion: 'add1-full' });
    expect(toString(out.share)).toBe('315');
    expect(toString(out.cost)).toBe('995079');
  });
});
