import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments, districts } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import type { DepartmentRow } from '../../db/department-queries.js';
import { changedFields } from '../../domain/classifier-rules.js';
import type { DepartmentPatchInput } from '../../domain/department-fields.js';
import { canHeadDepartment } from '../../policy-classifier.js';
import { canManageDepartments } from '../../policy-departments.js';

const editable = ['nameRu', 'nameEn', 'kind', 'districtId', 'phone', 'email', 'address', 'website', 'headUserId'] as const;

/** Empty strings clear a field (the form sends what the person left empty). */
export function withoutEmpty<T extends object>(input: T): T {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v === '' ? null : v]),
  ) as T;
}

/** A 400 on `districtId` unless the district exists. */
export async function checkDistrict(tx: Executor, districtId: string | null | undefined): Promise<void> {
  if (!districtId) return;
  const [d] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).limit(1);
  if (!d) throw fieldError('districtId', 'field.routing_unknown_district');
}

/**
 * Administrators change a department: its names, kind, district, public contacts and head. The head must
 * be an official of that department (escalations of overdue reports go to them): 400 on `headUserId`
 * otherwise; an unknown district is a 400 on `districtId`, an unknown department a 404. Audited with the
 * names of the changed fields (contacts are public, but the log keeps ids only).
 */
export async function editDepartment(ctx: ModuleContext, actor: Actor, id: string, patch: DepartmentPatchInput): Promise<DepartmentRow> {
  authorize(actor, canManageDepartments(actor));
  const values = withoutEmpty(patch);
  return ctx.database.db.transaction(async (tx) => {
    const [before] = await tx.select().from(departments).where(eq(departments.id, id)).for('update');
    if (!before) throw new AppError(404, 'department_not_found');
    if (values.headUserId) {
      const person = (await publicPeople(tx, [values.headUserId])).get(values.headUserId);
      if (!person || !canHeadDepartment(person.roles, id)) throw fieldError('headUserId', 'field.department_head_not_official');
    }
    await checkDistrict(tx, values.districtId);
    const after = { ...before, ...values };
    const changes = changedFields(before, after, [...editable]);
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
