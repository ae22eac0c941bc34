import { describePolicy, needsSession, type RouteRecord } from './route-policy.js';

type Operation = {
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  security?: Record<string, string[]>[];
  [k: string]: unknown;
};
type Document = {
  paths?: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, unknown>; responses?: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
  [k: string]: unknown;
};

/** The one error shape (ErrorBody in errors.ts) as a shared schema. */
const errorSchema = {
  type: 'object',
  description: 'Every JSON error: a stable code, a message in the request’s language, and the fields it concerns.',
  properties: {
    error: {
      type: 'object',
      properties: {
        code: { type: 'string', description: 'Stable, e.g. `validation_failed`, `unauthenticated`, `poll_closed`.' },
        message: { type: 'string', description: 'What to do, in the language of Accept-Language or of the signed-in user.' },
        fields: { type: 'object', additionalProperties: { type: 'string' }, description: 'Field name → its message (400 only).' },
      },
      required: ['code', 'message'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
};

const errorResponses: Record<string, string> = {
  BadRequest: 'The input is not valid: `error.fields` names each field with what to change.',
  Unauthenticated: 'Sign in first (the session cookie is missing or expired).',
  Forbidden: 'Not allowed for you: your role, verification or residence does not permit it.',
  NotFound: 'No such thing, or you may not see it.',
  Conflict: 'Not now: the state of the thing or the moment refuses it (closed, already done, too early).',
  RateLimited: 'Too many attempts; `error.message` says when to try again.',
  ServerError: 'Something failed on our side (the message quotes the request id), or the database is away for a moment (503).',
};

const ref = (name: string) => ({ $ref: `#/components/responses/${name}` });
/** Fastify's route address (`/api/polls/:id`, `/open311/v2/requests.:format`) as an OpenAPI path (`/api/polls/{id}`). */
export const openApiPath = (url: string) => url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

/**
 * Completes the generated document: the shared `Error` schema and error responses, and on every operation who may
 * call it (`x-policy`), whether it needs the session (`security`), and the errors it can answer with.
 */
export function completeOpenApi<D>(document: D, routes: readonly RouteRecord[]): D {
  const doc = document as Document;
  doc.components ??= {};
  doc.components.schemas = { ...doc.components.schemas, Error: errorSchema };
  doc.components.responses = Object.fromEntries(
    Object.entries(errorResponses).map(([name, description]) => [
      name,
      { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    ]),
  );
  const byKey = new Map(routes.map((r) => [`${r.method.toLowerCase()} ${openApiPath(r.url)}`, r]));
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const [method, op] of Object.entries(item)) {
      const route = byKey.get(`${method} ${path}`);
      if (!route) continue;
      const session = needsSession(route.policy);
      const guarded = route.policy !== undefined && route.policy !== 'public';
      op['x-policy'] = describePolicy(route.policy);
      op.security = session ? [{ session: [] }] : [{}, { session: [] }];
      const responses = (op.responses ??= {});
      const add = (status: string, name: string) => {
        if (!responses[status]) responses[status] = ref(name);
      };
      if ((op.parameters?.length ?? 0) > 0 || op.requestBody || path.includes('{')) add('400', 'BadRequest');
      if (session) add('401', 'Unauthenticated');
      if (guarded) add('403', 'Forbidden');
      if (path.includes('{') || guarded) add('404', 'NotFound');
      if (guarded && method !== 'get') add('409', 'Conflict');
      if (route.rateLimited) add('429', 'RateLimited');
      add('5XX', 'ServerError');
    }
  }
  return document;
}
