import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findDepartment } from '../../city/index.js';
import { ruleFor } from '../db/queries.js';
import { initiatives } from '../db/schema.js';
import { supportWindow } from '../domain/lifecycle.js';
import { canScreenInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, requireInitiative, ruleError } from './common.js';
import { initiativeScreened } from '../events.js';

export interface ScreeningInput {
  decision: 'admissible' | 'inadmissible';
  reason: string;
  departmentId?: string | undefined;
}

/**
 * An expert's screening (city-wide experts and administrators), with a public reason either way. Admitting needs the
 * responsible department (400 when missing or unknown); it copies the threshold and the answer period from the
 * current rules and opens the support window now for the rule's number of days. Audited; emits `initiative.screened`.
 */
export async function screenInitiative(ctx: ModuleContext, actor: Actor, number: number, input: ScreeningInput, now = new Date()): Promise<void> {
  const reason = input.reason;
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canScreenInitiative(actor, facts));
    const screened = { screenedAt: now, screenedBy: actor.userId, screeningReason: reason, updatedAt: now };
    let patch: Partial<typeof initiatives.$inferInsert>;
    if (input.decision === 'admissible') {
      if (!input.departmentId) throw ruleError({ field: 'departmentId', code: 'initiative_department_required' });
      if (!(await findDepartment(tx, input.departmentId))) throw ruleError({ field: 'departmentId', code: 'initiative_department_unknown' });
      const rule = await ruleFor(tx, row.type, row.scope);
      if (!rule) throw new AppError(500, 'internal');
      patch = {
        ...screened,
        status: 'collecting',
        departmentId: input.departmentId,
        supportThreshold: rule.supportThreshold,
        answerWorkingDays: rule.answerWorkingDays,
        ...supportWindow(now, rule.supportDays),
      };
    } else {
      patch = { ...screened, status: 'inadmissible' };
    }
    const [updated] = await tx.update(initiatives).set(patch).where(eq(initiatives.id, row.id)).returning();
    const u = updated!;
    await addHistory(tx, row.id, u.status, reason, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'initiative.screened',
      subjectType: 'initiative',
      subjectId: String(u.number),
      data: { decision: input.decision, departmentId: u.departmentId, supportThreshold: u.supportThreshold, answerWorkingDays: u.answerWorkingDays },
    });
    await emitInitiativeEvent(tx, initiativeScreened, actor.userId, u, { decision: input.decision });
  });
  ctx.jobs.kick();
}
