import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../core/db/client.js';
import { metresFrom } from '../../../core/db/earth.js';
import type { FeedCursor, MemberCursor } from '../domain/cursors.js';
import type { GroupKind } from '../domain/groups.js';
import type { Standing } from '../policy.js';
import { groupBans, groupInvitations, groupMembers, groupPosts, groups } from './schema.js';

export type GroupRow = typeof groups.$inferSelect;
export type PostRow = typeof groupPosts.$inferSelect;
export type MemberRow = typeof groupMembers.$inferSelect;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that can be groups' or posts' (others name nothing and would make PostgreSQL refuse the query). */
export const uuidsOnly = (ids: readonly string[]) => [...new Set(ids)].filter((id) => uuidShape.test(id));

/** One group; `lock` takes its row lock (joins and approvals change the member count under it). */
export async function findGroup(db: Executor, id: string, lock = false): Promise<GroupRow | undefined> {
  if (!uuidShape.test(id)) return undefined;
  const q = db.select().from(groups).where(eq(groups.id, id)).limit(1);
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findGroups(db: Executor, ids: readonly string[]): Promise<GroupRow[]> {
  const valid = uuidsOnly(ids);
  return valid.length ? db.select().from(groups).where(inArray(groups.id, valid)) : [];
}

/** A person's place in a group: their membership row and whether they are banned there (an anonymous caller: nothing). */
export async function standingIn(db: Executor, groupId: string, userId: string | null): Promise<Standing> {
  if (!userId || !uuidShape.test(groupId)) return { role: null, state: null, banned: false };
  const [[m], [b]] = await Promise.all([
    db
      .select({ role: groupMembers.role, state: groupMembers.state })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId))),
    db
      .select({ at: groupBans.bannedAt })
      .from(groupBans)
      .where(and(eq(groupBans.groupId, groupId), eq(groupBans.userId, userId))),
  ]);
  return { role: m?.role ?? null, state: m?.state ?? null, banned: !!b };
}

/** Several people's places in one group, by person (those with neither a membership nor a ban are left out). */
export async function standingsIn(db: Executor, groupId: string, userIds: readonly string[]): Promise<Map<string, Standing>> {
  const ids = uuidsOnly(userIds);
  const out = new Map<string, Standing>();
  if (!ids.length || !uuidShape.test(groupId)) return out;
  const [members, bans] = await Promise.all([
    db
      .select({ userId: groupMembers.userId, role: groupMembers.role, state: groupMembers.state })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.userId, ids))),
    db
      .select({ userId: groupBans.userId })
      .from(groupBans)
      .where(and(eq(groupBans.groupId, groupId), inArray(groupBans.userId, ids))),
  ]);
  for (const m of members) out.set(m.userId, { role: m.role, state: m.state, banned: false });
  for (const b of bans) out.set(b.userId, { ...(out.get(b.userId) ?? { role: null, state: null }), banned: true });
  return out;
}

/** A group's owners and admins (they hear of requests to join). */
export async function adminIds(db: Executor, groupId: string): Promise<string[]> {
  const rows = await db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.state, 'member'), inArray(groupMembers.role, ['owner', 'admin'])));
  return rows.map((r) => r.userId);
}

export interface GroupFilter {
  kind?: GroupKind | undefined;
  districtId?: string | undefined;
  q?: string | undefined;
  /** "Near me": only groups with a point on the map, nearest first. */
  near?: { lat: number; lon: number } | undefined;
  limit: number;
  offset: number;
}

/** What every list of groups shows: active, visible, of the kind, in the district, with the words. */
function listWhere(f: Omit<GroupFilter, 'limit' | 'offset'>): SQL | undefined {
  const like = f.q ? `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  return and(
    eq(groups.status, 'active'),
    eq(groups.moderation, 'visible'),
    f.kind ? eq(groups.kind, f.kind) : undefined,
    f.districtId ? eq(groups.districtId, f.districtId) : undefined,
    like ? or(ilike(groups.name, like), ilike(groups.description, like)) : undefined,
    f.near ? and(isNotNull(groups.lat), isNotNull(groups.lon)) : undefined,
  );
}

/**
 * One page of active, visible groups and the total: largest first, or with `near` those with a point, nearest first
 * with their distance in metres (the groups with a point are a city's buildings and neighbourhoods: a few thousand at
 * most, measured without an index).
 */
export async function selectGroups(db: Executor, f: GroupFilter): Promise<{ rows: (GroupRow & { distanceMeters: number | null })[]; total: number }> {
  const where = listWhere(f);
  const distance = f.near ? metresFrom(groups.lat, groups.lon, f.near) : sql<null>`null`;
  const [rows, [total]] = await Promise.all([
    db
      .select({ group: groups, distance })
      .from(groups)
      .where(where)
      .orderBy(...(f.near ? [asc(distance)] : []), desc(groups.memberCount), desc(groups.createdAt), desc(groups.id))
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(groups)
      .where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.group, distanceMeters: r.distance === null ? null : Math.round(Number(r.distance)) })),
    total: Number(total?.n ?? 0),
  };
}

/** The listed groups that have a point, for the map: at most `cap`, largest first; one more says some were left out. */
export async function groupPoints(db: Executor, f: Omit<GroupFilter, 'limit' | 'offset' | 'near'>, cap: number): Promise<GroupRow[]> {
  return db
    .select()
    .from(groups)
    .where(and(listWhere(f), isNotNull(groups.lat), isNotNull(groups.lon)))
    .orderBy(desc(groups.memberCount), desc(groups.createdAt), desc(groups.id))
    .limit(cap + 1);
}

/** Groups waiting for an administrator's verification, oldest first. */
export async function pendingGroups(db: Executor): Promise<GroupRow[]> {
  return db.select().from(groups).where(eq(groups.status, 'pending')).orderBy(asc(groups.createdAt)).limit(200);
}

/** The groups a person is a member of (for their page and the list's "mine"). */
export async function groupsOf(db: Executor, userId: string): Promise<GroupRow[]> {
  if (!uuidShape.test(userId)) return [];
  const rows = await db
    .select({ group: groups })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.state, 'member')))
    .orderBy(desc(groupMembers.joinedAt))
    .limit(100);
  return rows.map((r) => r.group);
}

export async function updateGroup(tx: Executor, id: string, set: PgUpdateSetSource<typeof groups>): Promise<GroupRow> {
  const [row] = await tx
    .update(groups)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(groups.id, id))
    .returning();
  return row!;
}

/** Counts members joining (+1) or leaving (-1); the table's check refuses a count over the cap. */
export async function countMembers(tx: Executor, id: string, delta: number): Promise<void> {
  await tx
    .update(groups)
    .set({ memberCount: sql`${groups.memberCount} + ${delta}` })
    .where(eq(groups.id, id));
}

/** How many owners a group has (the last one may not leave). */
export async function ownerCount(db: Executor, groupId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'owner'), eq(groupMembers.state, 'member')));
  return Number(row?.n ?? 0);
}

/** A time column as the cursor keeps it: ISO 8601 in UTC with the database's microseconds. */
const microsIso = (col: AnyColumn | SQL) => sql<string>`to_char(${col} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Owners, then admins, then members: a member's rank in the list. */
const memberRank = sql<number>`(case ${groupMembers.role} when 'owner' then 0 when 'admin' then 1 else 2 end)`;
/** When a member joined (a row from before `joined_at` was kept: when it was made). */
const memberSince = sql`coalesce(${groupMembers.joinedAt}, ${groupMembers.createdAt})`;

/** A page of a group's members, owners and admins first then by joining, after `after`; one row more says another page follows. */
export async function membersOf(
  db: Executor,
  groupId: string,
  page: { limit: number; after: MemberCursor | null },
): Promise<{ rows: MemberRow[]; next: MemberCursor | null }> {
  const a = page.after;
  const rows = await db
    .select({ member: groupMembers, rank: memberRank, since: microsIso(memberSince) })
    .from(groupMembers)
    .where(
      and(
        eq(groupMembers.groupId, groupId),
        eq(groupMembers.state, 'member'),
        a ? sql`(${memberRank}, ${memberSince}, ${groupMembers.userId}) > (${a.rank}::int, ${a.since}::timestamptz, ${a.userId}::uuid)` : undefined,
      ),
    )
    .orderBy(memberRank, memberSince, asc(groupMembers.userId))
    .limit(page.limit + 1);
  const shown = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? shown.at(-1) : undefined;
  return { rows: shown.map((r) => r.member), next: last ? { rank: Number(last.rank), since: last.since, userId: last.member.userId } : null };
}

/** Requests to join a group waiting for its admins, oldest first. */
export async function requestsOf(db: Executor, groupId: string): Promise<MemberRow[]> {
  return db
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.state, 'requested')))
    .orderBy(asc(groupMembers.createdAt), asc(groupMembers.userId))
    .limit(200);
}

/** Everyone who is a member of a group now (not requests nor invitations; a ban removes the member). */
export async function memberIds(db: Executor, groupId: string): Promise<string[]> {
  if (!uuidShape.test(groupId)) return [];
  const rows = await db
    .select({ userId: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.state, 'member')));
  return rows.map((r) => r.userId);
}

export async function findMember(db: Executor, groupId: string, userId: string): Promise<MemberRow | undefined> {
  if (!uuidShape.test(userId)) return undefined;
  const [row] = await db
    .select()
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  return row;
}

/** Whether an unexpired invitation link of this group has this token's hash; counts the use. */
export async function useInvitation(tx: Executor, groupId: string, tokenHash: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(groupInvitations)
    .set({ uses: sql`${groupInvitations.uses} + 1` })
    .where(
      and(
        eq(groupInvitations.groupId, groupId),
        eq(groupInvitations.tokenHash, tokenHash),
        sql`${groupInvitations.expiresAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .returning({ id: groupInvitations.id });
  return rows.length > 0;
}

export async function findPost(db: Executor, id: string): Promise<PostRow | undefined> {
  if (!uuidShape.test(id)) return undefined;
  const [row] = await db.select().from(groupPosts).where(eq(groupPosts.id, id)).limit(1);
  return row;
}

export async function findPosts(db: Executor, ids: readonly string[]): Promise<PostRow[]> {
  const valid = uuidsOnly(ids);
  return valid.length ? db.select().from(groupPosts).where(inArray(groupPosts.id, valid)) : [];
}

/**
 * A page of a group's feed: pinned posts first (the latest pinned on top), then newest, after `after` (see
 * domain/cursors.ts); hidden and held posts only for their author, and the posts the group hid also for its admins
 * (`withGroupHidden`: they may show them again). Asks one row more than the page to know whether another follows.
 */
export async function feedOf(
  db: Executor,
  groupId: string,
  viewerId: string | null,
  page: { limit: number; after: FeedCursor | null },
  withGroupHidden = false,
): Promise<{ rows: PostRow[]; total: number; next: FeedCursor | null }> {
  const shown: SQL = or(
    eq(groupPosts.moderation, 'visible'),
    viewerId ? eq(groupPosts.authorId, viewerId) : undefined,
    withGroupHidden ? and(eq(groupPosts.moderation, 'hidden'), eq(groupPosts.hiddenBy, 'group')) : undefined,
  )!;
  const where = and(eq(groupPosts.groupId, groupId), shown);
  const a = page.after;
  // the row comparisons follow the order below: a pinned cursor lets the rest of the pinned posts and every ordinary one
  // through, an ordinary cursor only the older ordinary ones
  const after = !a
    ? undefined
    : a.pinnedAt !== null
      ? or(
          isNull(groupPosts.pinnedAt),
          sql`(${groupPosts.pinnedAt}, ${groupPosts.createdAt}, ${groupPosts.id}) < (${a.pinnedAt}::timestamptz, ${a.createdAt}::timestamptz, ${a.id}::uuid)`,
        )
      : and(isNull(groupPosts.pinnedAt), sql`(${groupPosts.createdAt}, ${groupPosts.id}) < (${a.createdAt}::timestamptz, ${a.id}::uuid)`);
  const [rows, [total]] = await Promise.all([
    db
      .select({ post: groupPosts, pinnedKey: microsIso(groupPosts.pinnedAt), createdKey: microsIso(groupPosts.createdAt) })
      .from(groupPosts)
      .where(and(where, after))
      .orderBy(sql`${groupPosts.pinnedAt} desc nulls last`, desc(groupPosts.createdAt), desc(groupPosts.id))
      .limit(page.limit + 1),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(groupPosts)
      .where(where),
  ]);
  const shownRows = rows.slice(0, page.limit);
  const last = rows.length > page.limit ? shownRows.at(-1) : undefined;
  return {
    rows: shownRows.map((r) => r.post),
    total: Number(total?.n ?? 0),
    next: last ? ({ pinnedAt: last.post.pinnedAt ? last.pinnedKey : null, createdAt: last.createdKey, id: last.post.id } as FeedCursor) : null,
  };
}

/** Public posts a person wrote in open, active groups, newest first (their profile). */
export async function publicPostsBy(db: Executor, authorId: string, limit: number): Promise<PostRow[]> {
  if (!uuidShape.test(authorId)) return [];
  const rows = await db
    .select({ post: groupPosts })
    .from(groupPosts)
    .innerJoin(groups, eq(groups.id, groupPosts.groupId))
    .where(
      and(
        eq(groupPosts.authorId, authorId),
        eq(groupPosts.moderation, 'visible'),
        eq(groups.membership, 'open'),
        eq(groups.status, 'active'),
        eq(groups.moderation, 'visible'),
      ),
    )
    .orderBy(desc(groupPosts.createdAt))
    .limit(limit);
  return rows.map((r) => r.post);
}

export async function updatePost(tx: Executor, id: string, set: PgUpdateSetSource<typeof groupPosts>): Promise<PostRow | undefined> {
  const [row] = await tx.update(groupPosts).set(set).where(eq(groupPosts.id, id)).returning();
  return row;
}

/** Counts comments added (+1) or removed (-1) under a post. */
export async function countPostComments(tx: Executor, id: string, delta: number): Promise<void> {
  if (!uuidShape.test(id)) return;
  await tx
    .update(groupPosts)
    .set({ commentCount: sql`greatest(0, ${groupPosts.commentCount} + ${delta})` })
    .where(eq(groupPosts.id, id));
}
