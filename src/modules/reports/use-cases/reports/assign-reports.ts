import { eq } from 'drizzle-orm';
import type { Actor, UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { reportAssigned } from '../../events.js';
import { findReportById, findReportsByNumbers, reasonNames } from '../../db/report-queries.js';
import { reports } from '../../db/schema.js';
import { canAssign, isOfficialOf } from '../../policy.js';
import { addHistory, emitReportEvent, reportFieldError } from './common.js';

/** The assignee as the policy sees them (their grants); 400 naming `assigneeId` for nobody. */
async function assigneeActor(ctx: ModuleContext, assigneeId: string): Promise<UserActor> {
  const person = (await publicPeople(ctx.database.db, [assigneeId])).get(assigneeId);
  if (!person) throw reportFieldError('assigneeId', 'report_assignee_not_official');
  return {
    kind: 'user',
    userId: person.id,
    displayName: person.displayName,
    verification: 'email',
    roles: person.roles,
    language: 'ru',
    districtId: person.districtId,
  };
}

/**
 * Assigns reports of the caller's department to one of its officials (or unassigns them with
 * null), all or none: each must be the caller's department's (403 otherwise, 404 for an unknown
 * number) and the assignee its official (400 naming `assigneeId`). Audited; the assignee is notified.
 */
export async function assignReports(ctx: ModuleContext, actor: Actor, numbers: number[], assigneeId: string | null): Promise<{ numbers: number[] }> {
  const db = ctx.database.db;
  const found = await findReportsByNumbers(db, numbers);
  if (found.length !== new Set(numbers).size) throw new AppError(404, 'report_not_found');
  authorize(actor, canAssign(actor, found));
  const assignee = assigneeId ? await assigneeActor(ctx, assigneeId) : null;
  if (assignee && !found.every((r) => isOfficialOf(assignee, r.departmentId))) throw reportFieldError('assigneeId', 'report_assignee_not_official');
  const names = await reasonNames(
    db,
    found.map((r) => r.reasonId),
  );
  await db.transaction(async (tx) => {
    for (const r of found) {
      const current = (await findReportById(tx, r.id, { forUpdate: true }))!;
      // the department may have changed since: decide again on the locked row
      authorize(actor, canAssign(actor, [current]));
      if (assignee && !isOfficialOf(assignee, current.departmentId)) throw reportFieldError('assigneeId', 'report_assignee_not_official');
      if (current.assigneeId === assigneeId) continue;
      const [row] = await tx.update(reports).set({ assigneeId }).where(eq(reports.id, r.id)).returning();
      await addHistory(tx, {
        reportId: r.id,
        actorId: actor.userId,
        actorRole: 'official',
        action: 'assigned',
        departmentId: current.departmentId,
        data: { assigneeId },
      });
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'report.assigned',
        subjectType: 'report',
        subjectId: String(r.number),
        data: { assigneeId, previous: current.assigneeId },
      });
      if (assigneeId && assigneeId !== actor.userId) {
        await emitReportEvent(tx, reportAssigned, actor.userId, row!, names.get(r.reasonId)!, { from: row!.status, assigneeId });
      }
    }
  });
  ctx.jobs.kick();
  return { numbers: found.map((r) => r.number).sort((a, b) => a - b) };
}
