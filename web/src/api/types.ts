// The server's types as the web app reads them: every type here is taken from the generated
// schema.d.ts (docs/openapi.json → `npm run api`), never written by hand. A named component
// (`Schema<'PollSummary'>`) when the server names one; until then, the answer of a path
// (`ApiResponse<'/api/polls/{id}', 'get'>`) or a part of it.
import type { components, paths } from './schema.js';

export type { paths };

/** The HTTP methods the client calls, as the schema spells them. */
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The API addresses that take `M` (e.g. every path with a GET). */
export type PathsWith<M extends Method> = { [P in keyof paths]: paths[P] extends Record<M, object> ? P : never }[keyof paths];

/** A named schema of the document (`components.schemas`), e.g. `Schema<'Error'>`. */
export type Schema<N extends keyof components['schemas']> = components['schemas'][N];

type SuccessStatus = 200 | 201 | 202 | 204;
type JsonOf<R> = R extends { content: { 'application/json': infer J } } ? J : undefined;

/** The JSON body of a successful answer of `M path` (undefined for 204 and files). */
export type ApiResponse<P extends keyof paths, M extends Method> = paths[P][M] extends { responses: infer R }
  ? JsonOf<R[Extract<keyof R, SuccessStatus>]>
  : never;

/** The JSON body `M path` takes. */
export type ApiBody<P extends keyof paths, M extends Method> = paths[P][M] extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

/** The path and query parameters of `M path`, as the client takes them (`{ path: { id }, query: { … } }`). */
export type ApiParams<P extends keyof paths, M extends Method = 'get'> = paths[P][M] extends { parameters: infer X }
  ? Pick<X, Extract<keyof X, 'path' | 'query'>>
  : never;

// ---------- the account and the city (used across the app) ----------

/** GET /api/me, login, confirm, PATCH /api/me: the account and the session's CSRF token. */
export type MeResponse = Schema<'AccountSession'>;
/** The signed-in person's own account. */
export type Me = Schema<'AccountMe'>;
export type Language = Me['language'];
export type VerificationLevel = Me['verification'];
export type RoleGrant = Schema<'AccountRoleGrant'>;
export type Role = RoleGrant['role'];
export type ScopeType = RoleGrant['scopeType'];

/** A district (GET /api/districts). */
export type District = Schema<'CityDistrict'>;
/** A department with its contacts (GET /api/departments). */
export type Department = Schema<'CityDepartment'>;
/** How the web app draws maps and dates (GET /api/site). */
export type Site = Schema<'SiteSettings'>;
/** The city at a glance (GET /api/city). */
export type CityFigures = Schema<'CityFigures'>;
