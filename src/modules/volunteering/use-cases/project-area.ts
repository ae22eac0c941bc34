import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { isoTimestampSql } from '../../../core/db/prepared.js';
import { queryRows, type Db } from '../../../core/db/client.js';
import { t } from '../../../core/i18n/i18n.js';
import { areaAlert, type AreaItem, type AreaKind, type AreaQuery, type AreaSection, type AreaSpot } from '../../../core/module/area.js';
import { volunteerProjects, volunteerShifts } from '../db/schema.js';
import { volunteerProjectCreated } from '../events.js';
import { projectPath, projectType } from './common.js';
import { degreeBox } from '../../../core/db/earth.js';

/** The shifts of an area: in the circle by their place (online ones have none), or in the district (the shift's or its project's). */
function shiftsIn(area: AreaQuery): { where: SQL; meters: SQL } {
  if (area.type === 'district') return { where: sql`(s.district_id = ${area.districtId} or p.district_id = ${area.districtId})`, meters: sql`null::float8` };
  const { dLat, dLon } = degreeBox(area);
  const meters = sql`earth_distance(ll_to_earth(s.lat, s.lon), ll_to_earth(${area.lat}::float8, ${area.lon}::float8))`;
  return {
    meters,
    where: sql`s.lat between ${area.lat - dLat}::float8 and ${area.lat + dLat}::float8 and s.lon between ${area.lon - dLon}::float8 and ${area.lon + dLon}::float8
               and ${meters} <= ${area.radiusMeters}::float8`,
  };
}

interface ProjectInArea {
  id: string;
  title: string;
  startsAt: string;
  lat: number | null;
  lon: number | null;
  address: string;
  districtId: string | null;
  meters: number | null;
  coming: boolean;
  hasFreeSlot: boolean;
  total: string | number;
}

/**
 * The volunteering projects of an area: visible projects, not cancelled, with a shift (not cancelled) in the circle or
 * the district. Each is shown at its next shift there (the soonest that has not ended), or its latest one; projects
 * with a shift to come first (the soonest first), then the rest (the latest first). `open` when a shift to come there
 * has a free slot, `full` when none has, `ended` when all are over. Shifts have no spatial index: a city has thousands,
 * not millions, and the box bounds the distance test.
 */
export async function projectsInArea(db: Db, area: AreaQuery, limit: number): Promise<AreaSection> {
  const { where, meters } = shiftsIn(area);
  const rows = await queryRows<ProjectInArea>(
    db,
    sql`with shifts as (
          select p.id, p.title, s.starts_at, s.lat, s.lon, s.address, s.district_id, ${meters} as meters,
                 s.ends_at >= ${area.now} as coming, s.registered_count < s.capacity as free
          from volunteer_shifts s join volunteer_projects p on p.id = s.project_id
          where p.moderation = 'visible' and p.cancelled_at is null and s.cancelled_at is null and ${where}
        ), shown as (
          select distinct on (id) id, title, starts_at, lat, lon, address, district_id, meters, coming,
                 bool_or(coming and free) over (partition by id) as has_free
          from shifts
          order by id, coming desc, case when coming then starts_at end asc, starts_at desc
        )
        select id, title, ${isoTimestampSql(sql`starts_at`)} as "startsAt", lat, lon, address, district_id as "districtId", meters,
               coming, has_free as "hasFreeSlot", count(*) over () as total
        from shown
        order by coming desc, case when coming then starts_at end asc, starts_at desc, id
        limit ${limit}`,
  );
  const items = rows.map((r): AreaItem => {
    const status = !r.coming ? 'ended' : r.hasFreeSlot ? 'open' : 'full';
    return {
      kind: projectType,
      id: r.id,
      title: r.title,
      path: projectPath(r.id),
      status,
      statusText: t(area.lang, `area.volunteer_project.${status}`),
      lat: r.lat,
      lon: r.lon,
      distanceMeters: r.meters === null ? null : Math.round(Number(r.meters)),
      districtId: r.districtId,
      address: r.lat === null ? null : r.address || null,
      date: new Date(r.startsAt),
    };
  });
  return { items, total: rows.length ? Number(rows[0]!.total) : 0 };
}

/**
 * Where a new project is news: at its first shift to come with a place (else its first with a place, else none), in
 * the project's district (else that shift's). Visible while it is public and not cancelled.
 */
export async function projectSpot(db: Db, projectId: string, now: Date): Promise<AreaSpot | null> {
  const [project] = await db.select().from(volunteerProjects).where(eq(volunteerProjects.id, projectId));
  if (!project) return null;
  const [shift] = await db
    .select({ lat: volunteerShifts.lat, lon: volunteerShifts.lon, districtId: volunteerShifts.districtId })
    .from(volunteerShifts)
    .where(and(eq(volunteerShifts.projectId, projectId), isNull(volunteerShifts.cancelledAt), isNotNull(volunteerShifts.lat)))
    .orderBy(desc(sql`${volunteerShifts.endsAt} >= ${now}`), asc(volunteerShifts.startsAt), asc(volunteerShifts.id))
    .limit(1);
  return {
    entityType: projectType,
    entityId: project.id,
    title: project.title,
    path: projectPath(project.id),
    lat: shift?.lat ?? null,
    lon: shift?.lon ?? null,
    districtId: project.districtId ?? shift?.districtId ?? null,
    visible: project.moderation === 'visible' && project.cancelledAt === null,
  };
}

/** Volunteering projects on the area page, and a new one as news (topic `events`: something to come to). */
export const projectArea: AreaKind = {
  kind: projectType,
  list: projectsInArea,
  alerts: [areaAlert({ event: volunteerProjectCreated, topic: 'events', locate: (db, event) => projectSpot(db, event.entityId, new Date(event.at)) })],
};
