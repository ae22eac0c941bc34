import { AppError } from '../http/errors.js';

import type { Actor } from './actor.js';
import type { Decision, DenialKind } from './decision.js';

export { allow, deny, notNow, notVisible, signInFirst, signedIn, type Decision } from './decision.js';

const statusOf: Record<DenialKind, number> = { unauthenticated: 401, forbidden: 403, conflict: 409, hidden: 404 };
type Params = Record<string, string | number>;

/**
 * The one authorization gate: a denial becomes its kind's status (401 sign in, 403 not you, 409 not now, 404 not
 * visible) with the reason as the code and `error.<reason>` as the message, filled with `params`. After it the
 * actor is what the rule proved: a `signedIn` rule leaves a `UserActor`. A rule about facts alone (no actor) is
 * passed without one.
 */
export function authorize<A extends Actor>(actor: Actor, decision: Decision<A>, params?: Params): asserts actor is A;
export function authorize(decision: Decision, params?: Params): void;
export function authorize(...args: [Actor, Decision, Params?] | [Decision, Params?]): void {
  const [decision, params] = 'allowed' in args[0] ? (args as [Decision, Params?]) : [args[1] as Decision, args[2] as Params | undefined];
  if (decision.allowed) return;
  throw new AppError(statusOf[decision.kind], decision.reason, params ?? {});
}
