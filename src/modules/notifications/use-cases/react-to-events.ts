import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { insertFollow } from '../db/queries.js';

/** Anything created with this reaction: its author follows it. */
export async function onCreatedAutoFollow(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  if (!event.actorId) return;
  await insertFollow(ctx.database.db, { userId: event.actorId, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
}
