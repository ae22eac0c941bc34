import { z } from 'zod';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { lineSchema, nameSchema } from '../../../core/text/schemas.js';
import { districtProblemCodes } from '../domain/district-geojson.js';
import { canManageDistricts } from '../policy.js';
import { listDistrictsForAdmin, removeDistrict, renameDistrict } from '../use-cases/edit-districts.js';
import { describeDistrictProblem, importDistricts } from '../use-cases/import-districts.js';

const propertyName = lineSchema(1, 100);
const importBodySchema = z.strictObject({
  /** The FeatureCollection itself (checked by the import, which names problems by feature number). */
  geojson: z.unknown(),
  nameField: propertyName,
  nameEnField: propertyName.optional(),
  idField: propertyName.optional(),
  keepMissing: z.boolean().default(false),
  dryRun: z.boolean().default(false),
});
const plannedSchema = z
  .object({
    id: z.string(),
    feature: z.number().int().nullable(),
    nameRu: z.string(),
    nameEn: z.string(),
    previousNameRu: z.string().optional(),
    previousNameEn: z.string().optional(),
    matchedBy: z.enum(['id', 'osm_relation', 'name']).optional(),
    references: z.record(z.string(), z.number().int()).optional(),
  })
  .meta({ id: 'DistrictImportLine' });
const problemSchema = z
  .object({
    feature: z.number().int().nullable(),
    severity: z.enum(['error', 'warning']),
    code: z.enum(districtProblemCodes),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    message: z.string(),
  })
  .meta({ id: 'DistrictImportProblem' });
const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    imported: z.boolean(),
    added: z.array(plannedSchema),
    renamed: z.array(plannedSchema),
    kept: z.array(plannedSchema),
    removed: z.array(plannedSchema),
    leftAsIs: z.array(plannedSchema),
    blocking: z.array(plannedSchema),
    problems: z.array(problemSchema),
  })
  .meta({ id: 'DistrictImportResult' });
const adminDistrictSchema = z
  .object({
    id: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    osmRelationId: z.number().int().nullable(),
    areaKm2: z.number(),
    reports: z.number().int(),
    users: z.number().int(),
    departments: z.number().int(),
    count: z.number().int(),
  })
  .meta({ id: 'AdminDistrict' });
const renameBodySchema = z.strictObject({ nameRu: nameSchema(1, 200).optional(), nameEn: nameSchema(1, 200).optional() });
const idParams = z.object({ id: z.string().min(1).max(64) });

/** Administrators' districts: the list with what points at each, import from GeoJSON, rename, remove. */
export function districtRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: administrators.
  app.get(
    '/api/admin/districts',
    {
      config: { policy: canManageDistricts },
      schema: {
        tags: ['admin', 'city'],
        summary: 'Districts with the number of reports, users, departments and all records pointing at each',
        response: { 200: z.object({ items: z.array(adminDistrictSchema) }).meta({ id: 'AdminDistrictList' }) },
      },
    },
    async (req) => ({ items: await listDistrictsForAdmin(ctx, req.actor) }),
  );

  // Who may call: administrators (audited). The GeoJSON travels inside the JSON body; up to 32 MB.
  app.post(
    '/api/admin/districts/import',
    {
      bodyLimit: 32 * 1024 * 1024,
      config: { policy: canManageDistricts },
      schema: {
        tags: ['admin', 'city'],
        summary: 'Import district boundaries from a GeoJSON FeatureCollection (or plan it: dryRun)',
        body: importBodySchema,
        response: { 200: importResultSchema },
      },
    },
    async (req) => {
      const { geojson, ...opts } = req.body;
      const result = await importDistricts(ctx, req.actor, geojson, opts);
      return { ...result, problems: result.problems.map((p) => ({ ...p, message: describeDistrictProblem(req.lang, p) })) };
    },
  );

  // Who may call: administrators (audited).
  app.patch(
    '/api/admin/districts/:id',
    {
      config: { policy: canManageDistricts },
      schema: {
        tags: ['admin', 'city'],
        summary: 'Rename a district (Russian and/or English name)',
        params: idParams,
        body: renameBodySchema,
        response: { 200: z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string(), areaKm2: z.number() }).meta({ id: 'RenamedDistrict' }) },
      },
    },
    async (req) => renameDistrict(ctx, req.actor, req.params.id, req.body),
  );

  // Who may call: administrators (audited); refused while anything points at the district.
  app.delete(
    '/api/admin/districts/:id',
    {
      config: { policy: canManageDistricts },
      schema: { tags: ['admin', 'city'], summary: 'Remove a district nothing points at', params: idParams, response: { 204: z.null() } },
    },
    async (req, reply) => {
      await removeDistrict(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );
}
