import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { departmentUsage, lockDepartments, type DepartmentRow } from '../../db/department-queries.js';
import { restoreRefusal, retireRefusal } from '../../domain/department-rules.js';
import { canManageDepartments } from '../../policy-departments.js';

/**
 * Administrators retire a department: it keeps its page and history but leaves public lists and pickers,
 * and routing never chooses it. Refused (409, naming the counts) while routing rules or open reports point
 * at it — move them, or merge it instead; 409 when retired already; 404 for an unknown one. Audited.
 */
export async function retireDepartment(ctx: ModuleContext, actor: Actor, id: string): Promise<DepartmentRow> {
  authorize(actor, canManageDepartments(actor));
  return ctx.database.db.transaction(async (tx) => {
    const d = (await lockDepartments(tx, [id])).get(id);
    if (!d) throw new AppError(404, 'department_not_found');
    const refusal = retireRefusal(d, await departmentUsage(tx, id));
    if (refusal) throw new AppError(409, refusal.code, refusal.params);
    const [row] = await tx.update(departments).set({ retiredAt: new Date() }).where(eq(departments.id, id)).returning();
    await appendAudit(tx, { actorId: actor.userId, action: 'department.retired', subjectType: 'department', subjectId: id, data: {} });
    return row!;
  });
}

/** Administrators bring a retired department back (not a merged one: 409); 409 when it is not retired. Audited. */
export async function restoreDepartment(ctx: ModuleContext, actor: Actor, id: string): Promise<DepartmentRow> {
  authorize(actor, canManageDepartments(actor));
  return ctx.database.db.transaction(async (tx) => {
    const d = (await lockDepartments(tx, [id])).get(id);
    if (!d) throw new AppError(404, 'department_not_found');
    const refusal = restoreRefusal(d);
    if (refusal) throw new AppError(409, refusal.code, refusal.params);
    const [row] = await tx.update(departments).set({ retiredAt: null }).where(eq(departments.id, id)).returning();
    await appendAudit(tx, { actorId: actor.userId, action: 'department.restored', subjectType: 'department', subjectId: id, data: {} });
    return row!;
  });
}
