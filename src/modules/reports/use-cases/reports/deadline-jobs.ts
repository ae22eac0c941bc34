import { and, asc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import { inBatches } from '../../../../core/jobs/batches.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import type { Db } from '../../../../core/db/client.js';
import { moveCells } from '../../db/cells.js';
import { findReportById, reasonNames } from '../../db/report-queries.js';
import { reportEvents, reports } from '../../db/schema.js';
import { isOverdue, warningTime } from '../../domain/deadlines.js';
import { nextStatus } from '../../domain/lifecycle.js';
import { withDepartmentStatuses } from '../../domain/report-rules.js';
import { addHistory, emitReportEvent } from './common.js';
import { reportDeadlineNear, reportOverdue, reportStatusChanged } from '../../events.js';

/** Rows read at a time; each is handled in a transaction of its own, and the server serves requests in between. */
const batchSize = 100;

/** One page of the ids of reports matching `condition`, in id order after `after` (for `inBatches`). */
async function reportIdsAfter(db: Db, condition: SQL | undefined, after: string | undefined, limit: number): Promise<string[]> {
  const rows = await db
    .select({ id: reports.id })
    .from(reports)
    .where(and(condition, after === undefined ? undefined : gt(reports.id, after)))
    .orderBy(asc(reports.id))
    .limit(limit);
  return rows.map((r) => r.id);
}

/**
 * Marks reports whose resolution deadline passed while the department held them: `overdueAt` is
 * set (counted against the department), the public history says so, and `report.overdue` tells the
 * department's head. A reopened report that runs late again is marked again.
 */
export async function markOverdue(ctx: ModuleContext, now = new Date(), { size = batchSize }: { size?: number } = {}): Promise<number> {
  const db = ctx.database.db;
  const due = and(
    inArray(reports.status, [...withDepartmentStatuses]),
    lte(reports.resolutionDueAt, now),
    or(isNull(reports.overdueAt), sql`${reports.overdueAt} < ${reports.resolutionDueAt}`),
  );
  const page = (after: string | undefined, limit: number) => reportIdsAfter(db, due, after, limit);
  const marked = await inBatches(
    page,
    (id) =>
      db.transaction(async (tx) => {
        const r = await findReportById(tx, id, { forUpdate: true });
        if (!r || !isOverdue(r, now) || (r.overdueAt && r.overdueAt >= r.resolutionDueAt!)) return false;
        const [row] = await tx.update(reports).set({ overdueAt: now }).where(eq(reports.id, id)).returning();
        const names = (await reasonNames(tx, [r.reasonId])).get(r.reasonId)!;
        await addHistory(tx, {
          reportId: id,
          actorId: null,
          actorRole: 'system',
          action: 'overdue',
          fromStatus: r.status,
          toStatus: r.status,
          departmentId: r.departmentId,
          data: { dueAt: r.resolutionDueAt!.toISOString() },
          at: now,
        });
        await emitReportEvent(tx, reportOverdue, null, row!, names, { from: r.status, dueAt: r.resolutionDueAt!.toISOString() });
        return true;
      }),
    { size },
  );
  if (marked) ctx.jobs.kick();
  return marked;
}

/**
 * Warns the department a working day before a resolution deadline (from the start of the last
 * working day), once per deadline: an internal history entry remembers it.
 */
export async function warnDeadlines(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const tz = ctx.config.cityTimezone;
  const page = (after: { id: string } | undefined, limit: number) =>
    db
      .select({ id: reports.id, resolutionDueAt: reports.resolutionDueAt })
      .from(reports)
      .where(
        and(
          inArray(reports.status, [...withDepartmentStatuses]),
          gt(reports.resolutionDueAt, now),
          lte(reports.resolutionDueAt, new Date(now.getTime() + 4 * 86_400_000)),
          sql`not exists (select 1 from ${reportEvents} e where e.report_id = ${reports.id} and e.action = 'deadline_warning'
              and (e.data->>'dueMs')::bigint = (extract(epoch from ${reports.resolutionDueAt}) * 1000)::bigint)`,
          after === undefined ? undefined : gt(reports.id, after.id),
        ),
      )
      .orderBy(asc(reports.id))
      .limit(limit);
  const warned = await inBatches(
    page,
    async (c) => {
      if (!c.resolutionDueAt || warningTime(c.resolutionDueAt, tz) > now) return false;
      return db.transaction(async (tx) => {
        const r = (await findReportById(tx, c.id, { forUpdate: true }))!;
        if (!withDepartmentStatuses.includes(r.status) || r.resolutionDueAt?.getTime() !== c.resolutionDueAt!.getTime()) return false;
        const names = (await reasonNames(tx, [r.reasonId])).get(r.reasonId)!;
        await addHistory(tx, {
          reportId: r.id,
          actorId: null,
          actorRole: 'system',
          action: 'deadline_warning',
          departmentId: r.departmentId,
          data: { dueMs: r.resolutionDueAt.getTime() },
          at: now,
        });
        await emitReportEvent(tx, reportDeadlineNear, null, r, names, {
          from: r.status,
          dueAt: r.resolutionDueAt.toISOString(),
          assigneeId: r.assigneeId,
        });
        return true;
      });
    },
    { size: batchSize },
  );
  if (warned) ctx.jobs.kick();
  return warned;
}

/** Closes answered reports whose resident neither confirmed nor disputed within the window. */
export async function closeUnconfirmed(ctx: ModuleContext, now = new Date()): Promise<number> {
  const db = ctx.database.db;
  const due = and(eq(reports.status, 'answered'), lte(reports.dueAt, now));
  const page = (after: string | undefined, limit: number) => reportIdsAfter(db, due, after, limit);
  const closed = await inBatches(
    page,
    (id) =>
      db.transaction(async (tx) => {
        const r = await findReportById(tx, id, { forUpdate: true });
        if (!r || r.status !== 'answered' || !r.dueAt || r.dueAt > now) return false;
        const to = nextStatus(r.status, 'auto_close')!;
        const [row] = await tx
          .update(reports)
          .set({ status: to, statusChangedAt: now, dueAt: null, closedAt: now, closedHow: 'auto' })
          .where(eq(reports.id, id))
          .returning();
        const names = (await reasonNames(tx, [r.reasonId])).get(r.reasonId)!;
        if (r.moderation === 'visible') await moveCells(tx, { lat: r.lat, lon: r.lon, categoryId: names.categoryId, createdAt: r.createdAt }, r.status, to);
        await addHistory(tx, {
          reportId: id,
          actorId: null,
          actorRole: 'system',
          action: 'auto_close',
          fromStatus: r.status,
          toStatus: to,
          departmentId: r.departmentId,
          at: now,
        });
        await emitReportEvent(tx, reportStatusChanged, null, row!, names, { from: r.status, action: 'auto_close' });
        return true;
      }),
    { size: batchSize },
  );
  if (closed) ctx.jobs.kick();
  return closed;
}
