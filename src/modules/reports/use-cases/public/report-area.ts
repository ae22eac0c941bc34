import { and, count, desc, eq, sql } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../../core/db/client.js';
import { inEarthCircle, metresFrom } from '../../../../core/db/earth.js';
import { t } from '../../../../core/i18n/i18n.js';
import type { EventOf } from '../../../../core/jobs/events.js';
import { areaAlert, type AreaKind, type AreaQuery, type AreaSection, type AreaSpot } from '../../../../core/module/area.js';
import { findReportByNumber, reasonNames } from '../../db/report-queries.js';
import { reports, reportStatuses, type ReportStatus } from '../../db/schema.js';
import { areaNewsOfStep, isPublicReport as isPublicRow, openStatuses, reportPath, reportTitle, unpublishedStatuses } from '../../domain/report-rules.js';
import { reportCreated, reportStatusChanged } from '../../events.js';
import { reportType } from '../reports/common.js';
import { isPublicReport } from './public-reports.js';

const publicStatuses = reportStatuses.filter((s) => !unpublishedStatuses.includes(s));
const isOpen = (status: ReportStatus) => openStatuses.includes(status);

/** What the area page shows of a report (its reason's names are read for the few listed). */
const columns = {
  id: reports.id,
  number: reports.number,
  status: reports.status,
  reasonId: reports.reasonId,
  lat: reports.lat,
  lon: reports.lon,
  districtId: reports.districtId,
  address: reports.address,
  createdAt: reports.createdAt,
};

/**
 * The circle's public reports, open first and then the newest, and how many there are: one pass over the circle
 * through the partial GiST index over public reports' ll_to_earth (`reports_public_earth_idx`), counted by a window
 * over the same rows (the order needs them all anyway).
 */
async function inCircle(db: Executor, area: Extract<AreaQuery, { type: 'circle' }>, limit: number) {
  const rows = await db
    .select({ ...columns, meters: metresFrom(reports.lat, reports.lon, area), total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(reports)
    .where(and(isPublicReport, inEarthCircle(reports.lat, reports.lon, area)))
    .orderBy(sql`(${reports.status} in (${sql.raw(openStatuses.map((s) => `'${s}'`).join(', '))})) desc`, desc(reports.createdAt), desc(reports.number))
    .limit(limit);
  return { rows, total: rows[0]?.total ?? 0 };
}

/**
 * A district's public reports, open first and then the newest: the newest `limit` of each public status, each a walk
 * of `limit` entries down the public district index (`reports_public_district_status_idx`), merged here; the count
 * reads that index alone.
 */
async function inDistrict(db: Executor, districtId: string, limit: number) {
  const newest = (status: ReportStatus) =>
    db
      .select({ ...columns, meters: sql<number | null>`null::float8` })
      .from(reports)
      .where(and(isPublicReport, eq(reports.districtId, districtId), eq(reports.status, status)))
      .orderBy(desc(reports.createdAt), desc(reports.number))
      .limit(limit);
  const [first, second, ...rest] = publicStatuses.map(newest);
  const rows = (await unionAll(first!, second!, ...rest))
    .sort((a, b) => Number(isOpen(b.status)) - Number(isOpen(a.status)) || b.createdAt.getTime() - a.createdAt.getTime() || b.number - a.number)
    .slice(0, limit);
  const [total] = await db
    .select({ n: count() })
    .from(reports)
    .where(and(isPublicReport, eq(reports.districtId, districtId)));
  return { rows, total: Number(total?.n ?? 0) };
}

/**
 * Public reports in an area for the area page: in the circle or in the district, open ones first, then the newest,
 * with the total. The same visibility as the public list and map (`isPublicReport`): nothing on pre-moderation,
 * refused, held or hidden. Measured in bench/reports.ts.
 */
export async function reportsInArea(db: Executor, area: AreaQuery, limit: number): Promise<AreaSection> {
  const { rows, total } = area.type === 'circle' ? await inCircle(db, area, limit) : await inDistrict(db, area.districtId, limit);
  const names = await reasonNames(
    db,
    rows.map((r) => r.reasonId),
  );
  const lang = area.lang;
  return {
    total,
    items: rows.map((r) => {
      const reason = names.get(r.reasonId);
      return {
        kind: reportType,
        id: String(r.number),
        title: reportTitle(r.number, (lang === 'en' ? reason?.nameEn : null) || (reason?.nameRu ?? ''), lang),
        path: reportPath(r.number),
        status: r.status,
        statusText: t(lang, `report.status.${r.status}`),
        lat: r.lat,
        lon: r.lon,
        distanceMeters: r.meters,
        districtId: r.districtId,
        address: r.address,
        date: r.createdAt,
      };
    }),
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
