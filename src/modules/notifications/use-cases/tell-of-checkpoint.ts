import { checkpointsEntity, type auditCheckpointPublished } from '../../../core/audit/checkpoints.js';
import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { followerIds } from '../db/queries.js';
import { notify } from './notify.js';

/** Kind of the notification every follower of the audit log's checkpoints gets, by e-mail as their settings say. */
export const checkpointNotificationKind = 'audit.checkpoint';

/**
 * A signed checkpoint was published: everyone who follows the log's checkpoints (the audit page's "subscribe") hears
 * of its position and hash, to compare with their own copy. A retried event tells nobody twice.
 */
export async function tellOfCheckpoint(event: EventOf<typeof auditCheckpointPublished>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) => {
    const to = await followerIds(tx, checkpointsEntity.entityType, checkpointsEntity.entityId);
    const data = { entries: d.entries, hash: d.hash, keyId: d.keyId, path: '/audit#checkpoints' };
    await notify(tx, ctx, event, [{ to, kind: checkpointNotificationKind, data }]);
  });
  void ctx.mailer.flush();
}
