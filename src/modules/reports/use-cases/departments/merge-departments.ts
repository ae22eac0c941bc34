import { eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { moveDepartmentRoles } from '../../../accounts/index.js';
import { lockDepartments, otherDepartmentReferences, type DepartmentRow } from '../../db/department-queries.js';
import { reports, routingRules } from '../../db/schema.js';
import { mergeRefusal } from '../../domain/department-rules.js';
import { canManageDepartments } from '../../policy-departments.js';

/** What a merge moved, for the administrator's confirmation and the audit log. */
export interface MergeSummary {
  reports: number;
  routingRules: number;
  roles: number;
  other: number;
}

/**
 * Administrators merge department A into B, in one transaction: all of A's reports move to B (each gets
 * a public history entry saying so; earlier entries keep naming A), its routing rules, officials' roles
 * (folded into the same role at B), and every other row that names A (answer templates, budget works,
 * initiatives, departments merged into A); B takes A's head if it has none; A is retired with
 * merged_into_id = B, so its page points to B. 404 for an unknown A, 400 on `intoId` for an unknown B;
 * 409 for merging into itself, into a retired department, or a department merged already. Audited.
 */
export async function mergeDepartments(
  ctx: ModuleContext,
  actor: Actor,
  fromId: string,
  intoId: string,
): Promise<{ department: DepartmentRow; moved: MergeSummary }> {
  authorize(actor, canManageDepartments(actor));
  return ctx.database.db.transaction(async (tx) => {
    const locked = await lockDepartments(tx, [fromId, intoId]);
    const from = locked.get(fromId);
    const into = locked.get(intoId);
    if (!from) throw new AppError(404, 'department_not_found');
    if (!into) throw fieldError('intoId', 'field.routing_unknown_department');
    const refusal = mergeRefusal(from, into);
    if (refusal) throw new AppError(409, refusal.code, refusal.params);

    await tx.execute(
      sql`insert into report_events (report_id, actor_id, actor_role, action, department_id, data)
          select id, ${actor.userId}, 'administrator', 'department_merged', ${intoId}, jsonb_build_object('from', ${fromId}::text)
          from reports where department_id = ${fromId}`,
    );
    const moved = await tx.update(reports).set({ departmentId: intoId }).where(eq(reports.departmentId, fromId)).returning({ id: reports.id });
    // A rule's scope (reason or category × district) is unique across all departments (routing_rules_unique),
    // so B cannot already hold a rule for a scope of A's: each of A's rules moves as it is.
    const rules = await tx.update(routingRules).set({ departmentId: intoId }).where(eq(routingRules.departmentId, fromId)).returning({ id: routingRules.id });
    const roles = await moveDepartmentRoles(tx, fromId, intoId);
    let other = 0;
    for (const ref of await otherDepartmentReferences(tx)) {
      const done = await tx.execute(
        sql`update ${sql.identifier(ref.table)} set ${sql.identifier(ref.column)} = ${intoId} where ${sql.identifier(ref.column)} = ${fromId}`,
      );
      other += Number((done as { affectedRows?: number; rowCount?: number }).affectedRows ?? (done as { rowCount?: number }).rowCount ?? 0);
    }
    if (!into.headUserId && from.headUserId) await tx.update(departments).set({ headUserId: from.headUserId }).where(eq(departments.id, intoId));
    const [row] = await tx
      .update(departments)
      .set({ retiredAt: from.retiredAt ?? new Date(), mergedIntoId: intoId })
      .where(eq(departments.id, fromId))
      .returning();
    const summary: MergeSummary = { reports: moved.length, routingRules: rules.length, roles, other };
    await appendAudit(tx, { actorId: actor.userId, action: 'department.merged', subjectType: 'department', subjectId: fromId, data: { intoId, ...summary } });
    return { department: row!, moved: summary };
  });
}
