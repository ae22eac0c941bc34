// The client of Gorod's REST API (docs/openapi.json). Every call sends the chosen language, so the
// server's messages come back in it, and every write sends the session's CSRF token.

export type Language = 'ru' | 'en';
export type Role = 'official' | 'moderator' | 'expert' | 'administrator';
export type ScopeType = 'city' | 'department' | 'district';
export type VerificationLevel = 'none' | 'email' | 'verified';

export const roles: readonly Role[] = ['official', 'moderator', 'expert', 'administrator'];
export const scopeTypes: readonly ScopeType[] = ['city', 'department', 'district'];

export interface RoleGrant {
  id: string;
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
  grantedAt: string;
}

/** The signed-in person's own account (GET /api/me). */
export interface Me {
  id: string;
  email: string;
  displayName: string;
  districtId: string | null;
  language: Language;
  verification: VerificationLevel;
  emailConfirmed: boolean;
  roles: RoleGrant[];
  createdAt: string;
}

export interface MeResponse {
  user: Me;
  csrfToken: string | null;
}

export interface AdminUser extends Me {
  blocked: boolean;
}

export interface District {
  id: string;
  nameRu: string;
  nameEn: string;
  areaKm2: number;
}

export type Position = [number, number];
export type AreaGeometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface DistrictWithGeometry extends District {
  geometry: AreaGeometry;
}

export interface Department {
  id: string;
  nameRu: string;
  nameEn: string;
  kind: string;
  districtId: string | null;
}

export interface OutboxItem {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  createdAt: string;
  sentAt: string | null;
  attempts: number;
  lastError: string | null;
  deliveredAs: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  data: Record<string, unknown>;
  prevHash: string;
  hash: string;
}

export interface AuditVerification {
  ok: boolean;
  entries: number;
  head?: string;
  brokenAt?: number;
  problem?: string;
}

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
let currentLanguage: () => string = () => 'ru';
let clientMessages: () => { network: string; unexpected: string } = () => ({ network: 'Network error', unexpected: 'Unexpected error' });

/** Keeps the CSRF token of the current session (from /api/me, login or confirm); null when signed out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Wires the client to the interface language and its own (non-server) error texts. */
export function configureApi(opts: { language: () => string; messages: () => { network: string; unexpected: string } }): void {
  currentLanguage = opts.language;
  clientMessages = opts.messages;
}

const unsafe = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/** Calls the API; resolves with the JSON body (undefined for 204) or throws an ApiError. */
export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, opts: { signal?: AbortSignal } = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (unsafe.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? null : JSON.stringify(body),
      signal: opts.signal ?? null,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, 'network', clientMessages().network);
  }
  if (res.status === 204) return undefined as T;
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) {
    const e = (json as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | null)?.error;
    const code = typeof e?.code === 'string' ? e.code : `http_${res.status}`;
    const message = typeof e?.message === 'string' ? e.message : clientMessages().unexpected;
    const fields = e?.fields && typeof e.fields === 'object' ? (e.fields as Record<string, string>) : {};
    throw new ApiError(res.status, code, message, fields);
  }
  return json as T;
}

/** True for an administrator of the whole city (the role the admin pages need). */
export function isCityAdministrator(me: Me | null | undefined): boolean {
  return !!me?.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');
}

// Lists that rarely change are fetched once per page load and shared.
const cache = new Map<string, Promise<unknown>>();

/** GET with a per-load cache; a failed call is forgotten so it can be retried. */
export function cachedGet<T>(path: string): Promise<T> {
  let hit = cache.get(path) as Promise<T> | undefined;
  if (!hit) {
    hit = api<T>('GET', path);
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit;
}

export const getDistricts = () => cachedGet<{ items: District[] }>('/api/districts').then((r) => r.items);
export const getDistrictShapes = () => cachedGet<{ items: DistrictWithGeometry[] }>('/api/districts?geometry=simplified').then((r) => r.items);
export const getDepartments = () => cachedGet<{ items: Department[] }>('/api/departments').then((r) => r.items);
