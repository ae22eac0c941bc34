/**
 * The Method of Equal Shares (equalshares.net; pabutools' method_of_equal_shares) with its completions.
 * Pure and exact: every amount is a bigint fraction.
 */
import { type Fraction, add, compare, div, floor, frac, gcd, mulInt, sub, toString, ONE, ZERO } from './fraction.js';
import { type BudgetingInstance, byIdString, utilityWeights } from './instance.js';
import { type FilterHint, type FilterInput, type FloatShare, provedFunded } from './equal-shares-filter.js';
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
  | 'supporters-money-spent'
  /** The cap on winners (`maxWinners`) was reached while its supporters still had enough money for it. */
  | 'winner-limit-reached';

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
  /** At most this many winners: a run stops once it has funded them, and the completions respect the cap too
   *  (add1 and add1-full count an outcome with that many winners as final; add1-greedy fills up to the cap). */
  maxWinners?: number;
  /** The reference for the tests: add1 and add1-full run equal shares once per 1 zł raise of the share, as the
   *  definition says, instead of jumping to the next raise at which the outcome can differ. Same outcome, slower. */
  stepByStep?: boolean;
}

export interface EqualSharesOutcome extends RuleOutcome<EqualSharesExplanation> {
  /** Each voter's starting share in the run that gave the result. */
  share: Fraction;
  /** How many runs of equal shares the completion computed (with stepByStep: one per 1 zł raise tried). */
  runs: number;
}

interface Prepared {
  projects: { id: string; cost: Fraction; c: Fraction }[];
  /** Voters with identical ballots act identically: one group each, with its size. */
  groupSize: bigint[];
  /** Per project: supporting groups and their weights (utility = weight × c). */
  supGroup: number[][];
  supWeight: bigint[][];
  /** The same for the runs: per project its distinct weights, and per supporter the index of its weight. */
  weights: bigint[][];
  supWeightIndex: Int32Array[];
  sup: Int32Array[];
  /** Group sizes as numbers (summed in the runs, then turned into bigints once per class). */
  sizes: Float64Array;
  /** The least common multiple of the costs' denominators. */
  costDen: bigint;
}

function prepare(inst: BudgetingInstance, utility: Utility): Prepared {
  const index = new Map(inst.projects.map((p, i) => [p.id, i]));
  const groups = new Map<string, number>();
  const groupSize: bigint[] = [];
  const supGroup: number[][] = inst.projects.map(() => []);
  const supWeight: bigint[][] = inst.projects.map(() => []);
  for (const b of inst.ballots) {
    const w = utilityWeights(inst, b);
    const key = inst.kind === 'approval' ? b.ids.join(',') : b.ids.map((id, i) => `${id}:${w[i]}`).join(',');
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
  const weights = supWeight.map((ws) => [...new Set(ws)]);
  const supWeightIndex = supWeight.map((ws, p) => {
    const list = weights[p]!;
    const out = new Int32Array(ws.length);
    if (list.length > 1) {
      const at = new Map(list.map((w, i) => [w, i]));
      for (let i = 0; i < ws.length; i++) out[i] = at.get(ws[i]!)!;
    }
    return out;
  });
  let costDen = 1n;
  for (const p of inst.projects) costDen = (costDen / gcd(costDen, p.cost.d)) * p.cost.d;
  return {
    projects: inst.projects.map((p) => ({ id: p.id, cost: p.cost, c: utility === 'cost' ? p.cost : ONE })),
    groupSize,
    supGroup,
    supWeight,
    weights,
    supWeightIndex,
    sup: supGroup.map((gs) => Int32Array.from(gs)),
    sizes: Float64Array.from(groupSize, (s) => Number(s)),
    costDen,
  };
}

interface Run {
  /** Project indexes in the order funded, with the round's ρ. */
  funded: { p: number; rho: Fraction }[];
  cost: Fraction;
  /** The money of p's supporters at the end (asked only of the final run, for the explanations). */
  moneyAtEnd: (p: number) => Fraction;
  /**
   * Asked with `track`: the smallest whole raise k ≥ 1 of the share at which the funded projects may differ
   * (for every raise below k they are the same, in the same order); null when no raise changes them.
   */
  jump: bigint | null;
  /** Funded projects proved by the float run (provedRun): no ρ, no money, no jump. */
  proved?: true;
}

/** ⌈x / y⌉ for x ≥ 0, y > 0. */
const ceilDiv = (x: bigint, y: bigint): bigint => (x + y - 1n) / y;

/** a < b for ρ values kept as unreduced fractions an/ad, bn/bd (positive denominators); ties by the smaller id. */
function lessRho(an: bigint, ad: bigint, ai: string, bn: bigint, bd: bigint, bi: string): boolean {
  const l = an * bd;
  const r = bn * ad;
  return l < r || (l === r && ai < bi);
}

/**
 * One run of equal shares with every voter starting at `share`, stopping after `maxWinners` funded.
 *
 * Money is kept exact as integers over one common denominator D: voters whose money is equal share an
 * "account" (acct[a] / D), so sums and comparisons need no gcd; when a round's payment σ (per unit of weight)
 * brings a new factor into the denominator, D and every account are multiplied by it. `order` lists the accounts
 * held by someone by increasing money, so the voters who cannot pay σ·w for a project are found by one ascending
 * pass. ρ values keep their own (unreduced) denominators, so lower bounds from earlier rounds compare exactly.
 *
 * With `track`, the run is also read as a function of a raise t ≥ 0 of the share (`jump` in the result): while
 * its decisions hold, every amount is affine in t, so each account also keeps its slope (slope[a] / E, zł of
 * money per zł of raise). Slopes are never negative: those who pay everything have 0 left whatever t is; the
 * others pay σ(t)·w, and σ(t) = (cost − money of those who pay everything) / their weight never grows with t.
 * So a voter who could pay stays able to; the decisions that can change as t grows are: a voter who paid
 * everything for the round's project becomes able to pay σ·w (when the money crosses σ·w), a project nobody
 * could afford becomes affordable, and another project's ρ falls to the winner's (a project's ρ computed with
 * the voters who paid everything at t = 0 held fixed is a lower bound on its ρ at every t, so this comparison
 * covers the projects not evaluated in a round too, through their lower bounds). `jump` is the first whole t
 * at which one of them may happen; ties and a decision exactly on its boundary give 1 (no jump).
 */
function runOnce(prep: Prepared, share: Fraction, maxWinners: number, track = false): Run {
  const n = prep.projects.length;
  const groups = prep.groupSize.length;
  const { sizes, weights, sup, supWeightIndex: supWi } = prep;
  let D = (prep.costDen / gcd(prep.costDen, share.d)) * share.d;
  let E = 1n;
  const acct: bigint[] = [0n]; // account 0 is always the empty one
  const slope: bigint[] = [0n]; // with track: per account, its money's growth per zł of raise, over E
  // D and E grow round by round; an account is brought to the current denominator only when it is read (few are
  // in a round), not every account in every round: acctAt[a] is the rescaling (epoch) its amount was written
  // at, and scaleSince[e] what an amount written at epoch e must be multiplied by now. The same for slopes.
  const acctAt: number[] = [0];
  const scaleSince: bigint[] = [1n];
  const slopeAt: number[] = [0];
  const slopeScaleSince: bigint[] = [1n];
  const money = (a: number): bigint => {
    const e = acctAt[a]!;
    if (e === scaleSince.length - 1) return acct[a]!;
    acctAt[a] = scaleSince.length - 1;
    return (acct[a] = acct[a]! * scaleSince[e]!);
  };
  const growth = (a: number): bigint => {
    const e = slopeAt[a]!;
    if (e === slopeScaleSince.length - 1) return slope[a]!;
    slopeAt[a] = slopeScaleSince.length - 1;
    return (slope[a] = slope[a]! * slopeScaleSince[e]!);
  };
  const newAccount = (amount: bigint, growth: bigint): number => {
    acct.push(amount);
    acctAt.push(scaleSince.length - 1);
    slope.push(growth);
    slopeAt.push(slopeScaleSince.length - 1);
    holders.push(0);
    return acct.length - 1;
  };
  const holders: number[] = [0]; // groups holding each account
  let order: number[] = [0];
  const gAcct = new Int32Array(groups);
  if (share.n > 0n) {
    newAccount(share.n * (D / share.d), 1n);
    holders[1] = groups;
    order.push(1);
    gAcct.fill(1);
  } else holders[0] = groups;
  let jump: bigint | null = null;
  const limit = (k: bigint) => {
    if (jump === null || k < jump) jump = k;
    if (jump <= 1n) {
      jump = 1n;
      track = false; // nothing can be skipped: the rest of the run need not be followed in t
    }
  };
  if (track && share.n <= 0n) limit(1n); // the empty account would grow with t
  const costD = prep.projects.map((p) => p.cost.n * (D / p.cost.d));
  // lower bound on each project's ρ (it only grows as money is spent); out = funded or unaffordable
  const lowerN: bigint[] = new Array<bigint>(n).fill(0n);
  const lowerD: bigint[] = new Array<bigint>(n).fill(1n);
  // with track: the lower bound's slope in t
  const lowerSN: bigint[] = new Array<bigint>(n).fill(0n);
  const lowerSD: bigint[] = new Array<bigint>(n).fill(1n);
  const out = new Uint8Array(n);
  for (let p = 0; p < n; p++) if (sup[p]!.length === 0) out[p] = 1;
  const funded: Run['funded'] = [];
  let cost = ZERO;

  /**
   * The smallest σ (payment per unit of weight, = need / (rest · D)) with Σ size·min(money, σ·weight) ≥ cost,
   * or false when the supporters cannot pay. Voters who cannot pay σ·weight pay all they have, which raises σ;
   * every voter found so would also be at the final σ, so σ is updated as soon as one is found.
   * With track, needS / E is need's slope in t.
   */
  let need = 0n;
  let rest = 0n;
  let needS = 0n;
  // per account, p's supporters holding it, by weight index (zero between uses)
  let held = new Float64Array(256);
  const sigma = (p: number): boolean => {
    const ws = weights[p]!;
    const nW = ws.length;
    const gs = sup[p]!;
    const wi = supWi[p]!;
    if (held.length < acct.length * nW) held = new Float64Array(Math.max(acct.length * nW, 2 * held.length));
    let weightSum = 0n;
    if (nW === 1) {
      let total = 0;
      for (let i = 0; i < gs.length; i++) {
        const g = gs[i]!;
        held[gAcct[g]!] = held[gAcct[g]!]! + sizes[g]!;
        total += sizes[g]!;
      }
      weightSum = BigInt(total) * ws[0]!;
    } else {
      const total = new Float64Array(nW);
      for (let i = 0; i < gs.length; i++) {
        const g = gs[i]!;
        const k = gAcct[g]! * nW + wi[i]!;
        held[k] = held[k]! + sizes[g]!;
        total[wi[i]!] = total[wi[i]!]! + sizes[g]!;
      }
      for (let k = 0; k < nW; k++) weightSum += BigInt(total[k]!) * ws[k]!;
    }
    rest = weightSum;
    need = costD[p]!;
    needS = 0n;
    if (nW === 1) {
      // one weight (every approval ballot): the poorest accounts are the ones that cannot pay
      const w = ws[0]!;
      if (need > 0n) {
        for (const a of order) {
          const count = held[a]!;
          if (count === 0) continue;
          const b = money(a);
          if (b * rest >= need * w) break;
          const size = BigInt(count);
          need -= b * size;
          rest -= size * w;
          if (track) needS -= growth(a) * size;
          if (rest === 0n) break;
        }
      }
    } else {
      // several weights (points): repeat passes until no one else is found unable to pay
      const poor = new Uint8Array(acct.length * nW);
      let changed = need > 0n;
      while (changed && need > 0n && rest > 0n) {
        changed = false;
        for (const a of order) {
          for (let k = 0; k < nW; k++) {
            const key = a * nW + k;
            const count = held[key]!;
            if (count === 0 || poor[key]) continue;
            const b = money(a);
            const w = ws[k]!;
            if (b * rest < need * w) {
              poor[key] = 1;
              changed = true;
              const size = BigInt(count);
              need -= b * size;
              rest -= size * w;
              if (track) needS -= growth(a) * size;
            }
          }
        }
      }
    }
    for (let i = 0; i < gs.length; i++) held[gAcct[gs[i]!]! * nW + wi[i]!] = 0;
    if (rest === 0n) {
      if (need > 0n) {
        // unaffordable while the supporters' money, cost − need(t), stays below the cost
        if (track && needS < 0n) limit(ceilDiv(need * E, -needS * D));
        return false;
      }
      need = 0n;
      needS = 0n;
      rest = 1n;
      return true;
    }
    if (need <= 0n) {
      need = 0n;
      needS = 0n;
      rest = 1n;
    }
    return true;
  };

  const candidates: number[] = [];
  while (funded.length < maxWinners) {
    candidates.length = 0;
    for (let p = 0; p < n; p++) if (!out[p]) candidates.push(p);
    if (candidates.length === 0) break;
    candidates.sort((a, b) => (lessRho(lowerN[a]!, lowerD[a]!, prep.projects[a]!.id, lowerN[b]!, lowerD[b]!, prep.projects[b]!.id) ? -1 : 1));
    let best = -1;
    let bestN = 0n;
    let bestD = 1n;
    let bestNeed = 0n;
    let bestRest = 1n;
    let bestNeedS = 0n;
    let bestId = '';
    for (const p of candidates) {
      const id = prep.projects[p]!.id;
      if (best >= 0 && !lessRho(lowerN[p]!, lowerD[p]!, id, bestN, bestD, bestId)) break;
      if (!sigma(p)) {
        out[p] = 1;
        continue;
      }
      const c = prep.projects[p]!.c;
      const rn = c.n === 0n ? 0n : need * c.d;
      const rd = c.n === 0n ? 1n : rest * D * c.n;
      lowerN[p] = rn;
      lowerD[p] = rd;
      if (track) {
        lowerSN[p] = c.n === 0n ? 0n : needS * c.d;
        lowerSD[p] = c.n === 0n ? 1n : rest * E * c.n;
      }
      if (best < 0 || lessRho(rn, rd, id, bestN, bestD, bestId)) {
        best = p;
        bestN = rn;
        bestD = rd;
        bestNeed = need;
        bestRest = rest;
        bestNeedS = needS;
        bestId = id;
      }
    }
    if (best < 0) break;

    if (track) {
      // every other project still in the race keeps a ρ (or a lower bound on it) above the winner's
      const bSN = lowerSN[best]!;
      const bSD = lowerSD[best]!;
      for (const q of candidates) {
        if (q === best || out[q]) continue;
        const slopeDiff = lowerSN[q]! * bSD - bSN * lowerSD[q]!; // over lowerSD[q]·bSD
        if (slopeDiff >= 0n) continue;
        const gap = lowerN[q]! * bestD - bestN * lowerD[q]!; // over lowerD[q]·bestD
        if (gap <= 0n) limit(1n);
        else limit(ceilDiv(gap * lowerSD[q]! * bSD, -slopeDiff * lowerD[q]! * bestD));
        if (!track) break;
      }
    }

    // the supporters pay min(money, σ·weight); σ = bestNeed / (bestRest · D)
    if (bestNeed !== 0n) {
      const g = gcd(bestNeed, bestRest);
      const sn = bestNeed / g;
      const m = bestRest / g;
      if (m !== 1n) {
        D *= m;
        for (let e = 0; e < scaleSince.length; e++) scaleSince[e]! *= m;
        scaleSince.push(1n);
        for (let p = 0; p < n; p++) costD[p]! *= m;
      }
      // with track, σ's slope in t is bestNeedS / (bestRest · E) likewise
      let ssn = 0n;
      if (track) {
        const g2 = gcd(bestNeedS, bestRest);
        ssn = bestNeedS / g2;
        const m2 = bestRest / g2;
        if (m2 !== 1n) {
          E *= m2;
          for (let e = 0; e < slopeScaleSince.length; e++) slopeScaleSince[e]! *= m2;
          slopeScaleSince.push(1n);
        }
      }
      const gs = sup[best]!;
      const wi = supWi[best]!;
      const ws = weights[best]!;
      const nW = ws.length;
      const moved = new Map<number, number>(); // (account, weight index) → the account its payers move to
      for (let i = 0; i < gs.length; i++) {
        const grp = gs[i]!;
        const from = gAcct[grp]!;
        const key = from * nW + wi[i]!;
        let to = moved.get(key);
        if (to === undefined) {
          const nb = money(from) - sn * ws[wi[i]!]!;
          if (track) {
            // what is left at t: nb / D + snb / E · t; those who pay everything (nb ≤ 0) must go on doing so
            const snb = growth(from) - ssn * ws[wi[i]!]!;
            if (nb < 0n) {
              if (snb > 0n) limit(ceilDiv(-nb * E, snb * D));
            } else if (nb === 0n) {
              if (snb !== 0n) limit(1n);
            } else if (snb < 0n) limit(ceilDiv(nb * E, -snb * D)); // cannot happen: slopes are never negative
            to = nb <= 0n ? 0 : newAccount(nb, snb);
          } else to = nb <= 0n ? 0 : newAccount(nb, 0n);
          moved.set(key, to);
        }
        gAcct[grp] = to;
        holders[from]!--;
        holders[to]!++;
      }
      // the new order: the accounts still held, with the new ones (few) put in place by binary search, after
      // those with as much money (the order among equal amounts decides nothing)
      const kept = order.filter((a) => a === 0 || holders[a]! > 0);
      const fresh: number[] = [];
      for (const to of moved.values()) if (to !== 0) fresh.push(to);
      fresh.sort((x, y) => (acct[x]! < acct[y]! ? -1 : acct[x]! > acct[y]! ? 1 : x - y));
      const merged: number[] = new Array<number>(kept.length + fresh.length);
      let i = 0;
      let o = 0;
      for (const x of fresh) {
        let lo = i;
        let hi = kept.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (money(kept[mid]!) <= acct[x]!) lo = mid + 1;
          else hi = mid;
        }
        while (i < lo) merged[o++] = kept[i++]!;
        merged[o++] = x;
      }
      while (i < kept.length) merged[o++] = kept[i++]!;
      order = merged;
    } else if (track && bestNeedS !== 0n) limit(1n); // cannot happen: a free project's σ stays 0
    funded.push({ p: best, rho: frac(bestN, bestD) });
    cost = add(cost, prep.projects[best]!.cost);
    out[best] = 1;
  }
  const finalD = D;
  return {
    funded,
    cost,
    moneyAtEnd: (p) => {
      const count = new Map<number, number>();
      for (const g of sup[p]!) count.set(gAcct[g]!, (count.get(gAcct[g]!) ?? 0) + sizes[g]!);
      let sum = 0n;
      for (const [a, k] of count) sum += money(a) * BigInt(k);
      return frac(sum, finalD);
    },
    jump,
  };
}

/** The float run's view of the election (null when a number does not fit a float). */
function filterInput(prep: Prepared, inst: BudgetingInstance, utility: Utility): FilterInput | null {
  const cost = new Float64Array(prep.projects.length);
  const costErr = new Float64Array(prep.projects.length);
  const free = new Uint8Array(prep.projects.length);
  for (let p = 0; p < prep.projects.length; p++) {
    const c = prep.projects[p]!.cost;
    const f = floatShare(c);
    if (!f || c.n < 0n) return null;
    cost[p] = f.value;
    costErr[p] = f.err;
    free[p] = c.n === 0n ? 1 : 0;
  }
  const supW = prep.supWeight.map((ws) => Float64Array.from(ws, (w) => Number(w)));
  if (supW.some((ws) => ws.some((w) => !(w <= 2 ** 53)))) return null;
  if (prep.sizes.reduce((a, b) => a + b, 0) > 2 ** 40) return null;
  const weightOf = Float64Array.from(prep.sup, (gs, p) => gs.reduce((sum, g, i) => sum + prep.sizes[g]! * supW[p]![i]!, 0));
  const supSize = prep.sup.map((gs) => Float64Array.from(gs, (g) => prep.sizes[g]!));
  const unit = Uint8Array.from(supW, (ws) => (ws.every((w) => w === 1) ? 1 : 0));
  return {
    sup: prep.sup,
    supW,
    supSize,
    unit,
    sizes: prep.sizes,
    cost,
    costErr,
    free,
    weightOf,
    costUtility: utility === 'cost',
    ids: inst.projects.map((p) => p.id),
  };
}

/** A non-negative fraction as a float with a bound on its error (three roundings), or null when it does not fit. */
function floatShare(x: Fraction): FloatShare | null {
  const value = Number(x.n) / Number(x.d);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && x.n !== 0n) || value > 2 ** 900 || (value > 0 && value < 2 ** -900)) return null;
  return { value, err: value * 4.8e-16 };
}

/** A run whose funded projects provedFunded proved: enough for the add1 loop, not for the explanations. */
function provedRun(prep: Prepared, funded: number[]): Run {
  let cost = ZERO;
  for (const p of funded) cost = add(cost, prep.projects[p]!.cost);
  return {
    funded: funded.map((p) => ({ p, rho: ZERO })),
    cost,
    moneyAtEnd: () => {
      throw new Error('equal shares: a proved run has no money to show');
    },
    jump: null,
    proved: true,
  };
}

const supportedCount = (prep: Prepared): number => prep.sup.reduce((k, gs) => k + (gs.length > 0 ? 1 : 0), 0);

/**
 * No unselected project fits in what is left, or the cap on winners is reached, or every project anyone voted for
 * is funded (raising the shares cannot buy a project nobody voted for: without this, add1 would never end).
 */
function isExhaustive(prep: Prepared, run: Run, budget: Fraction, cap: number): boolean {
  if (run.funded.length >= Math.min(cap, supportedCount(prep))) return true;
  const left = sub(budget, run.cost);
  const chosen = new Set(run.funded.map((f) => f.p));
  return prep.projects.every((pr, p) => chosen.has(p) || compare(pr.cost, left) > 0);
}

export function equalShares(inst: BudgetingInstance, options: EqualSharesOptions): EqualSharesOutcome {
  const cap = options.maxWinners ?? Infinity;
  if (options.maxWinners !== undefined && !(Number.isInteger(cap) && cap >= 0))
    throw new Error(`maxWinners must be a whole number ≥ 0, not ${options.maxWinners}`);
  const prep = prepare(inst, options.utility);
  const voters = BigInt(inst.ballots.length);
  const budget = inst.budget;
  let share = voters === 0n ? ZERO : div(budget, frac(voters));
  let run: Run;
  let runs = 1;
  if (options.completion === 'none' || voters === 0n) {
    run = runOnce(prep, share, cap);
  } else {
    // add1: until the outcome is exhaustive; add1-full: until every project with supporters is selected (nobody
    // pays for the others) or the cap; both stop before a raise whose outcome would cost more than the budget
    const final =
      options.completion === 'add1-full' ? (r: Run) => r.funded.length >= Math.min(supportedCount(prep), cap) : (r: Run) => isExhaustive(prep, r, budget, cap);
    if (options.completion === 'add1-full') share = frac(floor(share));
    if (options.stepByStep) {
      run = runOnce(prep, share, cap);
      while (!final(run)) {
        const next = runOnce(prep, add(share, ONE), cap);
        runs++;
        if (compare(next.cost, budget) > 0) break;
        share = add(share, ONE);
        run = next;
      }
    } else {
      // Whether to go on depends only on the funded projects, the same for every raise below the run's jump:
      // go straight to the first raise whose outcome may differ. Landing there is what the 1 zł steps would
      // do; if it costs too much, the steps would have stopped one raise before it, with the same projects.
      // Following a run in the raise costs more than the run, and where decisions change at almost every raise
      // nothing is skipped: after a followed run that could not jump, the next `gap` raises are 1 zł steps (gap
      // 32, doubling up to 256 each time, 16 again after a jump) whose funded projects a float run proves when it can
      // (provedFunded: floats decide nothing, an exact run is made when it cannot tell), and the outcome of the
      // raise where the steps stop is run exactly once more for the explanations.
      const filter = filterInput(prep, inst, options.utility);
      const hint: FilterHint = { sigma: [] };
      run = runOnce(prep, share, cap, true);
      let exact = true;
      let followed = true;
      let gap = 16;
      let wait = 0;
      while (!final(run)) {
        const k: bigint | null = followed ? run.jump : 1n;
        if (k === null) throw new Error('equal shares: no raise of the share changes an outcome that is not final');
        if (followed && k === 1n) {
          gap = Math.min(gap * 2, 256);
          wait = gap;
        } else if (k > 1n) gap = 16;
        const nextShare = add(share, frac(k));
        let next: Run | null = null;
        followed = k > 1n || wait === 0;
        if (!followed) {
          wait--;
          if (filter) {
            const fs = floatShare(nextShare);
            const proved = fs && provedFunded(filter, fs, cap, hint);
            if (proved) next = provedRun(prep, proved);
          }
        }
        next ??= runOnce(prep, nextShare, cap, followed);
        runs++;
        if (compare(next.cost, budget) > 0) {
          if (k > 1n) {
            share = add(share, frac(k - 1n));
            run = runOnce(prep, share, cap);
            exact = true;
            runs++;
          }
          break;
        }
        share = nextShare;
        run = next;
        exact = !next.proved;
      }
      if (!exact) {
        run = runOnce(prep, share, cap);
        runs++;
      }
    }
  }

  const fundedBy = new Map(run.funded.map((f, i) => [f.p, { round: i + 1, rho: f.rho }]));
  const selected = run.funded.map((f) => prep.projects[f.p]!.id);
  let cost = run.cost;
  let greedyBy = new Map<string, GreedyExplanation>();
  if (options.completion === 'add1-greedy') {
    const rest = inst.projects.filter((_, p) => !fundedBy.has(p));
    const fill = greedyFill(rest, voteTotals(inst), sub(budget, cost), cap - run.funded.length);
    selected.push(...fill.funded);
    cost = sub(budget, fill.remaining);
    greedyBy = new Map(fill.explanations.map((e) => [e.id, e]));
  }

  const explanations: EqualSharesExplanation[] = prep.projects.map((pr, p) => {
    const gs = prep.supGroup[p] ?? [];
    const supporters = gs.reduce((s, g) => s + prep.sizes[g]!, 0);
    const atStart = mulInt(share, BigInt(supporters));
    const atEnd = run.moneyAtEnd(p);
    const base = {
      id: pr.id,
      cost: toString(pr.cost),
      supporters,
      supportersMoneyAtStart: toString(atStart),
      supportersMoneyAtEnd: toString(atEnd),
    };
    const f = fundedBy.get(p);
    if (f) return { ...base, funded: true, code: 'funded', round: f.round, rho: toString(f.rho) };
    const g = greedyBy.get(pr.id);
    if (g?.funded) return { ...base, funded: true, code: 'funded-by-completion', greedy: g };
    const mine = new Uint8Array(prep.sizes.length);
    for (const g of gs) mine[g] = 1;
    const supportersFunded = run.funded.filter((x) => (prep.supGroup[x.p] ?? []).some((gg) => mine[gg] === 1)).map((x) => prep.projects[x.p]!.id);
    let code: EqualSharesCode;
    if (supporters === 0) code = 'no-supporters';
    else if (compare(atStart, pr.cost) < 0) code = 'supporters-could-not-afford';
    else if (selected.length >= cap && compare(atEnd, pr.cost) >= 0) code = 'winner-limit-reached';
    else code = 'supporters-money-spent';
    return { ...base, funded: false, code, supportersFunded, ...(g ? { greedy: g } : {}) };
  });
  return { selected: selected.sort(byIdString), cost, explanations, share, runs };
}
