import { and, asc, desc, gt, sql } from 'drizzle-orm';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { reports } from '../../db/schema.js';
import { preparedOnce } from '../../../../core/db/prepared.js';
import { opaque, placeholderConditions, publicConditions, selectPublicReports, type PublicFilters, type PublicReportRow } from './public-reports.js';

/** Where a page of the public list starts: after the report with this sort key (filed at, in microseconds; number). */
export interface ListCursor {
  createdUs: string;
  number: number;
}

/** The cursor after a row (URL-safe). */
export function encodeListCursor(row: { createdUs: string; number: number }): string {
  return Buffer.from(`${row.createdUs}.${row.number}`, 'utf8').toString('base64url');
}

/** Reads a cursor; null when it is malformed. */
export function decodeListCursor(cursor: string): ListCursor | null {
  if (cursor.length > 60 || !/^[A-Za-z0-9_-]+$/.test(cursor)) return null;
  const m = /^(-?\d{1,18})\.(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  return m ? { createdUs: m[1]!, number: Number(m[2]) } : null;
}

/**
 * The public list, newest first, with the map's filters, a page at a time: keyset pagination on
 * (filed at, number), so a deep page costs what the first does. 400 `map_cursor_invalid` for a
 * cursor that cannot be read. A named prepared statement per filter shape (see db/prepared.ts): the
 * values go in as opaque placeholders (`opaque`), so PostgreSQL keeps one generic plan of the seven-table join per
 * connection instead of planning it again for each request's values.
 */
export async function listPublicReports(
  ctx: ModuleContext,
  q: PublicFilters & { cursor?: string | undefined; limit: number },
): Promise<{ items: PublicReportRow[]; nextCursor: string | null }> {
  const { shape, conds, values } = placeholderConditions(q);
  if (q.cursor) {
    const c = decodeListCursor(q.cursor);
    if (!c) throw new AppError(400, 'map_cursor_invalid');
    shape.push('cursor');
    conds.push(
      sql`(${reports.createdAt}, ${reports.number}) < (timestamptz 'epoch' + ${opaque('cursorUs', 'bigint')} * interval '1 microsecond', ${opaque('cursorNumber', 'bigint')})`,
    );
    values.cursorUs = c.createdUs;
    values.cursorNumber = c.number;
  }
  // the limit stays in the text (a handful of page sizes): the plan depends on it, and a bound limit would make
  // the generic plan look dearer than a custom one (it assumes a tenth of the rows), so PostgreSQL would plan anew
  // on every request
  const limit = q.limit + 1;
  if (!Number.isSafeInteger(limit) || limit < 1) throw new Error(`bad page size ${q.limit}`);
  shape.push(`limit${limit}`);
  const db = ctx.database.db;
  const rows = await preparedOnce(db, 'reports_list', shape.join(','), (name) =>
    selectPublicReports(db)
      .where(and(...conds))
      .orderBy(desc(reports.createdAt), desc(reports.number))
      // drizzle binds a number as a value; SQL goes into the text as written
      .limit(sql.raw(String(limit)) as unknown as number)
      .prepare(name),
  ).execute(values);
  const items = rows.slice(0, q.limit);
  return { items, nextCursor: rows.length > q.limit ? encodeListCursor(items.at(-1)!) : null };
}

/**
 * Every public report matching the filters, oldest first, in batches (keyset on the number), for
 * the open-data exports: memory stays flat however many there are, and each batch is one short
 * query, so other requests interleave on a single-connection database.
 */
export async function* publicReportBatches(ctx: ModuleContext, filters: PublicFilters, batchSize = 2000): AsyncGenerator<PublicReportRow[]> {
  let after = 0;
  for (;;) {
    const rows = await selectPublicReports(ctx.database.db)
      .where(and(publicConditions(filters), gt(reports.number, after)))
      .orderBy(asc(reports.number))
      .limit(batchSize);
    if (!rows.length) return;
    yield rows;
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.number;
  }
}
