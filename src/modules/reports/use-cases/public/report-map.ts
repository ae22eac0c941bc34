import { and, desc, sql, type SQL } from 'drizzle-orm';
import type { ModuleContext } from '../../../../core/module/module.js';
import { preparedOnce } from '../../../../core/db/prepared.js';
import { classifierReasons, reportCells, reports, reportStatuses, type ReportStatus } from '../../db/schema.js';
import { cellOf, cellZooms, nearestCellZoom, rollupCategoryId, rollupMonth } from '../../domain/map-cells.js';
import { unpublishedStatuses } from '../../domain/report-rules.js';
import { isPublicReport } from './public-reports.js';

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

  // named prepared statements per filter shape (db/prepared.ts); every value is a placeholder
  const values: Record<string, unknown> = {};
  const everyStatus = new Set(statuses).size === publicStatuses.length;
  const shape: string[] = [everyStatus ? 'public' : 'statuses'];
  // the statuses as one array value, never a list of placeholders: a generic plan builds `in ($1, $2, …)`'s array
  // again for every row it reads (a third of the filtered map's time); without a status filter, the constants
  if (!everyStatus) values.statuses = `{${[...new Set(statuses)].join(',')}}`;
  const statusIn = (column: typeof reportCells.status | typeof reports.status) =>
    everyStatus
      ? sql`${column} not in (${sql.raw(unpublishedStatuses.map((s) => `'${s}'`).join(', '))})`
      : sql`${column} = any(${sql.placeholder('statuses')}::text[])`;

  if (q.zoom <= clusterMaxZoom) {
    const zoom = nearestCellZoom(q.zoom);
    const topLeft = cellOf(north, west, zoom);
    const bottomRight = cellOf(south, east, zoom);
    Object.assign(values, { zoom, x0: topLeft.x, x1: bottomRight.x, y0: topLeft.y, y1: bottomRight.y });
    // the key leads with (zoom, category, month), then the cells in view
    const conds: SQL[] = [
      sql`${reportCells.zoom} = ${sql.placeholder('zoom')}::smallint`,
      sql`${reportCells.cellX} between ${sql.placeholder('x0')}::int and ${sql.placeholder('x1')}::int`,
      sql`${reportCells.cellY} between ${sql.placeholder('y0')}::int and ${sql.placeholder('y1')}::int`,
      statusIn(reportCells.status),
    ];
    if (q.categoryId === undefined && !q.fromMonth && !q.toMonth) {
      // the unfiltered map reads the cells' roll-up rows
      shape.push('rollup');
      conds.push(sql`${reportCells.categoryId} = ${rollupCategoryId}`, sql`${reportCells.month} = ${rollupMonth}::date`);
    } else {
      if (q.categoryId !== undefined) {
        shape.push('category');
        values.categoryId = q.categoryId;
        conds.push(sql`${reportCells.categoryId} = ${sql.placeholder('categoryId')}::int`);
      }
      conds.push(sql`${reportCells.categoryId} <> ${sql.raw(String(rollupCategoryId))}`);
      if (q.fromMonth) {
        shape.push('from');
        values.fromMonth = `${q.fromMonth}-01`;
        conds.push(sql`${reportCells.month} >= ${sql.placeholder('fromMonth')}::date`);
      }
      if (q.toMonth) {
        shape.push('to');
        values.toMonth = `${q.toMonth}-01`;
        conds.push(sql`${reportCells.month} <= ${sql.placeholder('toMonth')}::date`);
      }
    }
    const rows = await preparedOnce(db, 'reports_map_cells', shape.join(','), (name) =>
      db
        .select({
          n: sql<number>`sum(${reportCells.count})::int`,
          lat: sql<number>`sum(${reportCells.sumLat}) / sum(${reportCells.count})`,
          lon: sql<number>`sum(${reportCells.sumLon}) / sum(${reportCells.count})`,
        })
        .from(reportCells)
        .where(and(...conds))
        .groupBy(reportCells.cellX, reportCells.cellY)
        .having(sql`sum(${reportCells.count}) > 0`)
        .prepare(name),
    ).execute(values);
    return { clusters: rows.map((r) => ({ lat: Number(r.lat), lon: Number(r.lon), count: Number(r.n) })), points: [], truncated: false };
  }

  Object.assign(values, { south, north, west, east });
  const conds: SQL[] = [
    isPublicReport,
    statusIn(reports.status),
    sql`${reports.lat} between ${sql.placeholder('south')}::float8 and ${sql.placeholder('north')}::float8`,
    sql`${reports.lon} between ${sql.placeholder('west')}::float8 and ${sql.placeholder('east')}::float8`,
  ];
  if (q.categoryId !== undefined) {
    shape.push('category');
    values.categoryId = q.categoryId;
    conds.push(
      sql`${reports.reasonId} in (select ${classifierReasons.id} from ${classifierReasons} where ${classifierReasons.categoryId} = ${sql.placeholder('categoryId')}::int)`,
    );
  }
  if (q.fromMonth) {
    shape.push('from');
    values.from = monthStart(q.fromMonth).toISOString();
    conds.push(sql`${reports.createdAt} >= ${sql.placeholder('from')}::timestamptz`);
  }
  if (q.toMonth) {
    shape.push('to');
    values.to = monthStart(q.toMonth, 1).toISOString();
    conds.push(sql`${reports.createdAt} < ${sql.placeholder('to')}::timestamptz`);
  }
  const rows = await preparedOnce(db, 'reports_map_points', shape.join(','), (name) =>
    db
      .select({ number: reports.number, lat: reports.lat, lon: reports.lon, status: reports.status, reasonId: reports.reasonId })
      .from(reports)
      .where(and(...conds))
      .orderBy(desc(reports.number))
      .limit(mapPointCap + 1)
      .prepare(name),
  ).execute(values);
  return { clusters: [], points: rows.slice(0, mapPointCap), truncated: rows.length > mapPointCap };
}
