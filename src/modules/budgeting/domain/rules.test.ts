import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Completion, type Utility, equalShares } from './equal-shares.js';
import { type Fraction, add, compare, div, frac, mul, sub, toString, ZERO } from './fraction.js';
import { greedy } from './greedy.js';
import { type BudgetingInstance, instanceFromPb, utilityWeights } from './instance.js';
import { parsePb } from './pabulib.js';

function instance(
  budget: number,
  costs: Record<string, number>,
  ballots: string[][],
  kind: BudgetingInstance['kind'] = 'approval',
  points?: number[][],
): BudgetingInstance {
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

  it('maxWinners stops funding after that many; projects that still fitted say so', () => {
    const inst = instance(10, { a: 6, b: 5, c: 3, z: 1 }, [['a', 'b', 'c'], ['a', 'b'], ['a']]);
    const out = greedy(inst, { maxWinners: 2 });
    expect(out.selected).toEqual(['a', 'c']);
    expect(toString(out.cost)).toBe('9');
    expect(out.explanations.map((e) => [e.id, e.code])).toEqual([
      ['a', 'funded'],
      ['b', 'did-not-fit-remaining-budget'],
      ['c', 'funded'],
      ['z', 'winner-limit-reached'],
    ]);
    expect(greedy(inst, { maxWinners: 10 }).selected).toEqual(greedy(inst).selected);
  });

  it('breaks ties by the smaller id compared as strings ("10" before "9")', () => {
    expect(greedy(instance(5, { '9': 5, '10': 5 }, [['9'], ['10']])).selected).toEqual(['10']);
  });

  it('ranks points ballots by total points and ordinal ballots by rank points', () => {
    const pts = instance(5, { a: 5, b: 5 }, [['a'], ['b'], ['b']], 'points', [[10], [3], [3]]);
    expect(greedy(pts).selected).toEqual(['a']);
    const ord: BudgetingInstance = {
      ...instance(
        5,
        { a: 5, b: 5, c: 5 },
        [
          ['a', 'b'],
          ['b', 'c'],
          ['c', 'b'],
        ],
        'ordinal',
      ),
      maxLength: 2,
    };
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
    expect(b).toMatchObject({
      id: 'B',
      funded: false,
      code: 'supporters-money-spent',
      supportersMoneyAtStart: '75',
      supportersMoneyAtEnd: '25',
      supportersFunded: ['A'],
    });
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
    const inst = instance(2, { '2': 2, '10': 2 }, [
      ['2', '10'],
      ['2', '10'],
    ]);
    for (const utility of ['cost', 'approval'] as const) expect(equalShares(inst, { utility, completion: 'none' }).selected).toEqual(['10']);
  });

  it('cost utility values an expensive project by its cost; approval utility prefers the cheap one', () => {
    const inst = instance(30, { A: 30, B: 3 }, [
      ['A', 'B'],
      ['A', 'B'],
      ['A', 'B'],
    ]);
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

  it('maxWinners stops a run after that many funded and explains the rest as over the cap', () => {
    const inst = instance(90, { A: 30, B: 30, C: 30 }, [['A'], ['B'], ['C']]);
    expect(equalShares(inst, { utility: 'cost', completion: 'none' }).selected).toEqual(['A', 'B', 'C']);
    const out = equalShares(inst, { utility: 'cost', completion: 'none', maxWinners: 2 });
    expect(out.selected).toEqual(['A', 'B']);
    expect(out.explanations[2]).toMatchObject({ id: 'C', funded: false, code: 'winner-limit-reached', supportersMoneyAtEnd: '30' });
    expect(equalShares(inst, { utility: 'cost', completion: 'none', maxWinners: 0 }).selected).toEqual([]);
  });

  it('maxWinners is respected by the completions: add1 stops at the cap, add1-greedy fills only up to it', () => {
    // equal shares alone funds only A (B and C cost more than their supporters' shares); raising the shares would fund more
    const inst = instance(100, { A: 40, B: 30, C: 30 }, [['A'], ['A'], ['B'], ['C']]);
    expect(equalShares(inst, { utility: 'cost', completion: 'add1' }).selected).toEqual(['A', 'B', 'C']);
    const add1 = equalShares(inst, { utility: 'cost', completion: 'add1', maxWinners: 1 });
    expect(add1.selected).toEqual(['A']);
    expect(add1.runs).toBe(1); // an outcome with as many winners as allowed is final
    const full = equalShares(inst, { utility: 'cost', completion: 'add1-full', maxWinners: 2 });
    expect(full.selected).toHaveLength(2);
    const none = equalShares(inst, { utility: 'cost', completion: 'none' });
    expect(none.selected).toEqual(['A']);
    const greedy1 = equalShares(instance(100, { A: 60, B: 20, C: 20 }, [['A'], ['A'], ['A'], ['B'], ['C']]), {
      utility: 'cost',
      completion: 'add1-greedy',
      maxWinners: 2,
    });
    expect(greedy1.selected).toHaveLength(2);
    expect(greedy1.explanations.filter((e) => e.code === 'winner-limit-reached' || e.greedy?.code === 'winner-limit-reached')).toHaveLength(1);
  });

  it('refuses a maxWinners that is not a whole number ≥ 0', () => {
    expect(() => equalShares(majority, { utility: 'cost', completion: 'none', maxWinners: -1 })).toThrow(/maxWinners/);
    expect(() => greedy(majority, { maxWinners: 1.5 })).toThrow(/maxWinners/);
  });

  it('add1 and add1-full end when every project anyone voted for is funded, even if an unvoted one would fit', () => {
    const inst = instance(100, { A: 10, Z: 5 }, [['A'], ['A']]);
    for (const completion of ['add1', 'add1-full'] as const) expect(equalShares(inst, { utility: 'cost', completion }).selected).toEqual(['A']);
  });

  it('with no voters funds nothing', () => {
    expect(equalShares(instance(10, { A: 1 }, []), { utility: 'cost', completion: 'add1' }).selected).toEqual([]);
  });
});

// ---- the fast exact engine against a plain textbook version, on random elections ----
/** Equal shares as written in the papers: per voter budgets, supporters sorted by money per utility. */
function textbook(inst: BudgetingInstance, utility: Utility, share: Fraction): { ids: string[]; rhos: string[]; cost: Fraction } {
  const budgets = inst.ballots.map(() => share);
  const weights = inst.ballots.map((b) => utilityWeights(inst, b));
  const left = new Set(inst.projects.map((p) => p.id));
  const ids: string[] = [];
  const rhos: string[] = [];
  let cost = ZERO;
  for (;;) {
    let best: { id: string; rho: Fraction; pay: [number, Fraction][] } | null = null;
    for (const p of inst.projects) {
      if (!left.has(p.id)) continue;
      const u = (i: number, k: number) => mul(frac(weights[i]![k]!), utility === 'cost' ? p.cost : frac(1));
      const sup = inst.ballots.flatMap((b, i) => {
        const k = b.ids.indexOf(p.id);
        return k >= 0 && weights[i]![k]! > 0n ? [{ i, u: u(i, k) }] : [];
      });
      sup.sort((x, y) => compare(div(budgets[x.i]!, x.u), div(budgets[y.i]!, y.u)));
      let need = p.cost;
      let rest = sup.reduce((t, x) => add(t, x.u), ZERO);
      let rho: Fraction | null = null;
      for (const x of sup) {
        if (compare(need, ZERO) <= 0) {
          rho = ZERO;
          break;
        }
        const r = div(need, rest);
        if (compare(budgets[x.i]!, mul(r, x.u)) >= 0) {
          rho = r;
          break;
        }
        need = sub(need, budgets[x.i]!);
        rest = sub(rest, x.u);
      }
      if (rho === null && compare(need, ZERO) <= 0) rho = ZERO;
      if (rho === null) {
        left.delete(p.id);
        continue;
      }
      if (!best || compare(rho, best.rho) < 0 || (compare(rho, best.rho) === 0 && p.id < best.id)) {
        best = { id: p.id, rho, pay: sup.map((x) => [x.i, mul(rho!, x.u)]) };
      }
    }
    if (!best) break;
    for (const [i, pay] of best.pay) budgets[i] = compare(budgets[i]!, pay) <= 0 ? ZERO : sub(budgets[i]!, pay);
    left.delete(best.id);
    ids.push(best.id);
    rhos.push(toString(best.rho));
    cost = add(cost, inst.projects.find((p) => p.id === best.id)!.cost);
  }
  return { ids, rhos, cost };
}

describe('the exact engine of equal shares', () => {
  let seed = 20260501;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const elections: BudgetingInstance[] = [];
  for (let e = 0; e < 150; e++) {
    const kind = e % 3 === 2 ? 'points' : 'approval';
    const projects = Array.from({ length: 2 + rnd(7) }, (_, i) => ({ id: String(i + 1), cost: frac(BigInt(1 + rnd(60)), e % 5 === 0 ? 2n : 1n) }));
    const ballots = Array.from({ length: 1 + rnd(25) }, () => {
      const ids = projects.filter(() => rnd(3) === 0).map((p) => p.id);
      return kind === 'points' ? { ids, points: ids.map(() => 1 + rnd(4)) } : { ids };
    });
    elections.push({ budget: frac(BigInt(20 + rnd(150))), projects, kind, ballots });
  }

  it('funds the same projects in the same order at the same ρ as the textbook rule (150 random elections, both utilities)', () => {
    for (const inst of elections) {
      for (const utility of ['cost', 'approval'] as const) {
        const out = equalShares(inst, { utility, completion: 'none' });
        const ref = textbook(inst, utility, out.share);
        const funded = out.explanations.filter((x) => x.funded).sort((a, b) => a.round! - b.round!);
        expect(funded.map((x) => x.id)).toEqual(ref.ids);
        expect(funded.map((x) => x.rho)).toEqual(ref.rhos);
      }
    }
  });

  it('add1 (30 random elections) stops at the same share as raising the shares one by one with the textbook rule', () => {
    for (const inst of elections.slice(0, 30)) {
      const out = equalShares(inst, { utility: 'cost', completion: 'add1' });
      if (inst.ballots.length === 0) continue;
      let share = div(inst.budget, frac(BigInt(inst.ballots.length)));
      let run = textbook(inst, 'cost', share);
      for (;;) {
        const left = sub(inst.budget, run.cost);
        if (inst.projects.every((p) => run.ids.includes(p.id) || compare(p.cost, left) > 0)) break;
        if (run.ids.length === new Set(inst.ballots.flatMap((b) => b.ids)).size) break; // every supported project funded
        const next = textbook(inst, 'cost', add(share, frac(1)));
        if (compare(next.cost, inst.budget) > 0) break;
        share = add(share, frac(1));
        run = next;
      }
      expect(toString(out.share)).toBe(toString(share));
      expect(out.selected).toEqual([...run.ids].sort());
    }
  });
});

// ---- every case of data/pabulib/EXPECTED.md against the real files ----
const dir = new URL('../../../../data/pabulib/', import.meta.url);
interface Case {
  file: string;
  rule: string;
  utility?: Utility;
  completion?: Completion;
  selected: string[];
}
function expectedCases(): Case[] {
  const cases: Case[] = [];
  let file = '';
  for (const line of readFileSync(new URL('EXPECTED.md', dir), 'utf8').split('\n')) {
    const h = /^## (\S+\.pb)/.exec(line);
    if (h) {
      file = h[1]!;
      continue;
    }
    const m = /^- `(greedy|equal-shares --utility (cost|approval) --completion (none|add1|add1-full|add1-greedy))`: (.*)$/.exec(line);
    if (!m || !file) continue;
    const selected = m[4]!
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    cases.push(m[2] ? { file, rule: m[1]!, utility: m[2] as Utility, completion: m[3] as Completion, selected } : { file, rule: m[1]!, selected });
  }
  return cases;
}
const cases = expectedCases();
const instances = new Map<string, BudgetingInstance>();
const load = (file: string): BudgetingInstance => {
  let inst = instances.get(file);
  if (!inst) {
    inst = instanceFromPb(parsePb(readFileSync(new URL(file, dir), 'utf8')));
    instances.set(file, inst);
  }
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
      expect(
        out.explanations
          .filter((e) => e.funded)
          .map((e) => e.id)
          .sort(),
      ).toEqual([...c.selected].sort());
    });
  }
  it('Wieliczka 2023 with add1-full gives the official result: 315 zł a voter, 995,079 zł', () => {
    const out = equalShares(load('poland_wieliczka_2023_green-budget.pb'), { utility: 'cost', completion: 'add1-full' });
    expect(toString(out.share)).toBe('315');
    expect(toString(out.cost)).toBe('995079');
  });
});

// ---- add1 that jumps to the next raise whose outcome may differ, against the 1 zł steps of the definition ----
describe('add1 and add1-full jumping over raises that cannot change the outcome', () => {
  const same = (inst: BudgetingInstance, utility: Utility, completion: Completion) => {
    const fast = equalShares(inst, { utility, completion });
    const ref = equalShares(inst, { utility, completion, stepByStep: true });
    expect(fast.runs).toBeLessThanOrEqual(ref.runs + 1); // at most the one run that lands back before an outcome over budget
    return [
      { ...fast, runs: 0, share: toString(fast.share), cost: toString(fast.cost) },
      { ...ref, runs: 0, share: toString(ref.share), cost: toString(ref.cost) },
    ];
  };

  it('gives the same share, projects and explanations as the 1 zł steps on 80 random elections (both utilities, all completions)', { timeout: 60_000 }, () => {
    let seed = 20261206;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let e = 0; e < 80; e++) {
      const kind = e % 3 === 2 ? 'points' : 'approval';
      const projects = Array.from({ length: 2 + rnd(8) }, (_, i) => ({ id: String(i + 1), cost: frac(BigInt(1 + rnd(80)), e % 5 === 0 ? 3n : 1n) }));
      const ballots = Array.from({ length: 1 + rnd(40) }, () => {
        const ids = projects.filter(() => rnd(3) === 0).map((p) => p.id);
        return kind === 'points' ? { ids, points: ids.map(() => 1 + rnd(4)) } : { ids };
      });
      const inst: BudgetingInstance = { budget: frac(BigInt(20 + rnd(300))), projects, kind, ballots };
      const utility = e % 2 === 0 ? 'cost' : 'approval';
      for (const completion of ['add1', 'add1-full', 'add1-greedy'] as const) {
        const [fast, ref] = same(inst, utility, completion);
        expect(fast, `election ${e}, ${utility} ${completion}`).toEqual(ref);
      }
    }
  });

  // where the old loop is quick; the 27 real files are compared by bench/budgeting.ts (BENCH_PB_DIFF=1), and
  // the pabutools cases above pin the outcomes of the five files here whatever the loop
  const quick: [string, Utility, Completion][] = [
    ['poland_czestochowa_2020_grabowka.pb', 'approval', 'add1'], // 1,558 raises of 1 zł, a handful of jumps
    ['poland_krakow_2018_czyzyny.pb', 'cost', 'add1'],
    ['poland_krakow_2018_czyzyny.pb', 'approval', 'add1-full'],
  ];
  for (const [file, utility, completion] of quick)
    it(`gives the same share, projects and explanations as the 1 zł steps on ${file}, ${utility} ${completion}`, { timeout: 60_000 }, () => {
      const [fast, ref] = same(load(file), utility, completion);
      expect(fast).toEqual(ref);
    });
});
