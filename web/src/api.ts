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
  /** When a time-limited block ends (null: until unblocked). */
  blockedUntil: string | null;
  blockReason: string | null;
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
export async function api<T>(method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: unknown, opts: { signal?: AbortSignal } = {}): Promise<T> {
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

/** True for a moderator (of any scope) or a city administrator: the moderation pages are theirs. */
export function canModerate(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator');
}

/** The departments the person may speak for (an official's grants). */
export function officialDepartments(me: Me | null | undefined): string[] {
  return (me?.roles ?? []).filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
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
