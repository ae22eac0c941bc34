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

// ---------- community: discussions, comments, follows, notifications, moderation ----------

/** The author of something; `official` is set when it was written in an official's role. */
export interface Person {
  id: string;
  displayName: string;
  districtId: string | null;
  official: { departmentId: string; nameRu: string; nameEn: string } | null;
}

export type Moderation = 'visible' | 'held' | 'hidden';
export type DiscussionKind = 'topic' | 'question';
export const discussionKinds: readonly DiscussionKind[] = ['topic', 'question'];
export type DiscussionSort = 'activity' | 'newest' | 'comments';
export const discussionSorts: readonly DiscussionSort[] = ['activity', 'newest', 'comments'];

export interface DiscussionSummary {
  id: string;
  kind: DiscussionKind;
  title: string;
  excerpt: string;
  districtId: string | null;
  tags: string[];
  author: Person;
  commentCount: number;
  lastActivityAt: string;
  createdAt: string;
}

export interface Discussion extends DiscussionSummary {
  body: string;
  editedAt: string | null;
  moderation: Moderation;
  moderationReason: string | null;
  mine: boolean;
  canEdit: boolean;
}

export type CommentSort = 'best' | 'newest' | 'oldest';
export const commentSorts: readonly CommentSort[] = ['best', 'newest', 'oldest'];
export type Stance = 'for' | 'against' | 'neutral';
export const stances: readonly Stance[] = ['for', 'against', 'neutral'];
/** Replies nest under a comment up to this depth (0 = top level). */
export const maxCommentDepth = 2;

export interface CommentNode {
  id: string;
  parentId: string | null;
  rootId: string;
  depth: number;
  author: Person | null;
  body: string | null;
  stance: Stance | null;
  up: number;
  down: number;
  score: number;
  myVote: -1 | 0 | 1;
  replyCount: number;
  createdAt: string;
  editedAt: string | null;
  deleted: boolean;
  moderation: Moderation;
  moderationReason: string | null;
  mine: boolean;
  editableUntil: string | null;
  replies: CommentNode[];
  moreReplies: boolean;
}

export interface CommentHost {
  type: string;
  id: string;
  title: string;
  path: string;
  stance: boolean;
  canComment: boolean;
  cannotCommentReason: string | null;
}

export interface CommentPage {
  host: CommentHost;
  total: number;
  items: CommentNode[];
  nextCursor: string | null;
}

export interface FollowState {
  following: boolean;
  followers: number;
}

export interface FollowItem {
  type: string;
  id: string;
  title: string;
  path: string;
  origin: string;
  createdAt: string;
}

export interface AppNotification {
  id: string;
  kind: string;
  entityType: string;
  entityId: string;
  text: string;
  path: string;
  createdAt: string;
  read: boolean;
}

export type EmailMode = 'immediate' | 'digest' | 'off';
export const emailModes: readonly EmailMode[] = ['immediate', 'digest', 'off'];

export type FlagReason = 'spam' | 'abuse' | 'off_topic' | 'personal_data' | 'illegal' | 'other';
export const flagReasons: readonly FlagReason[] = ['spam', 'abuse', 'off_topic', 'personal_data', 'illegal', 'other'];

export type CaseCause = 'flagged' | 'held';
export type CaseAction = 'hide' | 'restore' | 'dismiss';
export type CaseDecision = 'hidden' | 'restored' | 'dismissed';

/** A moderation case: one piece of content waiting for (or past) a moderator's decision. */
export interface ModerationCase {
  entityType: string;
  entityId: string;
  title: string;
  excerpt: string;
  path: string;
  author: Person | null;
  cause: CaseCause;
  /** Whether the content is shown now. */
  state: Moderation;
  flagCount: number;
  reasons: { reason: FlagReason; count: number }[];
  notes: string[];
  matchedWords: string[];
  openedAt: string;
  status: 'open' | 'closed';
  decision: CaseDecision | null;
  decisionReason: string | null;
  decidedAt: string | null;
}

/** A role as the public profile shows it (no grant id, no dates). */
export interface PublicRole {
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
  /** The department's or district's name (null for the whole city). */
  scopeNameRu: string | null;
  scopeNameEn: string | null;
}

export interface AuthoredItem {
  type: string;
  id: string;
  title: string;
  excerpt: string;
  path: string;
  createdAt: string;
}

/** GET /api/people/:id — what anyone may see of a person: never e-mail or phone. */
export interface PublicProfile {
  id: string;
  displayName: string;
  districtId: string | null;
  roles: PublicRole[];
  joinedAt: string;
  authored: { type: string; items: AuthoredItem[] }[];
}

/** The most used discussion tags (not cached: a new discussion may add one). */
export const getDiscussionTags = () => api<{ items: { tag: string; count: number }[] }>('GET', '/api/discussions/tags').then((r) => r.items);

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
