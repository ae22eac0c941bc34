import { eq } from 'drizzle-orm';
import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { queueSearchRefresh } from '../../../core/search/refresh.js';
import type { groupAccessChanged } from '../../groups/index.js';
import { discussions } from '../db/schema.js';
import { discussionType } from './common.js';

/**
 * A community changed who may read what it hosts (it became members-only or open, was verified, hidden or shown
 * again): its discussions' place in the site-wide search is rebuilt, so a members-only community's leave it.
 */
export async function refreshGroupDiscussions(event: EventOf<typeof groupAccessChanged>, ctx: ModuleContext): Promise<void> {
  const db = ctx.database.db;
  const rows = await db.select({ id: discussions.id }).from(discussions).where(eq(discussions.groupId, event.data.groupId));
  await queueSearchRefresh(
    db,
    discussionType,
    rows.map((r) => r.id),
  );
  ctx.jobs.kick();
}
