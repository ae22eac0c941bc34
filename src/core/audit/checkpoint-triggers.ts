import type { EntityKind } from '../module/entities.js';
import type { GorodModule, ModuleContext } from '../module/module.js';
import type { JobDefinition } from '../jobs/jobs.js';
import type { Listener } from '../jobs/events.js';
import { checkpointsEntity, installationKey, publishCheckpoint } from './checkpoints.js';

/** Kind of the recurring job that publishes the day's checkpoint. */
export const dailyCheckpointJobKind = 'core.audit-checkpoint';

/**
 * Signs the current head with the installation's key (made at first use when there is none yet). The server calls it
 * at start with `onlyIfMoved` too, so a new city (and one whose log grew while no server ran) has its head signed at once.
 */
export function publishNow(ctx: ModuleContext, reason: string, opts: { eventId?: string; onlyIfMoved?: boolean } = {}) {
  const key = installationKey(ctx.config, true)!;
  return publishCheckpoint(ctx.database.db, key, { site: ctx.config.publicUrl, reason, ...opts });
}

/** Daily: a checkpoint of the head, unless the last one already vouches for it. */
export const dailyCheckpointJob: JobDefinition<ModuleContext> = {
  run: async (_payload, ctx) => {
    if (await publishNow(ctx, 'daily', { onlyIfMoved: true })) ctx.jobs.kick();
  },
  every: (after) => new Date(after.getTime() + 24 * 3600_000),
};

/**
 * A checkpoint after every event a module names in its audit vocabulary's `checkpointOn` (a tally, a poll close): a
 * result people will hold the city to is pinned in a signed head at once. Once per event.
 */
export function checkpointListeners(modules: readonly GorodModule[]): Listener<ModuleContext>[] {
  return modules.flatMap((m) =>
    (m.audit?.checkpointOn ?? []).map((def) => ({
      type: def.type,
      name: `${m.name}:auditCheckpoint`,
      run: async (event, ctx: ModuleContext) => {
        if (await publishNow(ctx, event.type, { eventId: event.id })) ctx.jobs.kick();
      },
    })),
  );
}

/** The log's checkpoints as a thing people follow (the audit page's "subscribe"): public, at /audit. */
export const checkpointsEntityKind: EntityKind = {
  type: checkpointsEntity.entityType,
  async describe(_db, ids) {
    const found = new Map();
    if (ids.includes(checkpointsEntity.entityId))
      found.set(checkpointsEntity.entityId, {
        type: checkpointsEntity.entityType,
        id: checkpointsEntity.entityId,
        title: 'Контрольные точки журнала действий',
        titleEn: 'Audit log checkpoints',
        excerpt: '',
        path: '/audit#checkpoints',
        authorId: null,
        visible: true,
        districtId: null,
        createdAt: new Date(0),
      });
    return found;
  },
};
