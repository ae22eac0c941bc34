import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findReportById, reasonNames } from '../../db/report-queries.js';
import { reports, reportSupports } from '../../db/schema.js';
import { isOpenStatus } from '../../domain/report-rules.js';
import { canSupport, canUnsupport } from '../../policy.js';
import { emitReportEvent, factsOf, requireReadableReport } from './common.js';
import { reportSupported } from '../../events.js';

/** The caller's "me too" state on a report. */
export interface SupportState {
  supported: boolean;
  supportCount: number;
}

/**
 * "Me too": the caller joins an open public report instead of filing a duplicate — counted once,
 * and (through `report.supported`) following it, so they hear of every change. Saying it again is
 * harmless. 401 signed out, 403 without a confirmed e-mail or on one's own report, 404 for a report the
 * caller may not see, 409 once it is closed.
 */
export async function supportReport(ctx: ModuleContext, actor: Actor, number: number): Promise<SupportState> {
  const db = ctx.database.db;
  const report = await requireReadableReport(db, actor, number);
  authorize(actor, canSupport(actor, { ...factsOf(report), open: isOpenStatus(report.status) }));
  const names = (await reasonNames(db, [report.reasonId])).get(report.reasonId)!;
  const state = await db.transaction(async (tx) => {
    const added = await tx
      .insert(reportSupports)
      .values({ reportId: report.id, userId: actor.userId })
      .onConflictDoNothing()
      .returning({ userId: reportSupports.userId });
    if (added.length) {
      await tx
        .update(reports)
        .set({ supportCount: sql`${reports.supportCount} + 1` })
        .where(eq(reports.id, report.id));
      const row = (await findReportById(tx, report.id))!;
      await emitReportEvent(tx, reportSupported, actor.userId, row, names);
      return { supported: true, supportCount: row.supportCount };
    }
    const row = (await findReportById(tx, report.id))!;
    return { supported: true, supportCount: row.supportCount };
  });
  ctx.jobs.kick();
  return state;
}

/** Takes back a "me too" (following stays until the person unfollows). */
export async function unsupportReport(ctx: ModuleContext, actor: Actor, number: number): Promise<SupportState> {
  const db = ctx.database.db;
  authorize(actor, canUnsupport(actor));
  const report = await requireReadableReport(db, actor, number);
  const userId = actor.userId;
  return db.transaction(async (tx) => {
    const removed = await tx
      .delete(reportSupports)
      .where(and(eq(reportSupports.reportId, report.id), eq(reportSupports.userId, userId)))
      .returning({ userId: reportSupports.userId });
    if (removed.length)
      await tx
        .update(reports)
        .set({ supportCount: sql`greatest(${reports.supportCount} - 1, 0)` })
        .where(eq(reports.id, report.id));
    const row = (await findReportById(tx, report.id))!;
    return { supported: false, supportCount: row.supportCount };
  });
}
