import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { departmentUsage, lockDepartments } from '../../db/department-queries.js';
import { deleteRefusal } from '../../domain/department-rules.js';
import { canManageDepartments } from '../../policy-departments.js';

/**
 * Administrators delete a department made by mistake: only when nothing refers to it. With open reports
 * it is a 409 with their count saying to merge instead; with any other history (closed reports, routing
 * rules, officials, templates, works) a 409 naming the counts; 404 for an unknown one. Audited.
 */
export async function deleteDepartment(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, canManageDepartments(actor));
  await ctx.database.db.transaction(async (tx) => {
    const d = (await lockDepartments(tx, [id])).get(id);
    if (!d) throw new AppError(404, 'department_not_found');
    const refusal = deleteRefusal(await departmentUsage(tx, id));
    if (refusal) throw new AppError(409, refusal.code, refusal.params);
    await tx.delete(departments).where(eq(departments.id, id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'department.deleted',
      subjectType: 'department',
      subjectId: id,
      data: { nameRu: d.nameRu, nameEn: d.nameEn, kind: d.kind },
    });
  });
}
