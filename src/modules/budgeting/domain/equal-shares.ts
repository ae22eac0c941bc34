/**
 * The Method of Equal Shares (equalshares.net; pabutools' method_of_equal_shares) with its completions.
 * Pure and exact: every amount is a bigint fraction.
 */
import { type Fraction, add, compare, div, divInt, floor, frac, mulInt, sub, toString, ONE, ZERO } from './fraction.js';
import { type BudgetingInstance, byIdString, utilityWeights } from './instance.js';
import { type GreedyExplanation, type RuleOutcome, greedyFill, voteTotals } from './greedy.js';

export type Utility = 'cost' | 'approval';
export type Completion = 'none' | 'add1' | 'add1-full' | 'add1-greedy';

export type EqualSharesCode =
  /** Bought by its supporters' shares in round `round`, each paying at most `rho` per unit of utility. */
  | 'funded'
  /** Bought by the greedy completion after equal shares stopped. */
  | 'funded-by-completion'
  /** Nobody voted for it. */
  | 'no-supporters'
  /** Its supporters never had enough money together: `supportersMoneyAtStart` < cost. */
  | 'supporters-could-not-afford'
  /** Its supporters could have paid at first but spent their money on other projects (`supportersFunded`);
   *  with add1-greedy, `greedy` says why the leftover money did not buy it either. */
  | 'supporters-money-spent';

export interface EqualSharesExplanation {
  id: string;
  funded: boolean;
  code: EqualSharesCode;
  cost: string;
  supporters: number;
  /** Round (1-based) in which equal shares funded it. */
  round?: number;
  /** Maximum payment per unit of utility ρ when it was funded. */
  rho?: string;
  /** Supporters' money when the final run started, and when it ended (fractions as "a/b"). */
  supportersMoneyAtStart: string;
  supportersMoneyAtEnd: string;
  /** Projects its supporters paid for instead (funded ones they supported). */
  supportersFunded?: string[];
  /** For the greedy completion: its votes and the money left at its turn. */
  greedy?: GreedyExplanation;
}

export interface EqualSharesOptions {
  utility: Utility;
  completion: Completion;
}

export interface EqualSharesOutcome extends RuleOutcome<EqualSharesExplanation> {
  /** Each voter's starting share in the run that gave the result. */
  share: Fraction;
  /** How many runs the completion needed. */
  runs: number;
}

interface Prepared {
  projects: { id: string; cost: Fraction; c: Fraction }[];
  /** Voters with identical ballots act identically: one group each, with its size. */
  groupSize: bigint[];
  /** Per project: supporting groups and their weights (utility = weight × c). */
  supGroup: number[][];
  supWeight: bigint[][];
}

function prepare(inst: BudgetingInstance, utility: Utility): Prepared {
  const index = new Map(inst.projects.map((p, i) => [p.id, i]));
  const groups = new Map<string, number>();
  const groupSize: bigint[] = [];
  const supGroup: number[][] = inst.projects.map(() => []);
  const supWeight: bigint[][] = inst.projects.map(() => []);
  for (const b of inst.ballots) {
    const w = utilityWeights(inst, b);
    const key = b.ids.map((id, i) => `${id}:${w[i]}`).join(',');
    const g = groups.get(key);
    if (g !== undefined) {
      groupSize[g] = (groupSize[g] ?? 0n) + 1n;
      continue;
    }
    const gi = groupSize.length;
    groups.set(key, gi);
    groupSize.push(1n);
    b.ids.forEach((id, i) => {
      const p = index.get(id);
      const wi = w[i] ?? 0n;
      if (p === undefined) throw new Error(`a ballot names unknown project ${id}`);
      if (wi <= 0n) return;
      supGroup[p]?.push(gi);
      supWeight[p]?.push(wi);
    });
  }
  return {
    projects: inst.projects.map((p) => ({ id: p.id, cost: p.cost, c: utility === 'cost' ? p.cost : ONE })),
    groupSize,
    supGroup,
    supWeight,
  };
}

interface Run {
  /** Project indexes in the order funded, with the round's ρ. */
  funded: { p: number; rho: Fraction }[];
  cost: Fraction;
  budgets: Fraction[];
}

/** Supporters' money for project p. */
function money(prep: Prepared, budgets: Fraction[], p: number): Fraction {
  const seen = new Map<Fraction, bigint>();
  for (const g of prep.supGroup[p] ?? []) {
    const b = budgets[g]!;
    seen.set(b, (seen.get(b) ?? 0n) + (prep.groupSize[g] ?? 0n));
  }
  let sum = ZERO;
  for (const [b, size] of seen) sum = add(sum, mulInt(b, size));
  return sum;
}

/**
 * Supporters of p merged by (budget, weight): budgets are shared objects (voters who paid the same stay on the
 * same object), so there are few distinct ones and the work per project does not grow with the voters.
 */
function supporterClasses(prep: Prepared, budgets: Fraction[], p: number): { b: Fraction; w: bigint; size: bigint }[] {
  const gs = prep.supGroup[p] ?? [];
  const ws = prep.supWeight[p] ?? [];
  const classes: { b: Fraction; w: bigint; size: bigint }[] = [];
  const index = new Map<Fraction, Map<bigint, number>>();
  for (let i = 0; i < gs.length; i++) {
    const g = gs[i]!;
    const b = budgets[g]!;
    const w = ws[i]!;
    let byW = index.get(b);
    if (!byW) { byW = new Map(); index.set(b, byW); }
    const k = byW.get(w);
    if (k === undefined) {
      byW.set(w, classes.length);
      classes.push({ b, w, size: prep.groupSize[g] ?? 0n });
    } else classes[k]!.size += prep.groupSize[g] ?? 0n;
  }
  return classes;
}

/**
 * The smallest σ (payment per unit of weight) with Σ size·min(budget, σ·weight) ≥ cost, or null when the
 * supporters cannot pay. Fixed-point iteration: σ only grows and the set of voters paying everything only grows.
 */
function sigmaFor(prep: Prepared, budgets: Fraction[], p: number): Fraction | null {
  const classes = supporterClasses(prep, budgets, p);
  const cost = prep.projects[p]!.cost;
  if (classes.length === 0) return null;
  const poor = new Uint8Array(classes.length);
  let poorMoney = ZERO;
  let restWeight = 0n;
  for (const c of classes) restWeight += c.size * c.w;
  for (;;) {
    const need = sub(cost, poorMoney);
    if (restWeight === 0n) return compare(need, ZERO) <= 0 ? ZERO : null;
    if (compare(need, ZERO) <= 0) return ZERO;
    const sigma = divInt(need, restWeight);
    let changed = false;
    for (let i = 0; i < classes.length; i++) {
      if (poor[i]) continue;
      const { b, w, size } = classes[i]!;
      // b < σ·w  ⇔  b.n · σ.d < σ.n · w · b.d
      if (b.n * sigma.d < sigma.n * w * b.d) {
        poor[i] = 1;
        changed = true;
        poorMoney = add(poorMoney, mulInt(b, size));
        restWeight -= size * w;
      }
    }
    if (!changed) return sigma;
  }
}

function lessRho(a: Fraction, ai: string, b: Fraction, bi: string): boolean {
  const c = compare(a, b);
  return c < 0 || (c === 0 && ai < bi);
}

/** One run of equal shares with every voter starting at `share`. */
function runOnce(prep: Prepared, share: Fraction): Run {
  const budgets: Fraction[] = prep.groupSize.map(() => share);
  const n = prep.projects.length;
  const lower: (Fraction | null)[] = prep.projects.map(() => ZERO); // lower bound on ρ; null = out
  const funded: Run['funded'] = [];
  let cost = ZERO;
  prep.projects.forEach((_, p) => { if ((prep.supGroup[p] ?? []).length === 0) lower[p] = null; });
  for (;;) {
    const order: number[] = [];
    for (let p = 0; p < n; p++) if (lower[p] !== null) order.push(p);
    if (order.length === 0) break;
    order.sort((a, b) => (lessRho(lower[a]!, prep.projects[a]!.id, lower[b]!, prep.projects[b]!.id) ? -1 : 1));
    let best = -1;
    let bestRho = ZERO;
    let bestSigma = ZERO;
    for (const p of order) {
      const lb = lower[p]!;
      const id = prep.projects[p]!.id;
      if (best >= 0 && !lessRho(lb, id, bestRho, prep.projects[best]!.id)) break;
      const sigma = sigmaFor(prep, budgets, p);
      if (sigma === null) { lower[p] = null; continue; }
      const c = prep.projects[p]!.c;
      const rho = compare(c, ZERO) === 0 ? ZERO : div(sigma, c);
      lower[p] = rho;
      if (best < 0 || lessRho(rho, id, bestRho, prep.projects[best]!.id)) {
        best = p;
        bestRho = rho;
        bestSigma = sigma;
      }
    }
    if (best < 0) break;
    const gs = prep.supGroup[best] ?? [];
    const ws = prep.supWeight[best] ?? [];
    const after = new Map<Fraction, Map<bigint, Fraction>>(); // shared results keep equal budgets on one object
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i]!;
      const b = budgets[g]!;
      const w = ws[i]!;
      let byW = after.get(b);
      if (!byW) { byW = new Map(); after.set(b, byW); }
      let nb = byW.get(w);
      if (nb === undefined) {
        const pay = mulInt(bestSigma, w);
        nb = compare(b, pay) <= 0 ? ZERO : sub(b, pay);
        byW.set(w, nb);
      }
      budgets[g] = nb;
    }
    funded.push({ p: best, rho: bestRho });
    cost = add(cost, prep.projects[best]!.cost);
    lower[best] = null;
  }
  return { funded, cost, budgets };
}

function isExhaustive(prep: Prepared, run: Run, budget: Fraction): boolean {
  const left = sub(budget, run.cost);
  const chosen = new Set(run.funded.map((f) => f.p));
  return prep.projects.every((pr, p) => chosen.has(p) || compare(pr.cost, left) > 0);
}

export function equalShares(inst: BudgetingInstance, options: EqualSharesOptions): EqualSharesOutcome {
  const prep = prepare(inst, options.utility);
  const voters = BigInt(inst.ballots.length);
  const budget = inst.budget;
  let share = voters === 0n ? ZERO : div(budget, frac(voters));
  let run: Run;
  let runs = 1;
  if (options.completion === 'none' || voters === 0n) {
    run = runOnce(prep, share);
  } else if (options.completion === 'add1-full') {
    share = frac(floor(share));
    run = runOnce(prep, share);
    while (run.funded.length < prep.projects.length) {
      const next = runOnce(prep, add(share, ONE));
      runs++;
      if (compare(next.cost, budget) > 0) break;
      share = add(share, ONE);
      run = next;
    }
  } else {
    run = runOnce(prep, share);
    for (;;) {
      if (isExhaustive(prep, run, budget)) break;
      const next = runOnce(prep, add(share, ONE));
      runs++;
      if (compare(next.cost, budget) > 0) break;
      share = add(share, ONE);
      run = next;
    }
  }

  const fundedBy = new Map(run.funded.map((f, i) => [f.p, { round: i + 1, rho: f.rho }]));
  const selected = run.funded.map((f) => prep.projects[f.p]!.id);
  let cost = run.cost;
  let greedyBy = new Map<string, GreedyExplanation>();
  if (options.completion === 'add1-greedy') {
    const rest = inst.projects.filter((_, p) => !fundedBy.has(p));
    const fill = greedyFill(rest, voteTotals(inst), sub(budget, cost));
    selected.push(...fill.funded);
    cost = sub(budget, fill.remaining);
    greedyBy = new Map(fill.explanations.map((e) => [e.id, e]));
  }

  const startBudgets = prep.groupSize.map(() => share); // one shared object
  const explanations: EqualSharesExplanation[] = prep.projects.map((pr, p) => {
    const gs = prep.supGroup[p] ?? [];
    const supporters = gs.reduce((s, g) => s + Number(prep.groupSize[g] ?? 0n), 0);
    const atStart = money(prep, startBudgets, p);
    const base = {
      id: pr.id,
      cost: toString(pr.cost),
      supporters,
      supportersMoneyAtStart: toString(atStart),
      supportersMoneyAtEnd: toString(money(prep, run.budgets, p)),
    };
    const f = fundedBy.get(p);
    if (f) return { ...base, funded: true, code: 'funded', round: f.round, rho: toString(f.rho) };
    const g = greedyBy.get(pr.id);
    if (g?.funded) return { ...base, funded: true, code: 'funded-by-completion', greedy: g };
    const mine = new Set(gs);
    const supportersFunded = run.funded
      .filter((x) => (prep.supGroup[x.p] ?? []).some((gg) => mine.has(gg)))
      .map((x) => prep.projects[x.p]!.id);
    let code: EqualSharesCode;
    if (supporters === 0) code = 'no-supporters';
    else if (compare(atStart, pr.cost) < 0) code = 'supporters-could-not-afford';
    else code = 'supporters-money-spent';
    return { ...base, funded: false, code, supportersFunded, ...(g ? { greedy: g } : {}) };
  });
  return { selected: selected.sort(byIdString), cost, explanations, share, runs };
}
