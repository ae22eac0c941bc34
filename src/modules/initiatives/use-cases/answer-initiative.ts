import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { initiatives, type answerDecisions } from '../db/schema.js';
import { isOverdue } from '../domain/lifecycle.js';
import { canAnswerInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, requireInitiative } from './common.js';
import { initiativeAnswered } from '../events.js';
import { recordCommitment } from '../../commitments/index.js';

export interface AnswerInput {
  decision: (typeof answerDecisions)[number];
  text: string;
  departmentId?: string | undefined;
  dueOn?: string | undefined;
}

/**
 * The authority's answer: officials of the responsible department and administrators, while it awaits the answer
 * (also once overdue). The text is public (at least 20 characters after the route's schema cleaned it). Audited; emits `initiative.answered`.
 * Accepted or partially, it becomes the city's commitment in the same transaction, with the department and due day the
 * answer names (400 naming `departmentId` or `dueOn` when one is missing, unknown, past or a day off: nothing is saved).
 */
export async function answerInitiative(ctx: ModuleContext, actor: Actor, number: number, input: AnswerInput, now = new Date()): Promise<void> {
  const text = input.text;
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    authorize(actor, canAnswerInitiative(actor, facts));
    const [updated] = await tx
      .update(initiatives)
      .set({ status: 'answered', answeredAt: now, answeredBy: actor.userId, answerDecision: input.decision, answerText: text, updatedAt: now })
      .where(eq(initiatives.id, row.id))
      .returning();
    const u = updated!;
    await addHistory(tx, row.id, 'answered', text, now);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'initiative.answered',
      subjectType: 'initiative',
      subjectId: String(u.number),
      data: { decision: input.decision, departmentId: u.departmentId, overdue: isOverdue(row, now) },
    });
    if (input.decision !== 'rejected') {
      await recordCommitment(tx, {
        sourceType: 'initiative',
        sourceId: String(u.number),
        title: u.title,
        promise: text,
        departmentId: input.departmentId,
        dueOn: input.dueOn,
        districtId: u.districtId,
        actorId: actor.userId,
        timeZone: ctx.config.cityTimezone,
        now,
      });
    }
    await emitInitiativeEvent(tx, initiativeAnswered, actor.userId, u, { decision: input.decision });
  });
  ctx.jobs.kick();
}
