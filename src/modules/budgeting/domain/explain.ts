/**
 * A rule's outcome as the published, per-project explanation: codes and figures (money rounded to kopecks)
 * that the web turns into sentences ("won: 4,210 votes, fitted in the remaining 12.3 M ₽"). Pure.
 */
import { type Fraction, frac, parseDecimal, toDecimal } from './fraction.js';
import { equalShares, type Completion, type EqualSharesExplanation, type EqualSharesOutcome, type Utility } from './equal-shares.js';
import { greedy, voteTotals, type GreedyExplanation, type RuleOutcome } from './greedy.js';
import type { BudgetingInstance } from './instance.js';

/** An administrator's published reason for overriding a rule's winners: long enough to say why. */
export const overrideReasonLimits = { min: 10, max: 2000 } as const;

export interface ProjectExplanation {
  /** Project id in the ballot file. */
  id: string;
  /** Votes (points) it received, as an integer string. */
  votes: string;
  /** Exact decimal. */
  cost: string;
  funded: boolean;
  /** greedy: funded | did-not-fit-remaining-budget; equal shares: funded | funded-by-completion | no-supporters |
   *  supporters-could-not-afford | supporters-money-spent (a later rule may add codes; the web has a fallback). */
  code: string;
  /** Place in the order by votes (1-based). */
  rank: number;
  /** Money left when its turn came in greedy (or the greedy completion), in roubles to the kopeck. */
  remainingBefore?: string;
  /** Equal shares: the round that funded it, its supporters, their money at the start and at the end. */
  round?: number;
  supporters?: number;
  supportersMoneyAtStart?: string;
  supportersMoneyAtEnd?: string;
  /** Equal shares: funded projects its supporters paid for instead (ids). */
  supportersFunded?: string[];
}

function fractionOf(value: string): Fraction {
  const m = /^(-?\d+)\/(\d+)$/.exec(value);
  return m ? frac(BigInt(m[1]!), BigInt(m[2]!)) : parseDecimal(value);
}

/** An exact amount written by the rules ("a/b" or an integer) as an exact decimal (costs are always decimals). */
export const exactText = (value: string): string => toDecimal(fractionOf(value));

/** A fraction ("a/b" or a decimal string) as a decimal rounded half-up to 2 places. */
export function moneyText(value: string | Fraction): string {
  const f = typeof value === 'string' ? fractionOf(value) : value;
  const neg = f.n < 0n;
  const n = neg ? -f.n : f.n;
  const cents = (n * 200n + f.d) / (2n * f.d);
  const whole = cents / 100n;
  const rest = (cents % 100n).toString().padStart(2, '0');
  return `${neg && cents !== 0n ? '-' : ''}${whole}.${rest}`;
}

/** Projects by votes, descending, ties by id as a string (the rules' own order). */
function ranks(totals: Map<string, bigint>): Map<string, number> {
  const ids = [...totals.keys()].sort((a, b) => {
    const va = totals.get(a)!;
    const vb = totals.get(b)!;
    return va > vb ? -1 : va < vb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  });
  return new Map(ids.map((id, i) => [id, i + 1]));
}

/** Explanations of a greedy outcome, every project, by rank. */
export function explainGreedy(outcome: RuleOutcome<GreedyExplanation>, totals: Map<string, bigint>): ProjectExplanation[] {
  const rank = ranks(totals);
  return outcome.explanations
    .map((e) => ({
      id: e.id,
      votes: e.votes,
      cost: exactText(e.cost),
      funded: e.funded,
      code: e.code,
      rank: rank.get(e.id) ?? e.rank,
      remainingBefore: moneyText(e.remainingBefore),
    }))
    .sort((a, b) => a.rank - b.rank);
}

/** Explanations of an equal-shares outcome, every project, by rank. */
export function explainEqualShares(outcome: EqualSharesOutcome, totals: Map<string, bigint>): ProjectExplanation[] {
  const rank = ranks(totals);
  return outcome.explanations
    .map((e: EqualSharesExplanation) => {
      const out: ProjectExplanation = {
        id: e.id,
        votes: (totals.get(e.id) ?? 0n).toString(),
        cost: exactText(e.cost),
        funded: e.funded,
        code: e.code,
        rank: rank.get(e.id) ?? 0,
        supporters: e.supporters,
        supportersMoneyAtStart: moneyText(e.supportersMoneyAtStart),
        supportersMoneyAtEnd: moneyText(e.supportersMoneyAtEnd),
      };
      if (e.round !== undefined) out.round = e.round;
      if (e.supportersFunded?.length) out.supportersFunded = e.supportersFunded;
      if (e.greedy) out.remainingBefore = moneyText(e.greedy.remainingBefore);
      return out;
    })
    .sort((a, b) => a.rank - b.rank);
}

export interface ExplainedOutcome {
  /** Winner ids, sorted as strings. */
  selected: string[];
  cost: Fraction;
  explanations: ProjectExplanation[];
}

/** Winners of an instance by the cycle's rule, with every project's explanation. */
export function decideAndExplain(
  inst: BudgetingInstance,
  options: { rule: 'greedy' | 'equal-shares'; utility: Utility; completion: Completion; maxWinners?: number | null },
): ExplainedOutcome {
  const totals = voteTotals(inst);
  const cap = options.maxWinners === null || options.maxWinners === undefined ? {} : { maxWinners: options.maxWinners };
  if (options.rule === 'greedy') {
    const o = greedy(inst, cap);
    return { selected: o.selected, cost: o.cost, explanations: explainGreedy(o, totals) };
  }
  const o = equalShares(inst, { utility: options.utility, completion: options.completion, ...cap });
  return { selected: o.selected, cost: o.cost, explanations: explainEqualShares(o, totals) };
}
