import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { follow } from '../../notifications/index.js';
import type { discussionCreated } from '../events.js';

/** A new discussion: its author follows it, so they hear of its comments. */
export async function authorFollows(event: EventOf<typeof discussionCreated>, ctx: ModuleContext): Promise<void> {
  if (event.actorId) await follow(ctx.database.db, event.actorId, event);
}
