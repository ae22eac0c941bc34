import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { changedFields } from '../../domain/classifier-rules.js';
import { canEditClassifier, canHeadDepartment } from '../../policy-classifier.js';

export type DepartmentRow = typeof departments.$inferSelect;

export interface DepartmentPatch {
  phone?: string | null | undefined;
  email?: string | null | undefined;
  address?: string | null | undefined;
  website?: string | null | undefined;
  headUserId?: string | null | undefined;
}

/**
 * Administrators set a department's public contacts and its head. The head must be an official of
 * that department (escalations of overdue reports go to them). Empty strings clear a contact.
 * Audited with the names of the changed fields (contacts are public, but the log keeps ids only).
 *
 * It lives in reports, not in the city module, because checking the head's role needs accounts,
 * and accounts already depends on the city module.
 */
export async function editDepartment(ctx: ModuleContext, actor: Actor, id: string, patch: DepartmentPatch): Promise<DepartmentRow> {
  authorize(actor, canEditClassifier(actor));
  const values = Object.fromEntries(
    Object.entries(patch)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v === '' ? null : v]),
  ) as DepartmentPatch;
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
    if (!before) throw new AppError(404, 'department_not_found');
    if (values.headUserId) {
      const person = (await publicPeople(tx, [values.headUserId])).get(values.headUserId);
      if (!person || !canHeadDepartment(person.roles, id)) throw fieldError('headUserId', 'field.department_head_not_official');
    }
    const after = { ...before, ...values };
    const changes = changedFields(before, after, ['phone', 'email', 'address', 'website', 'headUserId']);
    if (!Object.keys(changes).length) return before;
    const [row] = await tx.update(departments).set(values).where(eq(departments.id, id)).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'department.updated',
      subjectType: 'department',
      subjectId: id,
      data: { fields: Object.keys(changes), headUserId: after.headUserId },
    });
    return row!;
  });
}
