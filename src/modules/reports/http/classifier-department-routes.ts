import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { departmentSchema, presentDepartments } from '../../city/index.js';
import { canEditClassifier } from '../policy-classifier.js';
import { editDepartment } from '../use-cases/classifier/edit-department.js';
import { departmentPatchSchema } from './classifier-schemas.js';

/**
 * Administrators edit departments' contacts and heads. (The public reading is the city module's
 * GET /api/departments/:id; this route sits here because the head check needs accounts.)
 */
export function classifierDepartmentRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: administrators.
  app.patch(
    '/api/admin/departments/:id',
    {
      config: { policy: canEditClassifier },
      schema: {
        tags: ['city'],
        summary: 'Edit a department’s contacts and head',
        params: z.object({ id: z.string().min(1).max(64) }),
        body: departmentPatchSchema,
        response: { 200: departmentSchema },
      },
    },
    async (req) => {
      const d = await editDepartment(ctx, req.actor, req.params.id, req.body);
      return (await presentDepartments(ctx, [d]))[0]!;
    },
  );
}
