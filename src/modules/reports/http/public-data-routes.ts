import { Readable } from 'node:stream';
import { fieldError } from '../../../core/http/errors.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { isoDay } from '../../../core/time/calendar.js';
import { zonedToUtc } from '../../../core/time/time.js';
import type { ReportStatus } from '../db/schema.js';
import { listPublicReports, publicReportBatches } from '../use-cases/public/list-reports.js';
import type { PublicFilters } from '../use-cases/public/public-reports.js';
import { reportMap, type Bbox } from '../use-cases/public/report-map.js';
import { districtReportStats, reportStats } from '../use-cases/public/report-stats.js';
import { csvHeader, csvLines, geoJsonFeature, openDataRecord } from './public-data-export.js';
import { presentPublicSummary } from './public-data-presenters.js';
import * as s from './public-data-schemas.js';

const periodError = (field: string) => fieldError(field, 'error.map_period_invalid');

/** A city-local day `YYYY-MM-DD` (checked to exist) as the instant it starts, or the next day's start for the end of a period. */
function dayBoundary(field: string, day: string, timeZone: string, end: boolean): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  if (isoDay(y, m, d) !== day) throw periodError(field);
  return zonedToUtc(y, m, d + (end ? 1 : 0), 0, timeZone);
}

/** `from`/`to` days as a half-open period of instants (`to` inclusive as a day); 400 when they are not days or out of order. */
function period(q: { from?: string | undefined; to?: string | undefined }, timeZone: string): { from?: Date; to?: Date } {
  const from = q.from ? dayBoundary('from', q.from, timeZone, false) : undefined;
  const to = q.to ? dayBoundary('to', q.to, timeZone, true) : undefined;
  if (from && to && from >= to) throw periodError('to');
  return { ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

/** A month `YYYY-MM` of a `YYYY-MM` or `YYYY-MM-DD` value (the grid counts by month). */
function monthOf(field: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  const month = value.slice(0, 7);
  const mm = Number(month.slice(5, 7));
  if (mm < 1 || mm > 12 || (value.length === 10 && isoDay(Number(value.slice(0, 4)), mm, Number(value.slice(8, 10))) !== value)) throw periodError(field);
  return month;
}

function parseBbox(text: string): Bbox {
  const parts = text.split(',').map((p) => Number(p.trim()));
  const [west, south, east, north] = parts as [number, number, number, number];
  if (
    parts.length !== 4 ||
    parts.some((n) => !Number.isFinite(n)) ||
    west < -180 ||
    east > 180 ||
    south < -90 ||
    north > 90 ||
    west >= east ||
    south >= north
  ) {
    throw fieldError('bbox', 'error.map_bbox_invalid');
  }
  return { west, south, east, north };
}

/**
 * The batches of an export with the first one already fetched: the input is checked and the first query has run
 * before the headers go out, so a refusal is an error answer, never a file cut short.
 */
async function prefetched<T>(source: AsyncGenerator<T>): Promise<AsyncGenerator<T>> {
  const first = await source.next();
  return (async function* () {
    if (first.done) return;
    yield first.value;
    yield* source;
  })();
}

const statusesOf = (list: string | undefined) => (list ? ([...new Set(list.split(','))] as ReportStatus[]) : undefined);

/** The filters shared by the list and the open-data exports. */
function filtersOf(
  q: {
    status?: string | undefined;
    categoryId?: number | undefined;
    reasonId?: number | undefined;
    districtId?: string | undefined;
    departmentId?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
  },
  timeZone: string,
): PublicFilters {
  return {
    statuses: statusesOf(q.status),
    categoryId: q.categoryId,
    reasonId: q.reasonId,
    districtId: q.districtId,
    departmentId: q.departmentId,
    ...period(q, timeZone),
  };
}

/** The public map, lists, open data and statistics. */
export function publicDataRoutes(app: App, ctx: ModuleContext): void {
  const tz = ctx.config.cityTimezone;

  // Who may call: anyone (public reports only).
  app.get(
    '/api/reports/map',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['reports'],
        summary: 'The public map of reports',
        description:
          'Up to zoom 14: clusters counted on the server (from the map grid at the nearest stored zoom; `from`/`to` count whole months). Above: the reports as points (at most 2,000; `truncated` says when there were more).',
        querystring: s.mapQuerySchema,
        response: { 200: s.mapSchema },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const fromMonth = monthOf('from', q.from);
      const toMonth = monthOf('to', q.to);
      if (fromMonth && toMonth && fromMonth > toMonth) throw periodError('to');
      reply.header('cache-control', 'public, max-age=60');
      return reportMap(ctx, { bbox: parseBbox(q.bbox), zoom: q.zoom, statuses: statusesOf(q.status), categoryId: q.categoryId, fromMonth, toMonth });
    },
  );

  // Who may call: anyone (public reports only).
  app.get(
    '/api/reports',
    {
      config: { policy: 'public' },
      schema: { tags: ['reports'], summary: 'The public list of reports, newest first', querystring: s.listQuerySchema, response: { 200: s.listSchema } },
    },
    async (req) => {
      const { cursor, limit, ...rest } = req.query;
      const now = new Date();
      const page = await listPublicReports(ctx, { ...filtersOf(rest, tz), cursor, limit });
      return { items: page.items.map((r) => presentPublicSummary(r, now)), nextCursor: page.nextCursor };
    },
  );

  // Who may call: anyone (figures of public reports).
  app.get(
    '/api/reports/stats',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['reports'],
        summary: 'Report statistics per department, reason, district and month',
        description:
          'Public reports filed in the period (`from`/`to`, city days, inclusive). On time: answered by the resolution deadline; late: answered after it or still unanswered past it.',
        querystring: s.statsQuerySchema,
        response: { 200: s.statsSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return reportStats(ctx, { ...period(req.query, tz), districtId: req.query.districtId });
    },
  );

  // Who may call: anyone (figures of public reports).
  app.get(
    '/api/districts/:id/report-stats',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['reports'],
        summary: 'A district’s report statistics',
        params: s.districtParamsSchema,
        querystring: s.statsQuerySchema.omit({ districtId: true }),
        response: { 200: s.districtStatsSchema },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return districtReportStats(ctx, req.params.id, period(req.query, tz));
    },
  );

  // Who may call: anyone. Streamed; no personal data.
  app.get(
    '/api/open-data/reports.csv',
    {
      config: { policy: 'public' },
      schema: { tags: ['open data'], summary: 'Public reports as CSV (UTF-8, RFC 4180), without personal data', querystring: s.openDataQuerySchema },
    },
    async (req, reply) => {
      const batches = await prefetched(publicReportBatches(ctx, filtersOf(req.query, tz)));
      const now = new Date();
      const publicUrl = ctx.config.publicUrl;
      async function* lines() {
        yield `\ufeff${csvHeader}`; // the byte-order mark lets spreadsheet programs read Cyrillic as UTF-8
        for await (const batch of batches) yield csvLines(batch.map((r) => openDataRecord(r, now, publicUrl)));
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="reports.csv"')
        .header('cache-control', 'public, max-age=300')
        .send(Readable.from(lines()));
    },
  );

  // Who may call: anyone. Streamed; no personal data.
  app.get(
    '/api/open-data/reports.geojson',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['open data'],
        summary: 'Public reports as a GeoJSON FeatureCollection (WGS84 points), without personal data',
        querystring: s.openDataQuerySchema,
      },
    },
    async (req, reply) => {
      const batches = await prefetched(publicReportBatches(ctx, filtersOf(req.query, tz)));
      const now = new Date();
      const publicUrl = ctx.config.publicUrl;
      async function* chunks() {
        yield '{"type":"FeatureCollection","features":[';
        let first = true;
        for await (const batch of batches) {
          const text = batch.map((r) => geoJsonFeature(openDataRecord(r, now, publicUrl))).join(',\n');
          yield first ? `\n${text}` : `,\n${text}`;
          first = false;
        }
        yield '\n]}\n';
      }
      return reply
        .type('application/geo+json; charset=utf-8')
        .header('content-disposition', 'attachment; filename="reports.geojson"')
        .header('cache-control', 'public, max-age=300')
        .send(Readable.from(chunks()));
    },
  );
}
