import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { Executor } from '../../../core/db/client.js';
import { emitEvent } from '../../../core/jobs/events.js';
import { groupAccessChanged } from '../events.js';
import { updateGroup, type GroupRow } from '../db/queries.js';
import { canManageGroup, canVerifyGroups } from '../policy.js';
import { checkedPlace, checkGroupInput, type GroupInput } from './create-group.js';
import { groupPath, groupType, requireGroup } from './common.js';

/**
 * A group's owners and admins change what it says and how it admits people (not its kind). A cap under the current
 * number of members is refused (409 `group_cap_below_members`). 404 / 403 from the policies, 400 for a bad district,
 * image or point (only a building group keeps a point; see `checkedPlace`).
 */
export async function editGroup(ctx: ModuleContext, actor: Actor, id: string, changes: Partial<Omit<GroupInput, 'kind'>>): Promise<GroupRow> {
  const db = ctx.database.db;
  const { group, me } = await requireGroup(db, actor, id);
  authorize(actor, canManageGroup(actor, me));
  await checkGroupInput(ctx, actor.userId, changes, group.imageFileId);
  if (changes.memberCap != null && changes.memberCap < group.memberCount) throw new AppError(409, 'group_cap_below_members', { count: group.memberCount });
  const { lat: _lat, lon: _lon, ...rest } = changes;
  const place = group.kind === 'building' ? await checkedPlace(db, changes, group) : {};
  if (changes.membership === undefined || changes.membership === group.membership) return updateGroup(db, group.id, { ...rest, ...place });
  const row = await db.transaction(async (tx) => {
    const row = await updateGroup(tx, group.id, { ...rest, ...place });
    await emitAccessChanged(tx, actor.userId, row);
    return row;
  });
  ctx.jobs.kick();
  return row;
}

/** Tells the modules that keep things in the group (discussions) that who may read them may have changed. */
export async function emitAccessChanged(tx: Executor, actorId: string | null, g: { id: string; name: string }): Promise<void> {
  await emitEvent(tx, groupAccessChanged, { actorId, entityType: groupType, entityId: g.id, data: { groupId: g.id, title: g.name, path: groupPath(g.id) } });
}

/**
 * An administrator verifies an organisation or a public figure's page (it becomes public) or refuses it with a
 * reason its creator sees; both are recorded in the audit log. 409 `group_not_pending` when it is not waiting.
 */
export async function verifyGroup(ctx: ModuleContext, actor: Actor, id: string, input: { approve: boolean; reason?: string | undefined }): Promise<GroupRow> {
  authorize(actor, canVerifyGroups(actor));
  return ctx.database.db.transaction(async (tx) => {
    const { group } = await requireGroup(tx, actor, id, true);
    if (group.status !== 'pending') throw new AppError(409, 'group_not_pending');
    const now = new Date();
    const row = await updateGroup(
      tx,
      group.id,
      input.approve
        ? { status: 'active', verifiedAt: now, verifiedBy: actor.userId, statusReason: null }
        : { status: 'rejected', statusReason: input.reason ?? null },
    );
    await appendAudit(tx, {
      actorId: actor.userId,
      action: input.approve ? 'group.verified' : 'group.rejected',
      subjectType: groupType,
      subjectId: group.id,
      data: { name: group.name, kind: group.kind, registrationNumber: group.registrationNumber },
    });
    await emitAccessChanged(tx, actor.userId, row);
    return row;
  });
}
