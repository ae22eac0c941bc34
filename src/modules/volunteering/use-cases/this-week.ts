import { and, asc, eq, gte, isNull, lt, type SQL } from 'drizzle-orm';
import type { ModuleContext } from '../../../core/module/module.js';
import type { ThisWeekItem, ThisWeekViewer } from '../../../core/module/this-week.js';
import { volunteerProjects, volunteerShifts } from '../db/schema.js';
import { projectPath } from './common.js';

/** A shift in the home page's week (the web words this kind). */
export const shiftKind = 'volunteer_shift';

/**
 * The volunteering shifts of the viewer's coming week for the home page: shifts not cancelled, of visible projects not
 * cancelled, starting from now until `until` — up to `limit` in the viewer's district and up to `limit` soonest across
 * the city — each with its project's title and the slots left.
 */
export async function volunteeringThisWeek(ctx: ModuleContext, viewer: ThisWeekViewer): Promise<ThisWeekItem[]> {
  const db = ctx.database.db;
  const week = [
    eq(volunteerProjects.moderation, 'visible'),
    isNull(volunteerProjects.cancelledAt),
    isNull(volunteerShifts.cancelledAt),
    gte(volunteerShifts.startsAt, viewer.now),
    lt(volunteerShifts.startsAt, viewer.until),
  ];
  const soonest = (...more: SQL[]) =>
    db
      .select({ shift: volunteerShifts, projectTitle: volunteerProjects.title })
      .from(volunteerShifts)
      .innerJoin(volunteerProjects, eq(volunteerProjects.id, volunteerShifts.projectId))
      .where(and(...week, ...more))
      .orderBy(asc(volunteerShifts.startsAt), asc(volunteerShifts.id))
      .limit(viewer.limit);
  const [near, city] = await Promise.all([viewer.districtId ? soonest(eq(volunteerShifts.districtId, viewer.districtId)) : [], soonest()]);
  const rows = [...new Map([...near, ...city].map((r) => [r.shift.id, r])).values()];
  return rows.map(({ shift: s, projectTitle }) => ({
    kind: shiftKind,
    type: null,
    id: s.id,
    title: s.title,
    context: projectTitle,
    path: projectPath(s.projectId),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    districtId: s.districtId,
    address: s.lat === null ? null : s.address || null,
    online: s.lat === null,
    freePlaces: Math.max(0, s.capacity - s.registeredCount),
    waiting: s.waitlistCount,
    thumbUrl: null,
  }));
}
