// The one client of Gorod's REST API, typed by the paths of docs/openapi.json (openapi-fetch over the
// generated schema.d.ts). Every call sends the interface language, so the server's messages come back
// in it, and every write sends the session's CSRF token; a failure becomes an ApiError the error
// summaries show (status, stable code, message in the person's language, field → message).
import createClient, { type MaybeOptionalInit, type Middleware } from 'openapi-fetch';
import type { ApiResponse, Method, PathsWith, paths } from './types.js';

/** A failed call: `message` is already in the person's language; `fields` maps field → message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let interfaceLanguage: () => string = () => 'ru';
let clientMessages: () => { network: string; unexpected: string } = () => ({ network: 'Network error', unexpected: 'Unexpected error' });

/** Keeps the CSRF token of the current session (from /api/me, login or confirm); null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token writes send (also by the upload, which cannot use fetch). */
export function currentCsrfToken(): string | null {
  return csrfToken;
}

/** Wires the client to the interface language and its own (non-server) error texts. */
export function configureApi(opts: { language: () => string; messages: () => { network: string; unexpected: string } }): void {
  interfaceLanguage = opts.language;
  clientMessages = opts.messages;
}

/** The language calls are sent in now. */
export function apiLanguage(): string {
  return interfaceLanguage();
}

/** The failure of a call that never reached the server. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', clientMessages().network);
}

/** The ApiError of an answer with status `status` and (parsed) body `body`: the server's `{ error }`, or a generic one. */
export function apiErrorOf(status: number, body: unknown): ApiError {
  const e = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null | undefined)?.error;
  return new ApiError(
    status,
    typeof e?.code === 'string' ? e.code : `http_${status}`,
    typeof e?.message === 'string' ? e.message : clientMessages().unexpected,
    e?.fields && typeof e.fields === 'object' ? (e.fields as Record<string, string>) : {},
  );
}

const unsafe = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept', 'application/json');
    // a query sends the language its cache key names (see query.ts); anything else, the interface's
    if (!request.headers.has('Accept-Language')) request.headers.set('Accept-Language', interfaceLanguage());
    if (unsafe.has(request.method) && csrfToken) request.headers.set('X-CSRF-Token', csrfToken);
    return request;
  },
  onError({ error }) {
    // a cancelled query stays a cancellation; anything else that kept the request from the server is "network"
    if (error instanceof DOMException && error.name === 'AbortError') return;
    return networkError();
  },
};

/**
 * The openapi-fetch client: `{ data, error, response }` answers. Pages use `api` below, which
 * resolves with the data or throws the ApiError.
 */
export const client = createClient<paths>({ credentials: 'same-origin' });
client.use(headers);

/** The data of a call, or its ApiError when the server refused it. */
export async function unwrap<D>(call: Promise<{ data?: D; error?: unknown; response: Response }>): Promise<D> {
  const { data, error, response } = await call;
  if (!response.ok) throw apiErrorOf(response.status, error);
  return data as D;
}

type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Init<P extends keyof paths, M extends Method> = MaybeOptionalInit<paths[P], M>;
/** The options of a call (`params`, `body`, `signal`, `headers`): required when the path or body needs them. */
type InitArgs<P extends keyof paths, M extends Method> = RequiredKeys<Init<P, M>> extends never ? [init?: Init<P, M>] : [init: Init<P, M>];
type Call<M extends Method> = <P extends PathsWith<M>>(path: P, ...init: InitArgs<P, M>) => Promise<ApiResponse<P, M>>;

const calling =
  <M extends Method>(method: M): Call<M> =>
  (path, ...init) =>
    unwrap(client.request(method, path as never, ...(init as [never])) as Promise<{ data?: never; error?: unknown; response: Response }>) as never;

/**
 * Calls the API by its documented path; resolves with the answer's data (undefined for 204) or
 * throws an ApiError: `await api.POST('/api/polls/{id}/responses', { params: { path: { id } }, body })`.
 * Reading data for a page goes through `useApiQuery` (query.ts) instead.
 */
export const api = {
  GET: calling('get'),
  POST: calling('post'),
  PUT: calling('put'),
  PATCH: calling('patch'),
  DELETE: calling('delete'),
};
