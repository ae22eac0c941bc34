import { authorize } from '../../../core/auth/authorize.js';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { allRules, type InitiativeRuleRow } from '../db/queries.js';
import { initiativeRules } from '../db/schema.js';
import { rulesProblem, type RuleFigures } from '../domain/initiative-input.js';
import { canManageInitiativeRules } from '../policy.js';
import { ruleError } from './common.js';

/** The thresholds per type and scope (public). */
export function readRules(ctx: ModuleContext): Promise<InitiativeRuleRow[]> {
  return allRules(ctx.database.db);
}

/**
 * Saves thresholds (administrators): each given type and scope replaces its figures; the others stay. Initiatives
 * keep the figures they were submitted and admitted with. Audited with the figures before and after.
 */
export async function saveRules(ctx: ModuleContext, actor: Actor, rules: RuleFigures[], now = new Date()): Promise<InitiativeRuleRow[]> {
  authorize(actor, canManageInitiativeRules(actor));
  const problem = rulesProblem(rules);
  if (problem) throw ruleError(problem);
  return ctx.database.db.transaction(async (tx) => {
    const before = await allRules(tx);
    for (const r of rules) {
      await tx
        .insert(initiativeRules)
        .values({ ...r, updatedAt: now })
        .onConflictDoUpdate({
          target: [initiativeRules.type, initiativeRules.scope],
          set: {
            minCoinitiators: r.minCoinitiators,
            supportThreshold: r.supportThreshold,
            supportDays: r.supportDays,
            answerWorkingDays: r.answerWorkingDays,
            updatedAt: sql`excluded.updated_at`,
          },
        });
    }
    const after = await allRules(tx);
    const figures = (list: InitiativeRuleRow[]) =>
      list.map((r) => ({
        type: r.type,
        scope: r.scope,
        minCoinitiators: r.minCoinitiators,
        supportThreshold: r.supportThreshold,
        supportDays: r.supportDays,
        answerWorkingDays: r.answerWorkingDays,
      }));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'initiative_rules.updated',
      subjectType: 'initiative_rules',
      subjectId: 'all',
      data: { before: figures(before), after: figures(after) },
    });
    return after;
  });
}
