import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import { emitEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { verifiedResident } from '../../verification/index.js';
import { countMembers, findMember, ownerCount, useInvitation } from '../db/queries.js';
import { groupBans, groupInvitations, groupMembers } from '../db/schema.js';
import { groupJoinRequested } from '../events.js';
import { hasRoom, invitationDays, joinOutcome, type GroupRole } from '../domain/groups.js';
import { canGiveRoles, canJoinGroup, canLeaveGroup, canManageGroup } from '../policy.js';
import { groupPath, groupType, requireGroup } from './common.js';

const hashToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

/**
 * Joins a group or asks to: an open group takes a person at once (a building group only a verified resident of its
 * district — anyone else's join becomes a request its admins confirm); a group by request always asks; a group by
 * invitation needs a valid link's token (403 `group_invitation_required` / `group_invitation_invalid`). Under the
 * group's row lock, so racing joins never pass the cap (409 `group_full`). 403 `group_banned` for a banned person,
 * 409 when already in. A request tells the group's owners and admins (`group.join_requested`). Returns the new state.
 */
export async function joinGroup(ctx: ModuleContext, actor: Actor, groupId: string, invitation?: string): Promise<'member' | 'requested'> {
  const db = ctx.database.db;
  const resident = actor.kind === 'user' ? await verifiedResident(db, actor.userId) : null;
  const state = await db.transaction(async (tx) => {
    const { group, me } = await requireGroup(tx, actor, groupId, true);
    authorize(actor, canJoinGroup(actor, group, me));
    const hasInvitation = invitation ? await useInvitation(tx, group.id, hashToken(invitation), new Date()) : false;
    if (invitation && !hasInvitation) throw new AppError(403, 'group_invitation_invalid');
    const outcome = joinOutcome(group, { verifiedResidentOf: resident?.districtId ?? null, hasInvitation });
    if (!outcome.ok) throw new AppError(403, 'group_invitation_required');
    if (outcome.state === 'member' && !hasRoom(group.memberCount, group.memberCap)) throw new AppError(409, 'group_full');
    const joinedAt = outcome.state === 'member' ? new Date() : null;
    await tx
      .insert(groupMembers)
      .values({ groupId: group.id, userId: actor.userId, role: 'member', state: outcome.state, joinedAt })
      .onConflictDoUpdate({ target: [groupMembers.groupId, groupMembers.userId], set: { state: outcome.state, joinedAt } });
    if (outcome.state === 'member') await countMembers(tx, group.id, 1);
    else
      await emitEvent(tx, groupJoinRequested, {
        actorId: actor.userId,
        entityType: groupType,
        entityId: group.id,
        data: { groupId: group.id, title: group.name, path: groupPath(group.id) },
      });
    return outcome.state;
  });
  if (state === 'requested') ctx.jobs.kick();
  return state;
}

/** Leaves a group (or withdraws a request or an invitation); the last owner must hand the group over first (409 `group_last_owner`). */
export async function leaveGroup(ctx: ModuleContext, actor: Actor, groupId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { group, me } = await requireGroup(tx, actor, groupId, true);
    authorize(actor, canLeaveGroup(actor, me, me.role === 'owner' ? await ownerCount(tx, group.id) : 0));
    await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, actor.userId)));
    if (me.state === 'member') await countMembers(tx, group.id, -1);
  });
}

/** A group's admin accepts a request: the person becomes a member (409 `group_full` at the cap, 404 `group_request_not_found`). */
export async function approveMember(ctx: ModuleContext, actor: Actor, groupId: string, userId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { group, me } = await requireGroup(tx, actor, groupId, true);
    authorize(actor, canManageGroup(actor, me));
    const target = await findMember(tx, group.id, userId);
    if (target?.state !== 'requested') throw new AppError(404, 'group_request_not_found');
    if (!hasRoom(group.memberCount, group.memberCap)) throw new AppError(409, 'group_full');
    await tx
      .update(groupMembers)
      .set({ state: 'member', joinedAt: new Date() })
      .where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, userId)));
    await countMembers(tx, group.id, 1);
  });
}

/**
 * A group's admin removes a member (or declines a request) with a reason; with `ban` the person cannot rejoin nor post
 * until unbanned. Owners are not removed (an owner steps down first): 409 `group_owner_not_removable`. 404
 * `group_member_not_found` for someone not in the group (a ban of an outsider is still recorded).
 */
export async function removeMember(ctx: ModuleContext, actor: Actor, groupId: string, userId: string, input: { reason: string; ban: boolean }): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { group, me } = await requireGroup(tx, actor, groupId, true);
    authorize(actor, canManageGroup(actor, me));
    const target = await findMember(tx, group.id, userId);
    if (!target && !input.ban) throw new AppError(404, 'group_member_not_found');
    if (target?.role === 'owner' || (target?.role === 'admin' && me.role !== 'owner')) throw new AppError(409, 'group_owner_not_removable');
    if (target) {
      await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, userId)));
      if (target.state === 'member') await countMembers(tx, group.id, -1);
    }
    if (input.ban)
      await tx
        .insert(groupBans)
        .values({ groupId: group.id, userId: target?.userId ?? userId, reason: input.reason, bannedBy: actor.userId })
        .onConflictDoUpdate({ target: [groupBans.groupId, groupBans.userId], set: { reason: input.reason, bannedBy: actor.userId, bannedAt: new Date() } });
  });
}

/** A group's admin lifts a ban (404 `group_ban_not_found`). */
export async function liftBan(ctx: ModuleContext, actor: Actor, groupId: string, userId: string): Promise<void> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canManageGroup(actor, me));
  const gone = await db
    .delete(groupBans)
    .where(and(eq(groupBans.groupId, group.id), eq(groupBans.userId, userId)))
    .returning({ userId: groupBans.userId });
  if (!gone.length) throw new AppError(404, 'group_ban_not_found');
}

/**
 * An owner gives a member a role: admin, member, or owner (handing the group over; an owner may then step down to
 * admin or member while another owner remains — 409 `group_last_owner`). 404 `group_member_not_found`.
 */
export async function setMemberRole(ctx: ModuleContext, actor: Actor, groupId: string, userId: string, role: GroupRole): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { group, me } = await requireGroup(tx, actor, groupId, true);
    authorize(actor, canGiveRoles(actor, me));
    const target = await findMember(tx, group.id, userId);
    if (target?.state !== 'member') throw new AppError(404, 'group_member_not_found');
    if (target.role === 'owner' && role !== 'owner' && (await ownerCount(tx, group.id)) <= 1) throw new AppError(409, 'group_last_owner');
    await tx
      .update(groupMembers)
      .set({ role })
      .where(and(eq(groupMembers.groupId, group.id), eq(groupMembers.userId, userId)));
  });
}

/** A group's admin makes an invitation link (valid `days`, 7 by default); the token is shown once, only its hash is kept. */
export async function createInvitation(
  ctx: ModuleContext,
  actor: Actor,
  groupId: string,
  days: number = invitationDays.default,
): Promise<{ token: string; expiresAt: Date }> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, groupId);
  authorize(actor, canManageGroup(actor, me));
  const token = crypto.randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + days * 86_400_000);
  await db.insert(groupInvitations).values({ groupId: group.id, tokenHash: hashToken(token), createdBy: actor.userId, expiresAt });
  return { token, expiresAt };
}
