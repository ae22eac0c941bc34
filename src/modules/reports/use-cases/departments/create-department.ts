import { eq } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import { isUniqueViolation } from '../../../../core/db/errors.js';
import { fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { grantDepartmentOfficial, publicPeople } from '../../../accounts/index.js';
import { departmentIdsLike, type DepartmentRow } from '../../db/department-queries.js';
import type { DepartmentCreateInput } from '../../domain/department-fields.js';
import { departmentIdFrom, freeDepartmentId } from '../../domain/department-rules.js';
import { canManageDepartments } from '../../policy-departments.js';
import { checkDistrict, withoutEmpty } from './edit-department.js';

/**
 * Administrators add a department. Its id (in page addresses) is given, or made from the English name
 * (else the Russian one) with a number added when taken; a given id already taken is a 400 on `id`, an
 * unknown district a 400 on `districtId`. A head may be chosen at once (`headUserId`, an existing account;
 * unknown: 400 on `headUserId`): in the same transaction they are granted the official role in the new
 * department (a head must be one of its officials) and set as its head. Audited: the creation and the grant.
 */
export async function createDepartment(ctx: ModuleContext, actor: Actor, input: DepartmentCreateInput): Promise<DepartmentRow> {
  authorize(actor, canManageDepartments(actor));
  const { headUserId, ...values } = withoutEmpty(input);
  try {
    return await ctx.database.db.transaction(async (tx) => {
      await checkDistrict(tx, values.districtId);
      if (headUserId && !(await publicPeople(tx, [headUserId])).has(headUserId)) throw fieldError('headUserId', 'field.department_head_unknown');
      let id = values.id;
      if (id) {
        const [taken] = await tx.select({ id: departments.id }).from(departments).where(eq(departments.id, id)).limit(1);
        if (taken) throw fieldError('id', 'field.department_id_taken');
      } else {
        const base = departmentIdFrom(values.nameEn || values.nameRu);
        id = freeDepartmentId(base, await departmentIdsLike(tx, base));
      }
      const [created] = await tx
        .insert(departments)
        .values({ ...values, id })
        .returning();
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'department.created',
        subjectType: 'department',
        subjectId: id,
        data: { kind: values.kind, ...(headUserId ? { headUserId } : {}) },
      });
      if (!headUserId) return created!;
      await grantDepartmentOfficial(tx, actor.userId, headUserId, id);
      const [row] = await tx.update(departments).set({ headUserId }).where(eq(departments.id, id)).returning();
      return row!;
    });
  } catch (err) {
    // two administrators creating the same id at once: the primary key decides
    if (isUniqueViolation(err)) throw fieldError('id', 'field.department_id_taken');
    throw err;
  }
}
