import FindMyWay from 'find-my-way';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hasUnstorable } from '../text/text.js';
import { AppError } from './errors.js';
import { needsSession, type RouteRecord } from './route-policy.js';

/** Keys that would reach an object's prototype if some code copied them: refused wherever they appear. */
const prototypeKeys = new Set(['__proto__', 'constructor', 'prototype']);

/** The first place in a request's parameters, query or body holding what no handler can take, with the problem's message key. */
export function unsafeInput(parts: Record<string, unknown>): { field: string; key: string } | null {
  const stack: [string, unknown, number][] = Object.entries(parts).map(([k, v]) => [k, v, 0]);
  while (stack.length) {
    const [path, value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      if (hasUnstorable(value)) return { field: path, key: 'field.unstorable' };
    } else if (value && typeof value === 'object' && depth < 32) {
      for (const key of Object.keys(value)) {
        const at = path ? `${path}.${key}` : key;
        if (prototypeKeys.has(key)) return { field: at, key: 'field.reserved_key' };
        if (hasUnstorable(key)) return { field: at, key: 'field.unstorable' };
        stack.push([at, (value as Record<string, unknown>)[key], depth + 1]);
      }
    }
  }
  return null;
}

/** The field name a person reads: the last part of the path without the request part (`body.title` → `title`). */
const fieldOf = (path: string) => path.replace(/^(params|query|body)\.?/, '') || path;

/**
 * Every route's gate before validation: it records the route (method, address, policy, schemas) in `routes`;
 * refuses with 400 naming the field any parameter, query or body value holding a NUL or half of a surrogate
 * pair (which PostgreSQL cannot store) or a prototype key; and answers 401 to an anonymous caller of a route
 * whose policy needs a session, before its handler runs.
 */
export function installRouteGate(app: FastifyInstance, routes: RouteRecord[]): void {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const schema = route.schema as RouteRecord['schema'];
    // HEAD answers as its GET does
    for (const method of methods.filter((m) => m !== 'HEAD')) {
      // read when asked: a plugin's own onRoute hook (the documentation pages') may set the policy after this one
      routes.push({
        method,
        url: route.url,
        get policy() {
          return route.config?.policy;
        },
        schema,
        get rateLimited() {
          return Boolean((route.config as { rateLimit?: unknown } | undefined)?.rateLimit);
        },
      });
    }
  });

  app.addHook('preValidation', async (req: FastifyRequest) => {
    const found = unsafeInput({ params: req.params, query: req.query, body: req.body });
    if (found) {
      const field = fieldOf(found.field);
      throw new AppError(400, 'validation_failed', {}, { [field]: { key: found.key } });
    }
    if (req.actor.kind === 'anonymous' && needsSession(req.routeOptions.config.policy)) throw new AppError(401, 'unauthenticated');
  });
}

/**
 * The methods a path answers to, for a 405 with `Allow` when it is called with another. The router is built from the
 * recorded routes on first use (they are all registered by then).
 */
export function methodsFor(routes: readonly RouteRecord[]): (path: string) => string[] {
  let router: FindMyWay.Instance<FindMyWay.HTTPVersion.V1> | undefined;
  return (path) => {
    if (!router) {
      router = FindMyWay({ ignoreTrailingSlash: false });
      // the web app's catch-all (static files) answers GET anywhere: only real API routes count
      for (const r of routes)
        if (!r.url.includes('*') && !router.hasRoute(r.method as FindMyWay.HTTPMethod, r.url))
          router.on(r.method as FindMyWay.HTTPMethod, r.url, () => undefined);
    }
    const found: string[] = [];
    for (const m of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const) if (router.find(m, path)) found.push(m);
    if (found.includes('GET')) found.push('HEAD');
    return found;
  };
}
