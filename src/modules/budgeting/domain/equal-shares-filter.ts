/**
 * A floating-point run of equal shares that either proves which projects the exact run funds, in which order, or
 * says it cannot tell (null). add1 asks it for every raise of the share and runs the exact rule only when it
 * cannot tell, and once for the final outcome: floats never decide anything, they only avoid exact runs whose
 * result they have proved.
 *
 * How it proves: every voter group's money m̃ is kept with a bound err on its distance to the exact money m.
 * For a project, the exact σ (smallest payment per unit of weight with Σ size·min(m, σ·w) ≥ cost) is bracketed
 * by evaluating f(σ) = Σ size·min(m̃, σ·w) at σ̃ ∓ δ with a bound on the difference to the exact f (the groups'
 * err where min may take the money, plus the rounding of the sum, which is at most (terms + 2)·u·(sum of the
 * terms) for non-negative terms, u = 2⁻⁵³): f below the cost at σ̃ − δ and above it at σ̃ + δ put the exact σ in
 * between. A round's winner is proved when its ρ interval lies below every other candidate's (projects not
 * evaluated keep an earlier ρ lower bound: within a run money only goes, so ρ only grows); a project is proved
 * unaffordable or affordable when its supporters' money is below or above its cost by more than the bounds.
 * After the winner is paid for, a group's new money max(m̃ − σ̃·w, 0) is within err + w·δ (+ rounding) of the
 * exact max(m − σ·w, 0); a group that certainly could not pay σ·w has exactly 0 left, with no error.
 * Exact ties (two projects with the same ρ, money exactly equal to a cost) are never proved: null.
 */

/** The unit roundoff 2⁻⁵³, taken a little larger. */
const U = 1.2e-16;
/** a < b, proved for non-negative a and b computed with a few roundings each. */
const less = (a: number, b: number): boolean => a * (1 + 8 * U) < b * (1 - 8 * U);
/** How far above σ the bracket may reach, relative to σ. */
const PROBE = 2 ** -22;
const UNAFFORDABLE = -1;
const UNSURE = -2;

export interface FilterInput {
  /** Per project: its supporting groups, and each supporter's weight. */
  sup: Int32Array[];
  supW: Float64Array[];
  /** Per project: each supporter's group size, and whether every weight is 1. */
  supSize: Float64Array[];
  unit: Uint8Array;
  /** Group sizes. */
  sizes: Float64Array;
  /** Per project: the cost as a float, a bound on its error, and whether it is exactly 0. */
  cost: Float64Array;
  costErr: Float64Array;
  free: Uint8Array;
  /** Per project: its supporters' total weight Σ size·w. */
  weightOf: Float64Array;
  /** ρ = σ / c: c is the cost (utility cost) or 1 (utility approval). */
  costUtility: boolean;
  ids: string[];
}

/** The share as a float and a bound on its error. */
export interface FloatShare {
  value: number;
  err: number;
}

/** What a run leaves for the next raise's: per round, each evaluated project's σ (estimates only). */
export interface FilterHint {
  sigma: Float64Array[];
}

/**
 * The funded projects, in order, of the exact run of equal shares at `share` stopping after `maxWinners`,
 * when the float run proves them; null otherwise.
 */
export function provedFunded(input: FilterInput, share: FloatShare, maxWinners: number, hint?: FilterHint): number[] | null {
  const { sup, supW, supSize, unit, sizes, cost, costErr, free, costUtility, ids, weightOf } = input;
  const n = sup.length;
  const groups = sizes.length;
  const m = new Float64Array(groups).fill(share.value);
  const err = new Float64Array(groups).fill(share.err);
  const lowerRho = new Float64Array(n); // a proved lower bound on each project's ρ (0 before it is evaluated)
  const lastSigma = new Float64Array(n); // σ's estimate when last evaluated (σ only grows within a run)
  const out = new Uint8Array(n);
  for (let p = 0; p < n; p++) if (sup[p]!.length === 0) out[p] = 1;
  const funded: number[] = [];
  const prevSigma = hint?.sigma;
  const sigmaByRound: Float64Array[] = [];

  // the last σ bracket, set by sigma(): σ ∈ [sLo, sHi], estimate s
  let s = 0;
  let sLo = 0;
  let sHi = 0;

  /** Σ size·min(m̃, σ·w) over p's supporters, and a bound on its distance to the exact Σ size·min(m, σ·w). */
  let fErr = 0;
  const f = (gs: Int32Array, ws: Float64Array, sigma: number): number => {
    let sum = 0;
    let e = 0;
    let top = 0;
    for (let i = 0; i < gs.length; i++) {
      const g = gs[i]!;
      const x = sigma * ws[i]!;
      const mg = m[g]!;
      const size = sizes[g]!;
      if (mg < x) sum += size * mg;
      else sum += size * x;
      if (mg - err[g]! < x) e += size * err[g]!;
      top += size * (mg > x ? mg : x);
    }
    fErr = (e * (1 + (gs.length + 2) * U) + (gs.length + 4) * U * top) * (1 + 8 * U);
    return sum;
  };

  /** Brackets p's σ; UNAFFORDABLE or UNSURE instead when so. */
  const sigma = (p: number): number => {
    if (free[p]) {
      // exactly 0 to pay: σ = 0 whatever the money
      s = sLo = sHi = 0;
      return 0;
    }
    const gs = sup[p]!;
    const ws = supW[p]!;
    const C = cost[p]!;
    const cE = costErr[p]!;
    const weight = weightOf[p]!;
    const terms = gs.length + 6;
    // Newton on the concave f: the voters who cannot pay σ·w pay all they have; started from the σ the
    // previous raise's run found in the same round (or from below); a pass also proves the bracket when no
    // voter's m̃/w is near the σ it finds
    const hinted = prevSigma?.[funded.length]?.[p] ?? 0;
    let sg = hinted > 0 ? hinted : Math.max(C / weight, lastSigma[p]! * (1 - 1e-9));
    const ss = supSize[p]!;
    const one = unit[p] === 1;
    let allErr = 0;
    for (let it = 0; ; it++) {
      if (it > 60) return UNSURE;
      let poorMoney = 0;
      let poorWeight = 0;
      let maxPoor = 0; // the largest m̃/w among those who cannot pay σ·w, the smallest among those who can
      let minRich = Infinity;
      let total = 0;
      let sumErr = 0;
      if (one) {
        // without branches: whether a voter can pay is as good as random
        for (let i = 0; i < gs.length; i++) {
          const g = gs[i]!;
          const mg = m[g]!;
          total += ss[i]! * mg;
          sumErr += ss[i]! * err[g]!;
          const poor = +(mg < sg);
          const size = ss[i]! * poor;
          poorMoney += size * mg;
          poorWeight += size;
          maxPoor = Math.max(maxPoor, mg * poor);
          minRich = Math.min(minRich, mg + poor * 1e300);
        }
      } else {
        for (let i = 0; i < gs.length; i++) {
          const g = gs[i]!;
          const mg = m[g]!;
          total += ss[i]! * mg;
          sumErr += ss[i]! * err[g]!;
          const w = ws[i]!;
          if (mg < sg * w) {
            poorMoney += ss[i]! * mg;
            poorWeight += ss[i]! * w;
            if (mg > maxPoor * w) maxPoor = mg / w;
          } else if (mg < minRich * w) minRich = mg / w;
        }
      }
      if (it === 0) {
        // every supporter's money is within its err of the exact one
        allErr = sumErr * (1 + terms * U);
        const totalErr = (allErr + terms * U * total) * (1 + 8 * U);
        if (less(total + totalErr, C - cE)) return UNAFFORDABLE;
        if (!less(C + cE, total - totalErr)) return UNSURE;
      }
      const restWeight = weight - poorWeight;
      if (!(restWeight > 0)) return UNSURE;
      const next = (C - poorMoney) / restWeight;
      if (maxPoor < next * (1 - 3 * PROBE) && next * (1 + 3 * PROBE) < minRich) {
        // the same voters cannot pay at `next`: f is poorMoney + σ·restWeight around it, rising by
        // d·restWeight to next + d, falling by as much to next − d; the exact money's f is within all the
        // supporters' errors of it
        const at = poorMoney + next * restWeight;
        const R = terms * U * (poorMoney + next * weight) * (1 + 8 * U);
        const d = (1.25 * (R + allErr + cE + Math.abs(at - C)) + 32 * U * (C + at)) / restWeight;
        if (d <= next * PROBE * 0.5 && less(at + R + allErr, C - cE + d * restWeight) && less(C + cE + R + allErr, at + d * restWeight)) {
          s = next;
          sLo = next - d > 0 ? next - d : 0;
          sHi = next + d;
          lastSigma[p] = next;
          return 0;
        }
      }
      // Newton: from below, each step stays below the root; a first step from above lands below it
      if (next > sg || (it === 0 && next < sg)) {
        sg = next;
        continue;
      }
      break;
    }
    // the slow way: evaluate f below and above
    const at = f(gs, ws, sg);
    let restWeight = 0;
    for (let i = 0; i < gs.length; i++) if (m[gs[i]!]! >= sg * ws[i]!) restWeight += sizes[gs[i]!]! * ws[i]!;
    if (!(restWeight > 0)) return UNSURE;
    let d = Math.max((2 * (fErr + cE + Math.abs(at - C))) / restWeight, 4 * U * sg);
    for (let tries = 0; ; tries++) {
      if (tries > 3) return UNSURE;
      const lo = sg - d;
      const hi = sg + d;
      const below = lo <= 0 || less(f(gs, ws, lo) + fErr, C - cE);
      const above = below && less(C + cE, f(gs, ws, hi) - fErr);
      if (below && above) {
        s = sg;
        sLo = lo > 0 ? lo : 0;
        sHi = hi;
        lastSigma[p] = sg;
        return 0;
      }
      d *= 16;
    }
  };

  const candidates: number[] = [];
  const evalP: number[] = [];
  const evalLo: number[] = [];
  const evalHi: number[] = [];
  while (funded.length < maxWinners) {
    candidates.length = 0;
    for (let p = 0; p < n; p++) if (!out[p]) candidates.push(p);
    if (candidates.length === 0) break;
    candidates.sort((a, b) => lowerRho[a]! - lowerRho[b]!);
    evalP.length = 0;
    evalLo.length = 0;
    evalHi.length = 0;
    let best = -1;
    let bestLo = 0;
    let bestHi = 0;
    let bestMid = 0;
    let bS = 0;
    let bLo = 0;
    let bHi = 0;
    for (const p of candidates) {
      if (best >= 0 && lowerRho[p]! > bestHi) break;
      const r = sigma(p);
      if (r === UNSURE) return null;
      if (r === UNAFFORDABLE) {
        out[p] = 1;
        continue;
      }
      (sigmaByRound[funded.length] ??= new Float64Array(n))[p] = s;
      let lo: number;
      let hi: number;
      if (free[p]) lo = hi = 0;
      else if (costUtility) {
        lo = (sLo / (cost[p]! + costErr[p]!)) * (1 - 8 * U);
        hi = (sHi / (cost[p]! - costErr[p]!)) * (1 + 8 * U);
      } else {
        lo = sLo;
        hi = sHi;
      }
      if (lo > lowerRho[p]!) lowerRho[p] = lo;
      evalP.push(p);
      evalLo.push(lo);
      evalHi.push(hi);
      const mid = (lo + hi) / 2;
      if (best < 0 || mid < bestMid || (mid === bestMid && ids[p]! < ids[best]!)) {
        best = p;
        bestLo = lo;
        bestHi = hi;
        bestMid = mid;
        bS = s;
        bLo = sLo;
        bHi = sHi;
      }
    }
    if (best < 0) break;
    // proved only if every other evaluated candidate's ρ is certainly above the winner's (or both are exactly 0,
    // free projects, where the smaller id wins as in the exact run)
    for (let i = 0; i < evalP.length; i++) {
      const q = evalP[i]!;
      if (q === best) continue;
      if (evalLo[i]! > bestHi) continue;
      if (free[q] && free[best] && ids[best]! < ids[q]!) continue;
      return null;
    }
    void bestLo;
    if (!free[best]) {
      // pay: who certainly cannot pay σ·w has exactly 0 left; the others max(m̃ − σ̃·w, 0), within err + w·δ
      const gs = sup[best]!;
      const ws = supW[best]!;
      const d = Math.max(bS - bLo, bHi - bS);
      for (let i = 0; i < gs.length; i++) {
        const g = gs[i]!;
        const w = ws[i]!;
        const mg = m[g]!;
        if (less(mg + err[g]!, bLo * w)) {
          m[g] = 0;
          err[g] = 0;
        } else {
          const x = bS * w;
          const left = mg - x;
          m[g] = left > 0 ? left : 0;
          err[g] = (err[g]! + w * d + 3 * U * (mg + x)) * (1 + 8 * U);
        }
      }
    }
    funded.push(best);
    out[best] = 1;
  }
  if (hint) hint.sigma = sigmaByRound;
  return funded;
}
