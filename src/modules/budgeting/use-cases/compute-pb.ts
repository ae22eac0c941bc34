import fs from 'node:fs';
import { AppError } from '../../../core/http/errors.js';
import { equalShares, type Completion, type Utility } from '../domain/equal-shares.js';
import { toDecimal, type Fraction } from '../domain/fraction.js';
import { greedy } from '../domain/greedy.js';
import { instanceFromPb } from '../domain/instance.js';
import { parsePb } from '../domain/pabulib.js';

export const rules = ['greedy', 'equal-shares'] as const;
export const utilities = ['cost', 'approval'] as const;
export const completions = ['none', 'add1', 'add1-full', 'add1-greedy'] as const;

export interface ComputeOptions {
  rule: string;
  utility?: string | undefined;
  completion?: string | undefined;
}

/** A fraction as a JSON number when it is an exact decimal (every real budget), else as "a/b". */
const amount = (f: Fraction): number | string => {
  const text = toDecimal(f);
  return text.includes('/') ? text : Number(text);
};

/**
 * Winners of a pabulib `.pb` election by a rule, with no database: `{ rule, budget, cost, selected }`
 * (ids as strings, sorted as strings). Refuses an unknown rule, utility or completion, a missing
 * file and a malformed one with a message naming the problem.
 */
export function computePb(file: string, options: ComputeOptions): { rule: string; budget: number | string; cost: number | string; selected: string[] } {
  const pick = <T extends string>(value: string | undefined, allowed: readonly T[], name: string, fallback: T): T => {
    const v = value ?? fallback;
    if (!(allowed as readonly string[]).includes(v)) throw new AppError(400, 'pb_bad_option', { option: name, value: v, allowed: allowed.join(', ') });
    return v as T;
  };
  const rule = pick(options.rule, rules, '--rule', 'greedy');
  const utility: Utility = pick(options.utility, utilities, '--utility', 'cost');
  const completion: Completion = pick(options.completion, completions, '--completion', 'none');
  if (!fs.existsSync(file)) throw new AppError(400, 'pb_file_missing', { file });
  let election;
  try {
    election = parsePb(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new AppError(400, 'pb_file_invalid', { file, details: (err as Error).message });
  }
  const instance = instanceFromPb(election);
  // a ballot file published by Gorod names its heading's cap on winners; the rules apply it as the tally did
  const capText = election.meta.gorod_max_winners;
  const cap = capText !== undefined && /^\d+$/.test(capText.trim()) ? { maxWinners: Number(capText) } : {};
  const outcome = rule === 'greedy' ? greedy(instance, cap) : equalShares(instance, { utility, completion, ...cap });
  return { rule, budget: amount(instance.budget), cost: amount(outcome.cost), selected: [...outcome.selected].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}
