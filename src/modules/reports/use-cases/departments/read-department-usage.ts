import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findDepartment } from '../../../city/index.js';
import { departmentUsage } from '../../db/department-queries.js';
import { canManageDepartments } from '../../policy-departments.js';
import type { DepartmentUsage } from '../../domain/department-rules.js';

/** Administrators see what refers to a department before retiring, merging or deleting it (the merge dialog's counts); 404 for an unknown one. */
export async function readDepartmentUsage(ctx: ModuleContext, actor: Actor, id: string): Promise<DepartmentUsage> {
  authorize(actor, canManageDepartments(actor));
  if (!(await findDepartment(ctx.database.db, id))) throw new AppError(404, 'department_not_found');
  return departmentUsage(ctx.database.db, id);
}
