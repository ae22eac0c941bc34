import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { departmentSchema, presentDepartments } from '../../city/index.js';
import { departmentCreateSchema, departmentPatchSchema } from '../domain/department-fields.js';
import { canManageDepartments } from '../policy-departments.js';
import { createDepartment } from '../use-cases/departments/create-department.js';
import { deleteDepartment } from '../use-cases/departments/delete-department.js';
import { editDepartment } from '../use-cases/departments/edit-department.js';
import { importDepartments } from '../use-cases/departments/import-departments.js';
import { mergeDepartments } from '../use-cases/departments/merge-departments.js';
import { readDepartmentUsage } from '../use-cases/departments/read-department-usage.js';
import { restoreDepartment, retireDepartment } from '../use-cases/departments/retire-department.js';

const tags = ['city'];
const params = z.object({ id: z.string().min(1).max(64) });
const usageSchema = z
  .object({
    reports: z.number().int(),
    openReports: z.number().int(),
    routingRules: z.number().int(),
    roles: z.number().int(),
    other: z.number().int(),
  })
  .meta({ id: 'DepartmentUsage' });
const mergeResultSchema = z
  .object({ department: departmentSchema, moved: usageSchema.omit({ openReports: true }).meta({ id: 'DepartmentMergeMoved' }) })
  .meta({ id: 'DepartmentMergeResult' });
const importSchema = z
  .object({
    dryRun: z.boolean(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    problems: z.array(z.object({ line: z.number().int(), message: z.string() }).meta({ id: 'DepartmentImportProblem' })),
    items: z.array(
      z
        .object({ line: z.number().int(), id: z.string(), nameRu: z.string(), nameEn: z.string(), change: z.enum(['create', 'update', 'unchanged']) })
        .meta({ id: 'DepartmentImportItem' }),
    ),
  })
  .meta({ id: 'DepartmentImportSummary' });

/**
 * Administrators manage departments: create, edit (names, kind, district, contacts, head), retire and
 * restore, merge one into another, delete one made by mistake, import a list from CSV. The public reading
 * is the city module's GET /api/departments(/:id). These routes live here, not in the city module, because
 * a merge moves reports and routing rules (this module's) and officials' roles (accounts'), and the head
 * check needs accounts — all of which depend on the city module.
 */
export function departmentRoutes(app: App, ctx: ModuleContext): void {
  const present = async (row: Parameters<typeof presentDepartments>[1][number]) => (await presentDepartments(ctx, [row]))[0]!;

  // Who may call (all of them): administrators.
  app.post(
    '/api/admin/departments',
    {
      config: { policy: canManageDepartments, rateLimit: { max: 60, timeWindow: 60_000 } },
      schema: { tags, summary: 'Add a department', body: departmentCreateSchema, response: { 201: departmentSchema } },
    },
    async (req, reply) => reply.status(201).send(await present(await createDepartment(ctx, req.actor, req.body))),
  );
  app.patch(
    '/api/admin/departments/:id',
    {
      config: { policy: canManageDepartments },
      schema: {
        tags,
        summary: 'Edit a department: names, kind, district, contacts, head',
        params,
        body: departmentPatchSchema,
        response: { 200: departmentSchema },
      },
    },
    async (req) => present(await editDepartment(ctx, req.actor, req.params.id, req.body)),
  );
  app.get(
    '/api/admin/departments/:id/usage',
    {
      config: { policy: canManageDepartments },
      schema: { tags, summary: 'What refers to a department (before retiring, merging or deleting it)', params, response: { 200: usageSchema } },
    },
    async (req) => readDepartmentUsage(ctx, req.actor, req.params.id),
  );
  app.post(
    '/api/admin/departments/:id/retire',
    {
      config: { policy: canManageDepartments },
      schema: { tags, summary: 'Retire a department (no routing rules or open reports may point at it)', params, response: { 200: departmentSchema } },
    },
    async (req) => present(await retireDepartment(ctx, req.actor, req.params.id)),
  );
  app.post(
    '/api/admin/departments/:id/restore',
    {
      config: { policy: canManageDepartments },
      schema: { tags, summary: 'Bring a retired department back', params, response: { 200: departmentSchema } },
    },
    async (req) => present(await restoreDepartment(ctx, req.actor, req.params.id)),
  );
  app.post(
    '/api/admin/departments/:id/merge',
    {
      config: { policy: canManageDepartments },
      schema: {
        tags,
        summary: 'Merge a department into another: its reports, rules and roles move, it is retired',
        params,
        body: z.strictObject({ intoId: z.string().min(1).max(64) }),
        response: { 200: mergeResultSchema },
      },
    },
    async (req) => {
      const { department, moved } = await mergeDepartments(ctx, req.actor, req.params.id, req.body.intoId);
      return { department: await present(department), moved };
    },
  );
  app.delete(
    '/api/admin/departments/:id',
    {
      config: { policy: canManageDepartments },
      schema: { tags, summary: 'Delete a department nothing refers to', params, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await deleteDepartment(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/admin/departments/import',
    {
      config: { policy: canManageDepartments, rateLimit: { max: 20, timeWindow: 60_000 } },
      schema: {
        tags,
        summary: 'Import departments from CSV (upsert by id; all or nothing; a dry run previews)',
        body: z.strictObject({ csv: z.string().min(1).max(1_000_000), dryRun: z.boolean().default(false) }),
        response: { 200: importSchema },
      },
    },
    async (req) => importDepartments(ctx, req.actor, req.body.csv, { dryRun: req.body.dryRun, lang: req.lang }),
  );
}
