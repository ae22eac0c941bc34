import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople, type PublicPerson } from '../../accounts/index.js';
import { fieldError } from '../../../core/http/errors.js';
import {
  groupPoints,
  groupsOf,
  membersOf,
  ownerCount,
  pendingGroups,
  requestsOf,
  selectGroups,
  type GroupFilter,
  type GroupRow,
  type MemberRow,
} from '../db/queries.js';
import { decodeMemberCursor, encodeMemberCursor } from '../domain/cursors.js';
import { canManageGroup, canSeeMembers, canVerifyGroups } from '../policy.js';
import { groupType, postType, requireGroup } from './common.js';

/** Active groups, filtered by kind, district and words, largest first or nearest first; with `mine`, the caller's own groups. */
export async function listGroups(
  ctx: ModuleContext,
  actor: Actor,
  f: GroupFilter & { mine?: boolean | undefined },
): Promise<{ rows: (GroupRow & { distanceMeters?: number | null })[]; total: number }> {
  if (f.mine) {
    const rows = actor.kind === 'user' ? await groupsOf(ctx.database.db, actor.userId) : [];
    return { rows, total: rows.length };
  }
  return selectGroups(ctx.database.db, f);
}

/** "Near me" from the list's query: both coordinates or neither (400 naming the missing one). */
export function nearPoint(lat: number | undefined, lon: number | undefined): { lat: number; lon: number } | undefined {
  if (lat === undefined && lon === undefined) return undefined;
  if (lat === undefined || lon === undefined) throw fieldError(lat === undefined ? 'lat' : 'lon', 'error.group_point_incomplete');
  return { lat, lon };
}

/** How many groups the map carries at most (the largest; `truncated` says there were more). */
export const groupMapCap = 500;

/** The listed groups that have a point on the map (kind, district and words as the list), the largest first. */
export async function groupMap(ctx: ModuleContext, f: Omit<GroupFilter, 'limit' | 'offset' | 'near'>): Promise<{ rows: GroupRow[]; truncated: boolean }> {
  const rows = await groupPoints(ctx.database.db, f, groupMapCap);
  return { rows: rows.slice(0, groupMapCap), truncated: rows.length > groupMapCap };
}

/**
 * A page of a group's member list as its setting allows (403 `group_members_hidden`), owners and admins first, after
 * `cursor` (400 `group_cursor_invalid` for a damaged one); its admins also get the requests to join with the first page.
 */
export async function listMembers(
  ctx: ModuleContext,
  actor: Actor,
  groupId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ group: GroupRow; rows: MemberRow[]; requests: MemberRow[]; next: string | null; people: Map<string, PublicPerson> }> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canSeeMembers(actor, group, me));
  const after = page.cursor ? decodeMemberCursor(page.cursor) : null;
  if (page.cursor && !after) throw fieldError('cursor', 'error.group_cursor_invalid');
  const withRequests = !after && canManageGroup(actor, me).allowed;
  const [{ rows, next }, requests] = await Promise.all([membersOf(db, group.id, { limit: page.limit, after }), withRequests ? requestsOf(db, group.id) : []]);
  const people = await publicPeople(
    db,
    [...requests, ...rows].map((r) => r.userId),
  );
  return { group, rows, requests, next: next && encodeMemberCursor(next), people };
}

/** Organisations and public figures waiting for verification (administrators only). */
export async function listPending(ctx: ModuleContext, actor: Actor): Promise<GroupRow[]> {
  authorize(actor, canVerifyGroups(actor));
  return pendingGroups(ctx.database.db);
}

/**
 * What a public figure did on the platform: the public things its owner created in every module that lists a person's
 * work (events organised, discussions, initiatives, answers where a module records them), newest first — public data only.
 */
export async function figureActivity(ctx: ModuleContext, group: GroupRow, limit = 10): Promise<EntitySummary[]> {
  if (group.kind !== 'public_figure' || group.status !== 'active') return [];
  const db = ctx.database.db;
  const kinds = ctx.entities.all().filter((k) => k.authoredBy && k.type !== 'comment' && k.type !== postType && k.type !== groupType);
  const lists = await Promise.all(kinds.map((k) => k.authoredBy!(db, group.createdBy, limit)));
  return lists
    .flat()
    .filter((s) => s.visible)
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
    .slice(0, limit);
}

/** A group's page for the caller: the group, their standing, its owner's public name, a public figure's activity, the owners' count. */
export async function getGroup(ctx: ModuleContext, actor: Actor, id: string) {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, id);
  const [people, activity, owners] = await Promise.all([publicPeople(db, [group.createdBy]), figureActivity(ctx, group), ownerCount(db, group.id)]);
  return { group, me, owner: people.get(group.createdBy), activity, owners };
}
