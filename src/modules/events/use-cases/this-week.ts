import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import type { ThisWeekItem, ThisWeekViewer } from '../../../core/module/this-week.js';
import { events } from '../db/schema.js';
import { freePlaces } from '../domain/events.js';
import { eventType } from './common.js';
import { eventImagePaths } from './event-images.js';

type Row = typeof events.$inferSelect;

/**
 * The events of the viewer's coming week for the home page: published, visible, not cancelled ones starting from now
 * until `until` — up to `limit` in the viewer's district and up to `limit` soonest across the city. A meeting opened
 * on a poll, an initiative or a project names it (when it is still public).
 */
export async function eventsThisWeek(ctx: ModuleContext, viewer: ThisWeekViewer): Promise<ThisWeekItem[]> {
  const db = ctx.database.db;
  const week = [eq(events.status, 'published'), eq(events.moderation, 'visible'), gte(events.startsAt, viewer.now), lt(events.startsAt, viewer.until)];
  const soonest = (...more: SQL[]) =>
    db
      .select()
      .from(events)
      .where(and(...week, ...more))
      .orderBy(asc(events.startsAt), asc(events.id))
      .limit(viewer.limit);
  const [near, city] = await Promise.all([viewer.districtId ? soonest(eq(events.districtId, viewer.districtId)) : [], soonest()]);
  const rows = [...new Map([...near, ...city].map((r) => [r.id, r])).values()];
  const sources = await ctx.entities.describeMany(
    db,
    rows.flatMap((r) => (r.sourceType && r.sourceId ? [{ type: r.sourceType, id: r.sourceId }] : [])),
  );
  const sourceTitle = (r: Row) => {
    const s = r.sourceType && r.sourceId ? sources.get(`${r.sourceType}:${r.sourceId}`) : undefined;
    return s?.visible ? s.title : null;
  };
  return rows.map((r) => ({
    kind: eventType,
    type: r.kind,
    id: r.id,
    title: r.title,
    context: sourceTitle(r),
    path: `/events/${r.id}`,
    startsAt: r.startsAt,
    endsAt: r.endsAt,
    districtId: r.districtId,
    address: r.lat === null ? null : r.address || null,
    online: r.lat === null,
    freePlaces: freePlaces(r.capacity, r.registeredCount),
    waiting: r.waitlistCount,
    thumbUrl: r.imageFileId ? eventImagePaths(r.id, r.imageFileId).thumbUrl : null,
  }));
}
