import type { Actor, UserActor } from './actor.js';

/**
 * Why a policy refused, which decides the answer (CONVENTIONS 16), so no caller has to choose:
 * - `unauthenticated`: sign in first (401);
 * - `forbidden`: not you — your role, verification or residence does not allow it (403);
 * - `conflict`: not now — the thing's state or the moment does not allow it (409: closed, already done, too early);
 * - `hidden`: not visible — the caller may not know the thing exists (404).
 */
export type DenialKind = 'unauthenticated' | 'forbidden' | 'conflict' | 'hidden';

/** A refusal: the reason is a stable code (its message is `error.<reason>`). */
export interface Denied {
  readonly allowed: false;
  readonly reason: string;
  readonly kind: DenialKind;
}

/** Permission; `A` is what the gate proves about the actor (a signed-in person for a `signedIn` rule). */
export interface Allowed<A extends Actor = Actor> {
  readonly allowed: true;
  /** Never set: carries `A` to `authorize`, which narrows the actor to it. */
  readonly proves?: A;
}

/** What a policy rule returns: allowed, or denied with a reason and its kind. */
export type Decision<A extends Actor = Actor> = Allowed<A> | Denied;

export const allow: Allowed<never> = Object.freeze({ allowed: true });

/** The person must sign in first (401). */
export const signInFirst: Denied = Object.freeze({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });

/** Not you (403): role, verification or residence. `deny('unauthenticated')` is `signInFirst`. */
export const deny = (reason: string): Denied => (reason === 'unauthenticated' ? signInFirst : { allowed: false, reason, kind: 'forbidden' });

/** Not now (409): the state of the thing or the moment refuses, whoever asks. */
export const notNow = (reason: string): Denied => ({ allowed: false, reason, kind: 'conflict' });

/** Not visible (404): the caller may not learn that the thing exists. */
export const notVisible = (reason: string): Denied => ({ allowed: false, reason, kind: 'hidden' });

/**
 * A named policy rule. `session` says whether it can ever allow an anonymous caller: a route guarded by a rule
 * that needs a session answers 401 to an anonymous request before its handler runs, and its OpenAPI operation
 * says it needs the session cookie.
 */
export interface Rule<F extends unknown[] = never[], A extends Actor = Actor> {
  (actor: Actor, ...facts: F): Decision<A>;
  readonly session: 'required' | 'optional';
}

/**
 * A rule only a signed-in person can pass: an anonymous caller is refused with `signInFirst`, and the rule itself
 * is written for a `UserActor`. Passing it narrows the actor to that person (`authorize(actor, rule(actor, …))`).
 * Give it a named function so route listings name it: `signedIn(function canVote(actor, facts) {…})`.
 */
export function signedIn<F extends unknown[]>(rule: (actor: UserActor, ...facts: F) => Decision): Rule<F, UserActor> {
  const gate = (actor: Actor, ...facts: F): Decision<UserActor> => (actor.kind === 'user' ? (rule(actor, ...facts) as Decision<UserActor>) : signInFirst);
  Object.defineProperty(gate, 'name', { value: rule.name });
  return Object.assign(gate, { session: 'required' as const });
}
