import { authorize } from '../../../../core/auth/authorize.js';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findResult, proposalsByNumber } from '../../db/ballot-queries.js';
import { pbResultOverrides } from '../../db/schema.js';
import { canOverride } from '../../policy-ballots.js';
import { requireHeading } from '../ballots/ballot-common.js';
import type { StoredExplanation } from './tally-heading.js';

/**
 * An administrator's published change to a heading's rule winners: `add` a project the rule did not choose or
 * `remove` one it chose, with a reason everyone reads. Replaces an earlier override of the same project;
 * `decision: 'none'` withdraws it. Audited.
 */
export async function overrideResult(
  ctx: ModuleContext,
  actor: Actor,
  headingId: string,
  input: { number: number; decision: 'add' | 'remove' | 'none'; reason: string },
  now = new Date(),
) {
  const db = ctx.database.db;
  await requireHeading(db, headingId, now);
  const result = await findResult(db, headingId);
  authorize(actor, canOverride(actor, result !== undefined));
  const explained = (result!.explanations as StoredExplanation[]).some((e) => e.number === input.number);
  const proposal = (await proposalsByNumber(db, headingId)).get(input.number);
  if (!proposal || !explained) throw new AppError(400, 'override_project_unknown', { number: input.number });
  const ruleWinner = result!.selected.includes(String(input.number));
  if (input.decision === 'add' && ruleWinner) throw new AppError(400, 'override_already_winner', { number: input.number });
  if (input.decision === 'remove' && !ruleWinner) throw new AppError(400, 'override_not_winner', { number: input.number });
  await db.transaction(async (tx) => {
    if (input.decision === 'none') {
      await tx.delete(pbResultOverrides).where(and(eq(pbResultOverrides.headingId, headingId), eq(pbResultOverrides.proposalId, proposal.id)));
    } else {
      const values = { headingId, proposalId: proposal.id, decision: input.decision, reason: input.reason, decidedBy: actor.userId, decidedAt: now };
      await tx
        .insert(pbResultOverrides)
        .values(values)
        .onConflictDoUpdate({ target: [pbResultOverrides.headingId, pbResultOverrides.proposalId], set: values });
    }
    await appendAudit(tx, {
      actorId: actor.userId,
      action: input.decision === 'none' ? 'budgeting.override_withdrawn' : 'budgeting.overridden',
      subjectType: 'pb_heading',
      subjectId: headingId,
      data: { number: input.number, decision: input.decision, reason: input.reason },
    });
  });
}
