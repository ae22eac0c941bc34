import { AppError } from '../http/errors.js';

import type { Decision } from './decision.js';

export { allow, deny, type Decision } from './decision.js';

/**
 * The one authorization gate. Throws a 401 for an anonymous actor denied with `unauthenticated`; a 409 when the
 * reason is one of `conflicts` (the caller's refusals about the moment or the state of a thing, not about who asks);
 * otherwise a 403. The code is the denial reason (its message is `error.<reason>`, filled with `params`).
 */
export function authorize(decision: Decision, opts: { conflicts?: readonly string[]; params?: Record<string, string | number> } = {}): void {
  if (decision.allowed) return;
  if (decision.reason === 'unauthenticated') throw new AppError(401, 'unauthenticated');
  throw new AppError(opts.conflicts?.includes(decision.reason) ? 409 : 403, decision.reason, opts.params ?? {});
}
