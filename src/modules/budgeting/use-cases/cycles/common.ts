import { AppError } from '../../../../core/http/errors.js';
import type { RuleProblem } from '../../domain/cycle-rules.js';

/** The entity type of proposals (comments, follows, flags, notifications); the entity id is the public number. */
export const proposalType = 'proposal';

/** A proposal's public page. */
export const proposalPath = (number: number) => `/budgeting/proposals/${number}`;

/** A rule's refusal as a 400 naming the field, with a message `error.<code>`. */
export function ruleError(problem: RuleProblem): AppError {
  const params = problem.params ?? {};
  return new AppError(400, problem.code, params, { [problem.field]: { key: `error.${problem.code}`, params } });
}
