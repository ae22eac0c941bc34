import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { queueAll, queuePage, type QueueFilter } from '../db/queries.js';
import { canReadQueue, moderationScope } from '../policy.js';
import { caseViews, type CaseView } from './case-views.js';

// A district moderator's queue is filtered by the content's district, which only the owning
// module knows; the newest cases up to this many are considered.
const districtQueueCap = 5000;

/** The moderators' queue: city-wide moderators see every case, district moderators those of their districts. */
export async function listQueue(
  ctx: ModuleContext,
  actor: Actor,
  query: QueueFilter & { limit: number; offset: number },
): Promise<{ items: CaseView[]; total: number }> {
  authorize(actor, canReadQueue(actor));
  const db = ctx.database.db;
  const scope = moderationScope(actor);
  const filter = { status: query.status, cause: query.cause };
  if (scope.kind === 'city') {
    const { rows, total } = await queuePage(db, filter, query.limit, query.offset);
    return { items: await caseViews(ctx, db, rows), total };
  }
  const districts = scope.kind === 'districts' ? scope.ids : [];
  const rows = await queueAll(db, filter, districtQueueCap);
  const summaries = await ctx.entities.describeMany(
    db,
    rows.map((r) => ({ type: r.entityType, id: r.entityId })),
  );
  const mine = rows.filter((r) => {
    const d = summaries.get(`${r.entityType}:${r.entityId}`)?.districtId;
    return d != null && districts.includes(d);
  });
  return { items: await caseViews(ctx, db, mine.slice(query.offset, query.offset + query.limit), summaries), total: mine.length };
}
