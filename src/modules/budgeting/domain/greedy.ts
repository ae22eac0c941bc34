/** The plain greedy rule: projects by votes (points), each funded while it still fits. Pure, exact. */
import { type Fraction, compare, sub, toString } from './fraction.js';
import { type BudgetingInstance, byIdString, voteWeights } from './instance.js';

/** winner-limit-reached: it would have fitted, but the cap on winners (`maxWinners`) was already reached. */
export type GreedyCode = 'funded' | 'did-not-fit-remaining-budget' | 'winner-limit-reached';

export interface GreedyExplanation {
  id: string;
  funded: boolean;
  code: GreedyCode;
  /** Votes (points) the project received, as an integer string. */
  votes: string;
  /** 1-based place in the order by votes. */
  rank: number;
  cost: string;
  /** Money left when the project's turn came. */
  remainingBefore: string;
}

export interface RuleOutcome<E> {
  selected: string[];
  cost: Fraction;
  explanations: E[];
}

/** Total votes per project id (every project present, 0 when nobody voted for it). */
export function voteTotals(inst: BudgetingInstance): Map<string, bigint> {
  const totals = new Map<string, bigint>(inst.projects.map((p) => [p.id, 0n]));
  for (const b of inst.ballots) {
    const w = voteWeights(inst, b);
    b.ids.forEach((id, i) => totals.set(id, (totals.get(id) ?? 0n) + (w[i] ?? 0n)));
  }
  return totals;
}

/** Orders projects by votes (descending), ties by the smaller id as a string. */
export function orderByVotes<P extends { id: string }>(projects: P[], totals: Map<string, bigint>): P[] {
  return [...projects].sort((a, b) => {
    const va = totals.get(a.id) ?? 0n;
    const vb = totals.get(b.id) ?? 0n;
    return va > vb ? -1 : va < vb ? 1 : byIdString(a.id, b.id);
  });
}

/**
 * Greedy over `projects` in vote order with `remaining` money, funding at most `limit`: returns the explanations
 * in that order.
 * Used alone (greedy) and as the completion of equal shares.
 */
export function greedyFill(
  projects: { id: string; cost: Fraction }[],
  totals: Map<string, bigint>,
  remaining: Fraction,
  limit = Infinity,
): { funded: string[]; remaining: Fraction; explanations: GreedyExplanation[] } {
  const funded: string[] = [];
  const explanations: GreedyExplanation[] = [];
  orderByVotes(projects, totals).forEach((p, i) => {
    const fitsMoney = compare(p.cost, remaining) <= 0;
    const fits = fitsMoney && funded.length < limit;
    explanations.push({
      id: p.id,
      funded: fits,
      code: fits ? 'funded' : fitsMoney ? 'winner-limit-reached' : 'did-not-fit-remaining-budget',
      votes: (totals.get(p.id) ?? 0n).toString(),
      rank: i + 1,
      cost: toString(p.cost),
      remainingBefore: toString(remaining),
    });
    if (fits) {
      funded.push(p.id);
      remaining = sub(remaining, p.cost);
    }
  });
  return { funded, remaining, explanations };
}

export interface GreedyOptions {
  /** Stop funding after this many winners (the rest are explained as `winner-limit-reached` when they fitted). */
  maxWinners?: number;
}

export function greedy(inst: BudgetingInstance, options: GreedyOptions = {}): RuleOutcome<GreedyExplanation> {
  const cap = options.maxWinners ?? Infinity;
  if (options.maxWinners !== undefined && !(Number.isInteger(cap) && cap >= 0))
    throw new Error(`maxWinners must be a whole number ≥ 0, not ${options.maxWinners}`);
  const totals = voteTotals(inst);
  const { funded, remaining, explanations } = greedyFill(inst.projects, totals, inst.budget, cap);
  return { selected: [...funded].sort(byIdString), cost: sub(inst.budget, remaining), explanations };
}
