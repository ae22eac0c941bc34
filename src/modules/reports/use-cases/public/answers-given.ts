import { sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import { reasonNames, type ReasonNames } from '../../db/report-queries.js';
import { reportEvents, reports } from '../../db/schema.js';
import type { ReportStatus } from '../../domain/lifecycle.js';
import { reportPath } from '../../domain/report-rules.js';
import { decodeListCursor, encodeListCursor } from './list-reports.js';
import { isPublicReport } from './public-reports.js';

/** A report a person answered as an official, with what its public page shows of it (never who filed it). */
export interface AnswerGiven {
  number: number;
  path: string;
  names: ReasonNames;
  districtId: string | null;
  /** The report's status now. */
  status: ReportStatus;
  /** When the person wrote the answer (the public history shows the moment; its text once a moderator published it). */
  answeredAt: Date;
}

/**
 * The answers a person wrote as an official (`answer` in a department's capacity) that a moderator published — an
 * answer returned to the department was never public — on reports the public sees (`isPublicReport`: not in
 * pre-moderation, refused, hidden or held), newest first, a page at a time after `cursor` (keyset on the answer's
 * (at, id): the partial index `report_events_answer_actor_idx`), with their count. For a public figure's page: a
 * verified official's own public record. 400 `map_cursor_invalid` for a cursor that cannot be read.
 */
export async function answersGivenBy(
  db: Executor,
  userId: string,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ items: AnswerGiven[]; total: number; nextCursor: string | null }> {
  const after = page.cursor ? decodeListCursor(page.cursor) : null;
  if (page.cursor && !after) throw new AppError(400, 'map_cursor_invalid');
  // published: the next moderator's step on the answer (publish or return) was `publish_answer`
  const given = sql`${reportEvents.actorId} = ${userId} and ${reportEvents.action} = 'answer' and ${reportEvents.actorRole} = 'official' and ${isPublicReport}
    and (select p.action from ${reportEvents} p where p.report_id = ${reportEvents.reportId} and p.action in ('publish_answer', 'return_answer')
           and (p.at, p.id) > (${reportEvents.at}, ${reportEvents.id}) order by p.at, p.id limit 1) = 'publish_answer'`;
  const keyset = after
    ? sql` and (${reportEvents.at}, ${reportEvents.id}) < (timestamptz 'epoch' + ${after.createdUs}::bigint * interval '1 microsecond', ${after.number}::bigint)`
    : sql``;
  const from = sql`${reportEvents} join ${reports} on ${reports.id} = ${reportEvents.reportId}`;
  const [rows, counted] = await Promise.all([
    queryRows<{ id: string; at_us: string; at: Date | string; number: number | string; status: ReportStatus; district_id: string | null; reason_id: number }>(
      db,
      sql`select ${reportEvents.id} as id, (extract(epoch from ${reportEvents.at}) * 1000000)::bigint::text as at_us, ${reportEvents.at} as at,
            ${reports.number} as number, ${reports.status} as status, ${reports.districtId} as district_id, ${reports.reasonId} as reason_id
          from ${from} where ${given}${keyset}
          order by ${reportEvents.at} desc, ${reportEvents.id} desc limit ${page.limit + 1}`,
    ),
    queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${from} where ${given}`),
  ]);
  const shown = rows.slice(0, page.limit);
  const names = await reasonNames(
    db,
    shown.map((r) => r.reason_id),
  );
  const items = shown.map((r) => {
    const n = names.get(r.reason_id)!;
    // a bigserial: some drivers give int8 as text
    const number = Number(r.number);
    return {
      number,
      path: reportPath(number),
      names: n,
      districtId: r.district_id,
      status: r.status,
      answeredAt: new Date(r.at),
    };
  });
  const last = shown.at(-1);
  return {
    items,
    total: counted[0]?.n ?? 0,
    nextCursor: rows.length > page.limit && last ? encodeListCursor({ createdUs: last.at_us, number: Number(last.id) }) : null,
  };
}
