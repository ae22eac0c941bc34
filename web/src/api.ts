// The old hand-written client and the response types of the pages not yet moved to the generated
// ones. New and migrated code uses api/ instead: api/client.ts (`api.GET('/api/…')`, typed by
// docs/openapi.json), api/query.ts (`useApiQuery`), api/types.ts (the server's types) and
// api/lists.ts (districts, departments, site). Each page moved there deletes its types below.
import type { AreaGeometry, Position } from '@server/core/geo/geo.js';
import { apiErrorOf, apiLanguage, currentCsrfToken, networkError } from './api/client.js';
import { cachedList } from './api/lists.js';
import type { Me, Role, ScopeType } from './api/types.js';

export { ApiError, configureApi, setCsrfToken } from './api/client.js';
export { uploadPhoto, type UploadedPhoto } from './api/upload.js';
export type { DistrictWithGeometry } from './api/lists.js';
export type { Department, District, Language, Me, MeResponse, Role, RoleGrant, ScopeType, Site, VerificationLevel } from './api/types.js';
export type { AreaGeometry, Position };
export { roles, scopeTypes } from '@server/core/auth/actor.js';

const unsafe = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * Calls the API by a hand-written path; resolves with the JSON body (undefined for 204) or throws an
 * ApiError. @deprecated Use `api` from api/client.ts (typed by the document) or `useApiQuery`.
 */
export async function api<T>(
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  opts: { signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': apiLanguage() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const csrfToken = currentCsrfToken();
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
    throw networkError();
  }
  if (res.status === 204) return undefined as T;
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) throw apiErrorOf(res.status, json);
  return json as T;
}

/** True for an administrator of the whole city (the role the admin pages need). */
export function isCityAdministrator(me: Me | null | undefined): boolean {
  return !!me?.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');
}

/** True for a moderator (of any scope) or a city administrator: the moderation pages are theirs. */
export function canModerate(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator');
}

/** The departments the person may speak for (an official's grants). */
export function officialDepartments(me: Me | null | undefined): string[] {
  return (me?.roles ?? []).filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
}

// Lists that rarely change: the query cache of api/lists.ts, shared with the pages on useApiQuery.

/** GET with a per-load cache; a failed call is forgotten so it can be retried. @deprecated Use `useApiQuery` with a staleTime. */
const cache = new Map<string, Promise<unknown>>();
export function cachedGet<T>(path: string): Promise<T> {
  let hit = cache.get(path) as Promise<T> | undefined;
  if (!hit) {
    hit = api<T>('GET', path);
    cache.set(path, hit);
    hit.catch(() => cache.delete(path));
  }
  return hit;
}

/** @deprecated Use `useDistricts` (api/lists.ts). */
export const getDistricts = cachedList.districts;
/** @deprecated Use `useDistrictShapes` (api/lists.ts). */
export const getDistrictShapes = cachedList.districtShapes;
/** @deprecated Use `useDepartments` (api/lists.ts). */
export const getDepartments = cachedList.departments;

/** The author of something; `official` is set when it was written in an official's role (PersonLink). */
export interface Person {
  id: string;
  displayName: string;
  districtId: string | null;
  official: { departmentId: string; nameRu: string; nameEn: string } | null;
}

// ---------- reports: classifier, filing, lifecycle, map, statistics, administration ----------

/** GET /api/people: the staff directory. */
export interface StaffPerson {
  id: string;
  displayName: string;
  districtId: string | null;
  roles: { role: Role; scopeType: ScopeType; scopeId: string | null }[];
}

export interface RoutingRule {
  id: number;
  reasonId: number | null;
  categoryId: number | null;
  districtId: string | null;
  departmentId: string;
  reasonNameRu: string | null;
  categoryNameRu: string | null;
  districtNameRu: string | null;
  departmentNameRu: string;
  createdAt: string;
}

export interface RejectionReason {
  id: number;
  textRu: string;
  textEn: string;
  position: number;
  active: boolean;
}

export interface AnswerTemplate {
  id: number;
  departmentId: string | null;
  title: string;
  text: string;
  createdAt: string;
}

/** True for an official of some department. */
export function isOfficial(me: Me | null | undefined): boolean {
  return officialDepartments(me).length > 0;
}
