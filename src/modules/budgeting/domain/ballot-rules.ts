/** What a ballot may contain, per ballot kind. Pure and exact (money as fractions). */
import { type Fraction, add, compare, toDecimal, ZERO } from './fraction.js';

export type BallotKindName = 'approval-budget' | 'approval-count' | 'points';

/** A heading's ballot rules. */
export interface BallotRules {
  kind: BallotKindName;
  /** The heading's amount: an approval-budget ballot's chosen projects must cost no more in total. */
  amount: Fraction;
  minProjects: number | null;
  maxProjects: number | null;
  pointsTotal: number | null;
  pointsPerProject: number | null;
}

/** What is known about a number the voter named. */
export type ChoiceStanding =
  | { standing: 'on-ballot'; cost: Fraction }
  /** A proposal of another heading. */
  | { standing: 'other-heading' }
  /** A proposal of this heading that is not on the ballot (not feasible, withdrawn, merged, hidden). */
  | { standing: 'not-on-ballot' }
  | { standing: 'unknown' };

export interface Choice {
  number: number;
  points?: number | undefined;
}

export type BallotProblemCode =
  | 'ballot_empty'
  | 'ballot_duplicate_project'
  | 'ballot_project_unknown'
  | 'ballot_project_other_heading'
  | 'ballot_project_not_on_ballot'
  | 'ballot_over_budget'
  | 'ballot_too_few'
  | 'ballot_too_many'
  | 'ballot_points_not_allowed'
  | 'ballot_points_missing'
  | 'ballot_points_over_project'
  | 'ballot_points_over_total';

export interface BallotProblem {
  code: BallotProblemCode;
  params: Record<string, string | number>;
}

export type BallotCheck = { ok: true; numbers: number[]; points: number[]; cost: Fraction } | { ok: false; problem: BallotProblem };

const problem = (code: BallotProblemCode, params: Record<string, string | number> = {}): BallotCheck => ({ ok: false, problem: { code, params } });

/**
 * Checks a ballot against its heading's rules: every project named once and on this heading's ballot;
 * approval-budget: total cost within the amount; approval-count: between min and max projects; points: each
 * project 1..per-project maximum and the total within the points total (approval kinds take no points other
 * than 1). Returns the normalised ballot (numbers ascending with their points) or the first problem.
 */
export function checkBallot(rules: BallotRules, choices: Choice[], standingOf: (n: number) => ChoiceStanding): BallotCheck {
  if (choices.length === 0)
    return problem(rules.kind === 'approval-count' && rules.minProjects ? 'ballot_too_few' : 'ballot_empty', { min: rules.minProjects ?? 1 });
  const seen = new Set<number>();
  let cost = ZERO;
  let pointsSum = 0;
  for (const c of choices) {
    if (seen.has(c.number)) return problem('ballot_duplicate_project', { number: c.number });
    seen.add(c.number);
    const s = standingOf(c.number);
    if (s.standing === 'unknown') return problem('ballot_project_unknown', { number: c.number });
    if (s.standing === 'other-heading') return problem('ballot_project_other_heading', { number: c.number });
    if (s.standing === 'not-on-ballot') return problem('ballot_project_not_on_ballot', { number: c.number });
    cost = add(cost, s.cost);
    if (rules.kind === 'points') {
      if (c.points === undefined || c.points < 1) return problem('ballot_points_missing', { number: c.number });
      if (rules.pointsPerProject !== null && c.points > rules.pointsPerProject)
        return problem('ballot_points_over_project', { number: c.number, max: rules.pointsPerProject });
      pointsSum += c.points;
    } else if (c.points !== undefined && c.points !== 1) {
      return problem('ballot_points_not_allowed', { number: c.number });
    }
  }
  if (rules.kind === 'approval-budget' && compare(cost, rules.amount) > 0)
    return problem('ballot_over_budget', { total: toDecimal(cost), amount: toDecimal(rules.amount) });
  if (rules.kind === 'approval-count') {
    if (rules.minProjects !== null && choices.length < rules.minProjects) return problem('ballot_too_few', { min: rules.minProjects });
    if (rules.maxProjects !== null && choices.length > rules.maxProjects) return problem('ballot_too_many', { max: rules.maxProjects });
  }
  if (rules.kind === 'points' && rules.pointsTotal !== null && pointsSum > rules.pointsTotal)
    return problem('ballot_points_over_total', { total: pointsSum, max: rules.pointsTotal });
  const sorted = [...choices].sort((a, b) => a.number - b.number);
  return { ok: true, numbers: sorted.map((c) => c.number), points: sorted.map((c) => (rules.kind === 'points' ? c.points! : 1)), cost };
}
