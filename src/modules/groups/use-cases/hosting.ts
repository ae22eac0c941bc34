import { sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import type { Decision } from '../../../core/auth/decision.js';
import type { Executor } from '../../../core/db/client.js';
import { findGroup, findGroups, standingIn, type GroupRow } from '../db/queries.js';
import { canPostInGroup, canReadFeed } from '../policy.js';

/** A community as the host of something another module keeps (a discussion opened inside it). */
export interface HostGroup {
  id: string;
  name: string;
  districtId: string | null;
  /** Active, not hidden and open to anyone: what it hosts is as public as the rest of the site; otherwise for its members only. */
  public: boolean;
}

const hostOf = (g: GroupRow): HostGroup => ({
  id: g.id,
  name: g.name,
  districtId: g.districtId,
  public: g.status === 'active' && g.moderation === 'visible' && g.membership === 'open',
});

/** Host communities by id (unknown ids are left out). */
export async function hostGroups(db: Executor, ids: readonly string[]): Promise<Map<string, HostGroup>> {
  return new Map((await findGroups(db, ids)).map((g) => [g.id, hostOf(g)]));
}

/**
 * One host community for the caller: whether they may read what it hosts (anyone in an open community; its members and
 * the city's moderators in the others) and add to it (its current members, not banned, while it is active); null when
 * there is no such community.
 */
export async function hostGroupFor(db: Executor, groupId: string, actor: Actor): Promise<{ group: HostGroup; read: Decision; post: Decision } | null> {
  const [g, me] = await Promise.all([findGroup(db, groupId), standingIn(db, groupId, actor.kind === 'user' ? actor.userId : null)]);
  if (!g) return null;
  return { group: hostOf(g), read: canReadFeed(actor, g, me), post: canPostInGroup(actor, g, me) };
}

/** The ids of the communities whose hosted things are public, as a subquery for another module's list (`x.group_id in (…)`). */
export const publicGroupIds = (): SQL => sql`(select id from groups where status = 'active' and moderation = 'visible' and membership = 'open')`;
