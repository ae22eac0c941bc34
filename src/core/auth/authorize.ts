import { AppError } from '../http/errors.js';

import type { Decision } from './decision.js';

export { allow, deny, type Decision } from './decision.js';

/**
 * The one authorization gate. Throws a 401 for an anonymous actor denied with `unauthenticated`,
 * otherwise a 403 whose code is the denial reason (its message is `error.<reason>`).
 */
export function authorize(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.reason === 'unauthenticated') throw new AppError(401, 'unauthenticated');
  throw new AppError(403, decision.reason);
}
