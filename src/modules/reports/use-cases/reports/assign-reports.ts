import { eq } from 'drizzle-orm';
import type { Actor, UserActor } from '../../../../core/auth/actor.js';
import { authorize, deny } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { reportAssigned } from '../../events.js';
import { findReportById, findReportsByNumbers, reasonNames } from '../../db/report-queries.js';
import { reports } from '../../db/schema.js';
import { canAssign } from '../../policy.js';
import { addHistory, emitReportEvent, factsOf, reportFieldError } from './common.js';

/**
 * Assigns reports of the caller's department to one of its officials (or unassigns them with
 * null), all or none: each must be the caller's department's and the assignee its official.
 * Audited; the assignee is notified.
 */
export async function assignReports(ctx: ModuleContext, actor: Actor, numbers: number[], assigneeId: string | null): Promise<{ numbers: number[] }> {
  const db = ctx.database.db;
  if (actor.kind !== 'user') authorize(deny('unauthenticated'));
  let assignee: UserActor | null = null;
  if (assigneeId) {
    const person = (await publicPeople(db, [assigneeId])).get(assigneeId);
    if (!person) throw reportFieldError('assigneeId', 'report_assignee_not_official');
    assignee = {
      kind: 'user',
      userId: person.id,
      displayName: person.displayName,
      verification: 'email',
      roles: person.roles,
      language: 'ru',
      districtId: person.districtId,
    };
  }
  const found = await findReportsByNumbers(db, numbers);
  if (found.length !== new Set(numbers).size) throw new AppError(404, 'report_not_found');
  for (const r of found) {
    const d = canAssign(actor, factsOf(r), assignee);
    if (!d.allowed && d.reason === 'report_assignee_not_official') throw reportFieldError('assigneeId', d.reason);
    authorize(d);
  }
  if (actor.kind !== 'user') throw new Error('unreachable');
  const names = await reasonNames(
    db,
    found.map((r) => r.reasonId),
  );
  await db.transaction(async (tx) => {
    for (const r of found) {
      const current = (await findReportById(tx, r.id, { forUpdate: true }))!;
      authorize(actor, canAssign(actor, factsOf(current), assignee));
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
        await emitReportEvent(tx, reportAssigned, actor.userId, row!, names.get(r.reasonId)!.nameRu, { from: row!.status, assigneeId });
      }
    }
  });
  ctx.jobs.kick();
  return { numbers: found.map((r) => r.number).sort((a, b) => a - b) };
}
