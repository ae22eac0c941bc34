import { and, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../../core/db/client.js';
import { inEarthCircle, metresFrom } from '../../../../core/db/earth.js';
import { t } from '../../../../core/i18n/i18n.js';
import type { EventOf } from '../../../../core/jobs/events.js';
import { areaAlert, type AreaKind, type AreaQuery, type AreaSection, type AreaSpot } from '../../../../core/module/area.js';
import { findReportByNumber } from '../../db/report-queries.js';
import { classifierReasons, reports } from '../../db/schema.js';
import { areaNewsOfStep, isPublicReport as isPublicRow, openStatuses, reportPath, reportTitle, unpublishedStatuses } from '../../domain/report-rules.js';
import { reportCreated, reportStatusChanged } from '../../events.js';
import { reportType } from '../reports/common.js';
import { isPublicReport } from './public-reports.js';

const openList = sql.raw(openStatuses.map((s) => `'${s}'`).join(', '));

/**
 * Public reports in an area for the area page: in the circle (through the partial GiST index over public reports'
 * ll_to_earth, `reports_public_earth_idx`) or in the district; open ones first, then the newest. The same visibility
 * as the public list and map (`isPublicReport`): nothing on pre-moderation, refused, held or hidden.
 */
export async function reportsInArea(db: Executor, area: AreaQuery, limit: number): Promise<AreaSection> {
  const where: SQL =
    area.type === 'circle'
      ? and(isPublicReport, inEarthCircle(reports.lat, reports.lon, area))!
      : and(isPublicReport, eq(reports.districtId, area.districtId))!;
  const rows = await db
    .select({
      id: reports.id,
      number: reports.number,
      status: reports.status,
      nameRu: classifierReasons.nameRu,
      nameEn: classifierReasons.nameEn,
      lat: reports.lat,
      lon: reports.lon,
      districtId: reports.districtId,
      address: reports.address,
      createdAt: reports.createdAt,
      meters: area.type === 'circle' ? metresFrom(reports.lat, reports.lon, area) : sql<null>`null`,
    })
    .from(reports)
    .innerJoin(classifierReasons, eq(classifierReasons.id, reports.reasonId))
    .where(where)
    .orderBy(sql`(${reports.status} in (${openList})) desc`, desc(reports.createdAt), desc(reports.number))
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(reports).where(where);
  const lang = area.lang;
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((r) => ({
      kind: reportType,
      id: String(r.number),
      title: reportTitle(r.number, (lang === 'en' ? r.nameEn : null) || r.nameRu, lang),
      path: reportPath(r.number),
      status: r.status,
      statusText: t(lang, `report.status.${r.status}`),
      lat: r.lat,
      lon: r.lon,
      distanceMeters: r.meters,
      districtId: r.districtId,
      address: r.address,
      date: r.createdAt,
    })),
  };
}

/**
 * Where a report event happened, for area alerts: its point and district, the event's titles and page; `visible`
 * only while the public may see the report (a report filed into pre-moderation, held or hidden alerts nobody).
 */
async function reportSpot(db: Executor, event: EventOf<typeof reportCreated>): Promise<AreaSpot | null> {
  const row = await findReportByNumber(db, event.data.number);
  if (!row) return null;
  return {
    entityType: reportType,
    entityId: String(row.number),
    title: event.data.title,
    titleEn: event.data.titleEn ?? null,
    path: reportPath(row.number),
    lat: row.lat,
    lon: row.lon,
    districtId: row.districtId,
    visible: isPublicRow(row),
  };
}

/**
 * Reports on the area page and in area alerts: a new public report is news (`reports`), and so is a report a moderator
 * takes out of pre-moderation; a published answer of the department is an `answers` alert (see `areaNewsOfStep`).
 */
export const reportArea: AreaKind = {
  kind: reportType,
  list: reportsInArea,
  alerts: [
    // a report filed into pre-moderation (every one the web takes) is news when a moderator publishes it, so the
    // filing's listener, however late it runs, tells nobody of it
    areaAlert({
      event: reportCreated,
      topic: 'reports',
      locate: async (db, event) => {
        const spot = await reportSpot(db, event);
        return spot && { ...spot, visible: spot.visible && !unpublishedStatuses.includes(event.data.to) };
      },
    }),
    areaAlert({
      event: reportStatusChanged,
      topic: 'reports',
      locate: (db, event) => (areaNewsOfStep(event.data) === 'reports' ? reportSpot(db, event) : Promise.resolve(null)),
    }),
    areaAlert({
      event: reportStatusChanged,
      topic: 'answers',
      locate: (db, event) => (areaNewsOfStep(event.data) === 'answers' ? reportSpot(db, event) : Promise.resolve(null)),
    }),
  ],
};
