import type { Actor } from '../auth/actor.js';
import type { Decision } from '../auth/decision.js';

/** A policy rule as a route names it: a function of the actor (and facts) giving a decision; `signedIn` rules say they need a session. */
export type PolicyRule = ((actor: Actor, ...facts: never[]) => Decision) & { readonly session?: 'required' | 'optional' };

/**
 * Who may call a route (CONVENTIONS 16), stated on every route as `config: { policy }`:
 * - `'public'`: anyone, signed in or not (a token or API key in the request may still be checked);
 * - a rule, or several, from the module's policy files: the use case checks them with the facts it loads. When any
 *   of them is a `signedIn` rule, an anonymous request is answered 401 before the handler runs, and the OpenAPI
 *   operation says it needs the session.
 * A route without a policy fails the route listing test (test/routes.db.test.ts).
 */
export type RoutePolicy = 'public' | PolicyRule | readonly PolicyRule[];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route (see RoutePolicy). */
    policy?: RoutePolicy;
  }
}

/** The rules a route names (none for a public route). */
export function policyRules(policy: RoutePolicy | undefined): readonly PolicyRule[] {
  if (!policy || policy === 'public') return [];
  return typeof policy === 'function' ? [policy] : policy;
}

/** Whether a route needs a signed-in caller: one of its rules is a `signedIn` rule. */
export function needsSession(policy: RoutePolicy | undefined): boolean {
  return policyRules(policy).some((r) => r.session === 'required');
}

/** A route's policy in words, for listings and the OpenAPI document: `public`, or the rules' names. */
export function describePolicy(policy: RoutePolicy | undefined): string {
  if (policy === undefined) return '(none)';
  if (policy === 'public') return 'public';
  return policyRules(policy)
    .map((r) => r.name || '(anonymous rule)')
    .join(', ');
}

/** One registered route, as the app records it for the listing test, the OpenAPI document and 405 answers. */
export interface RouteRecord {
  method: string;
  url: string;
  policy: RoutePolicy | undefined;
  /** The route's zod schemas (params, querystring, body), for tests that send every route bad input. */
  schema: { params?: unknown; querystring?: unknown; body?: unknown; hide?: boolean } | undefined;
  rateLimited: boolean;
}
