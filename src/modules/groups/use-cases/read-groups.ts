import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople, type PublicPerson } from '../../accounts/index.js';
import { groupsOf, membersOf, ownerCount, pendingGroups, selectGroups, type GroupFilter, type GroupRow, type MemberRow } from '../db/queries.js';
import { canManageGroup, canSeeMembers, canVerifyGroups } from '../policy.js';
import { groupType, postType, requireGroup } from './common.js';

/** Active groups, filtered by kind, district and words; with `mine`, the caller's own groups. */
export async function listGroups(
  ctx: ModuleContext,
  actor: Actor,
  f: GroupFilter & { mine?: boolean | undefined },
): Promise<{ rows: GroupRow[]; total: number }> {
  if (f.mine) {
    const rows = actor.kind === 'user' ? await groupsOf(ctx.database.db, actor.userId) : [];
    return { rows, total: rows.length };
  }
  return selectGroups(ctx.database.db, f);
}

/** A group's member list as its setting allows (403 `group_members_hidden`); its admins also see the requests. */
export async function listMembers(ctx: ModuleContext, actor: Actor, groupId: string): Promise<{ rows: MemberRow[]; people: Map<string, PublicPerson> }> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canSeeMembers(actor, group, me));
  const rows = await membersOf(db, group.id, canManageGroup(actor, me).allowed);
  return {
    rows,
    people: await publicPeople(
      db,
      rows.map((r) => r.userId),
    ),
  };
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
