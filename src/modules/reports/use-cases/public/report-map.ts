import { and, between, desc, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import { queryRows } from '../../../../core/db/client.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { reportCells, reports, reportStatuses, type ReportStatus } from '../../db/schema.js';
import { cellOf, cellZooms, nearestCellZoom, rollupCategoryId, rollupMonth } from '../../domain/map-cells.js';
import { unpublishedStatuses } from '../../domain/report-rules.js';
import { publicConditions } from './public-reports.js';

/** West, south, east, north in degrees (WGS84). */
export interface Bbox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface MapQuery {
  bbox: Bbox;
  zoom: number;
  statuses?: ReportStatus[] | undefined;
  categoryId?: number | undefined;
  /** First and last month filed, `YYYY-MM` (the grid counts by month). */
  fromMonth?: string | undefined;
  toMonth?: string | undefined;
}

export interface MapAnswer {
  clusters: { lat: number; lon: number; count: number }[];
  points: { number: number; lat: number; lon: number; status: ReportStatus; reasonId: number }[];
  /** True when there were more points in view than `mapPointCap` (zoom in for the rest). */
  truncated: boolean;
}

/** Above this zoom the map shows points; at or below, clusters. */
export const clusterMaxZoom = Math.max(...cellZooms);
/** The most points one answer carries. */
export const mapPointCap = 2000;

const publicStatuses = reportStatuses.filter((s) => !unpublishedStatuses.includes(s));

/** The first instant of a month `YYYY-MM` (UTC months, as the grid keeps them). */
const monthStart = (month: string, plus = 0) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + plus, 1));
};

/**
 * The public map in a bounding box. Up to street level (zoom ≤ 14) the answer is clusters summed
 * from the grid of report_cells at the nearest stored zoom — a sum over the cells in view, never a
 * scan of the reports — each at the mean position of its reports. Closer in, the reports themselves
 * (at most `mapPointCap`, newest first). Filters: statuses (public ones only), category, months filed.
 */
export async function reportMap(ctx: ModuleContext, q: MapQuery): Promise<MapAnswer> {
  const db = ctx.database.db;
  const statuses = (q.statuses?.length ? q.statuses : publicStatuses).filter((s) => publicStatuses.includes(s));
  if (!statuses.length) return { clusters: [], points: [], truncated: false };
  const { west, south, east, north } = q.bbox;

  if (q.zoom <= clusterMaxZoom) {
    const zoom = nearestCellZoom(q.zoom);
    const topLeft = cellOf(north, west, zoom);
    const bottomRight = cellOf(south, east, zoom);
    const conds: SQL[] = [
      sql`${reportCells.zoom} = ${zoom}`,
      between(reportCells.cellX, topLeft.x, bottomRight.x),
      between(reportCells.cellY, topLeft.y, bottomRight.y),
      inArray(reportCells.status, statuses),
    ];
    if (q.categoryId === undefined && !q.fromMonth && !q.toMonth) {
      // the unfiltered map reads the cells' roll-up rows
      conds.push(sql`${reportCells.categoryId} = ${rollupCategoryId}`, sql`${reportCells.month} = ${rollupMonth}`);
    } else {
      conds.push(sql`${reportCells.categoryId} <> ${rollupCategoryId}`);
      if (q.categoryId !== undefined) conds.push(sql`${reportCells.categoryId} = ${q.categoryId}`);
      if (q.fromMonth) conds.push(gte(reportCells.month, `${q.fromMonth}-01`));
      if (q.toMonth) conds.push(sql`${reportCells.month} <= ${`${q.toMonth}-01`}`);
    }
    const rows = await queryRows<{ n: number; lat: number; lon: number }>(
      db,
      sql`select sum(${reportCells.count})::int as n, sum(${reportCells.sumLat}) / sum(${reportCells.count}) as lat, sum(${reportCells.sumLon}) / sum(${reportCells.count}) as lon
          from ${reportCells} where ${and(...conds)}
          group by ${reportCells.cellX}, ${reportCells.cellY}
          having sum(${reportCells.count}) > 0`,
    );
    return { clusters: rows.map((r) => ({ lat: Number(r.lat), lon: Number(r.lon), count: Number(r.n) })), points: [], truncated: false };
  }

  const conds: SQL[] = [publicConditions({ statuses, categoryId: q.categoryId }), between(reports.lat, south, north), between(reports.lon, west, east)];
  if (q.fromMonth) conds.push(gte(reports.createdAt, monthStart(q.fromMonth)));
  if (q.toMonth) conds.push(lt(reports.createdAt, monthStart(q.toMonth, 1)));
  const rows = await db
    .select({ number: reports.number, lat: reports.lat, lon: reports.lon, status: reports.status, reasonId: reports.reasonId })
    .from(reports)
    .where(and(...conds))
    .orderBy(desc(reports.number))
    .limit(mapPointCap + 1);
  return { clusters: [], points: rows.slice(0, mapPointCap), truncated: rows.length > mapPointCap };
}
