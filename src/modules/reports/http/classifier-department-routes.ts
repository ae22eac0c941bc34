import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { editDepartment } from '../use-cases/classifier/edit-department.js';
import { departmentPatchSchema } from './classifier-schemas.js';

const departmentWithContactsSchema = z.object({
  id: z.string(),
  nameRu: z.string(),
  nameEn: z.string(),
  kind: z.string(),
  districtId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  website: z.string().nullable(),
  head: z.object({ id: z.string(), displayName: z.string() }).nullable(),
});

/**
 * Administrators edit departments' contacts and heads. (The public reading is the city module's
 * GET /api/departments/:id; this route sits here because the head check needs accounts.)
 */
export function classifierDepartmentRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: administrators.
  app.patch(
    '/api/admin/departments/:id',
    {
      schema: {
        tags: ['city'],
        summary: 'Edit a department’s contacts and head',
        params: z.object({ id: z.string().min(1).max(64) }),
        body: departmentPatchSchema,
        response: { 200: departmentWithContactsSchema },
      },
    },
    async (req) => {
      const d = await editDepartment(ctx, req.actor, req.params.id, req.body);
      const head = d.headUserId ? (await publicPeople(ctx.database.db, [d.headUserId])).get(d.headUserId) : undefined;
      return {
        id: d.id,
        nameRu: d.nameRu,
        nameEn: d.nameEn,
        kind: d.kind,
        districtId: d.districtId,
        phone: d.phone,
        email: d.email,
        address: d.address,
        website: d.website,
        head: head ? { id: head.id, displayName: head.displayName } : null,
      };
    },
  );
}
