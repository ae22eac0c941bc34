import { and, asc, count, desc, eq, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../core/db/client.js';
import { inEarthCircle, metresFrom } from '../../../../core/db/earth.js';
import { t } from '../../../../core/i18n/i18n.js';
import type { EventOf } from '../../../../core/jobs/events.js';
import { areaAlert, type AreaKind, type AreaQuery, type AreaSection, type AreaSpot } from '../../../../core/module/area.js';
import { pbHeadings, pbProposals, pbWorks } from '../../db/schema.js';
import { findWork } from '../../db/work-queries.js';
import { workUpdated } from '../../events.js';

const workPath = (id: string) => `/budgeting/works/${id}`;
/** A work's district: its proposal's, or its heading's for a proposal placed in none (as the works list filters). */
const workDistrict = sql<string | null>`coalesce(${pbProposals.districtId}, ${pbHeadings.districtId})`;

/**
 * Works of winning proposals in an area for the area page (works are public, as their list and pages are): in the
 * circle those whose proposal has a point there, in a district every work of the district; the newest progress first.
 * A city has tens of works a year, so the circle is measured on each without an index.
 */
export async function worksInArea(db: Executor, area: AreaQuery, limit: number): Promise<AreaSection> {
  const where: SQL =
    area.type === 'circle'
      ? and(isNotNull(pbProposals.lat), isNotNull(pbProposals.lon), inEarthCircle(pbProposals.lat, pbProposals.lon, area))!
      : sql`${workDistrict} = ${area.districtId}`;
  const rows = await db
    .select({
      id: pbWorks.id,
      status: pbWorks.status,
      updatedAt: pbWorks.updatedAt,
      title: pbProposals.title,
      lat: pbProposals.lat,
      lon: pbProposals.lon,
      address: pbProposals.address,
      districtId: workDistrict,
      meters: area.type === 'circle' ? metresFrom(pbProposals.lat, pbProposals.lon, area) : sql<null>`null`,
    })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .where(where)
    .orderBy(desc(pbWorks.updatedAt), asc(pbProposals.number))
    .limit(limit);
  const [total] = await db
    .select({ n: count() })
    .from(pbWorks)
    .innerJoin(pbProposals, eq(pbProposals.id, pbWorks.proposalId))
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbProposals.headingId))
    .where(where);
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      kind: 'work',
      id: r.id,
      title: r.title,
      path: workPath(r.id),
      status: r.status,
      statusText: t(area.lang, `works.stage.${r.status}`),
      lat: r.lat,
      lon: r.lon,
      distanceMeters: r.meters,
      districtId: r.districtId,
      address: r.address,
      date: r.updatedAt,
    })),
  };
}

/**
 * Where a work moved to another stage, for area alerts (progress and money alone are no news, as for the proposal's
 * followers): its proposal's point and district, the proposal's title.
 */
async function workSpot(db: Executor, event: EventOf<typeof workUpdated>): Promise<AreaSpot | null> {
  if (event.data.status === event.data.previousStatus) return null;
  const found = await findWork(db, event.entityId);
  if (!found) return null;
  return {
    entityType: 'pb_work',
    entityId: found.work.id,
    title: found.proposal.title,
    path: workPath(found.work.id),
    lat: found.proposal.lat,
    lon: found.proposal.lon,
    districtId: found.proposal.districtId,
    visible: true,
  };
}

/** Works on the area page, and a work's new stage as a `works` alert. */
export const workArea: AreaKind = {
  kind: 'work',
  list: worksInArea,
  alerts: [areaAlert({ event: workUpdated, topic: 'works', locate: workSpot })],
};
