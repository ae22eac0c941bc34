/** Rules of cycles and headings: money amounts and each ballot kind's limits. Pure. */
import { compare, frac, parseDecimal } from './fraction.js';

/** How a heading's ballot is filled in: projects within the amount, a number of projects, or points. */
export const ballotKinds = ['approval-budget', 'approval-count', 'points'] as const;
export type BallotKind = (typeof ballotKinds)[number];

/** A refusal naming the field and the message code (`error.<code>`), with its parameters. */
export interface RuleProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

export const cycleTitleLimits = { min: 3, max: 200 } as const;
export const cycleDescriptionMax = 5000;
export const headingTitleLimits = { min: 3, max: 200 } as const;

/** The largest amount a numeric(16,2) column holds, in whole roubles. */
const maxMoney = frac(10n ** 14n);

/**
 * Why a money text is not acceptable (a positive decimal with at most two decimals, below 10^14), or
 * null. Zero is accepted only when `allowZero`.
 */
export function moneyProblem(text: string, allowZero = false): 'cycle_money_invalid' | 'cycle_money_not_positive' | 'cycle_money_too_large' | null {
  if (!/^\s*\d{1,18}(\.\d{1,2})?\s*$/.test(text)) return 'cycle_money_invalid';
  const value = parseDecimal(text);
  if (value.n === 0n && !allowZero) return 'cycle_money_not_positive';
  if (compare(value, maxMoney) >= 0) return 'cycle_money_too_large';
  return null;
}

/** The money text as the database stores it: "1500000.00". */
export function normalMoney(text: string): string {
  const [whole, dec = ''] = text.trim().split('.');
  return `${BigInt(whole!).toString()}.${dec.padEnd(2, '0')}`;
}

export interface HeadingLimits {
  amount: string;
  maxWinners: number | null;
  ballotKind: BallotKind;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
}

/**
 * The first problem with a heading's amount, cap on winners and ballot limits, or null:
 * approval-count needs 1 ≤ maxProjects and 0 ≤ minProjects ≤ maxProjects; points needs a total and a
 * per-project maximum not above the total. Limits of other kinds must be empty.
 */
export function headingProblem(h: HeadingLimits): RuleProblem | null {
  const money = moneyProblem(h.amount);
  if (money) return { field: 'amount', code: money };
  if (h.maxWinners !== null && h.maxWinners < 1) return { field: 'maxWinners', code: 'cycle_max_winners_invalid' };
  if (h.ballotKind === 'approval-count') {
    if (h.maxProjects === null || h.maxProjects < 1) return { field: 'maxProjects', code: 'cycle_max_projects_required' };
    if (h.minProjects !== null && (h.minProjects < 0 || h.minProjects > h.maxProjects))
      return { field: 'minProjects', code: 'cycle_min_projects_invalid', params: { max: h.maxProjects } };
  } else if (h.minProjects !== null || h.maxProjects !== null) {
    return { field: h.maxProjects !== null ? 'maxProjects' : 'minProjects', code: 'cycle_limits_not_for_kind' };
  }
  if (h.ballotKind === 'points') {
    if (h.pointsTotal === null || h.pointsTotal < 1) return { field: 'pointsTotal', code: 'cycle_points_total_required' };
    if (h.pointsPerProject === null || h.pointsPerProject < 1 || h.pointsPerProject > h.pointsTotal)
      return { field: 'pointsPerProject', code: 'cycle_points_per_project_invalid', params: { total: h.pointsTotal } };
  } else if (h.pointsTotal !== null || h.pointsPerProject !== null) {
    return { field: h.pointsTotal !== null ? 'pointsTotal' : 'pointsPerProject', code: 'cycle_limits_not_for_kind' };
  }
  return null;
}
