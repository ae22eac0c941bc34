import { eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import { t } from '../../../core/i18n/i18n.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { districtReferences, forgetDistrictBoundaries } from '../db/queries.js';
import { readDistrictGeoJson, type DistrictFields, type DistrictProblem } from '../domain/district-geojson.js';
import { planDistrictImport, type DistrictImportPlan } from '../domain/district-import-plan.js';
import { canManageDistricts } from '../policy.js';

/** The plan with the file's problems; `imported` says whether it was written (never on a dry run). */
export interface DistrictImportResult extends DistrictImportPlan {
  dryRun: boolean;
  imported: boolean;
  problems: DistrictProblem[];
}

/** A problem in words, e.g. "Feature 3: the geometry is a LineString…". */
export function describeDistrictProblem(lang: 'ru' | 'en', p: DistrictProblem): string {
  const message = t(lang, `district_problem.${p.code}`, p.params);
  return p.feature === null ? message : t(lang, 'district_problem.feature', { feature: p.feature, message });
}

/** The counts a refusal names: reports, users, departments, and all records. */
export function referenceCounts(refs: Record<string, number> = {}) {
  const count = Object.values(refs).reduce((s, n) => s + n, 0);
  return { count, reports: refs.reports ?? 0, users: refs.users ?? 0, departments: refs.departments ?? 0 };
}

/**
 * Imports district boundaries from a GeoJSON FeatureCollection in one transaction, replacing the city's
 * safely (see planDistrictImport: ids kept by id, OSM relation or name; reports keep their district).
 * `actor` null: the command line. Refusals: 403 not an administrator; 400 `district_file_invalid` when the
 * file has errors (a dry run returns them instead); 409 `district_in_use` when a district missing from the
 * file still has records pointing at it and `keepMissing` is off. A dry run reads and plans, writes nothing.
 * Audited `districts.imported`.
 */
export async function importDistricts(
  ctx: ModuleContext,
  actor: Actor | null,
  json: unknown,
  opts: DistrictFields & { keepMissing: boolean; dryRun: boolean },
  progress: Progress = () => {},
): Promise<DistrictImportResult> {
  if (actor) authorize(actor, canManageDistricts(actor));
  progress('Checking the boundaries');
  const { districts: imported, problems } = readDistrictGeoJson(json, opts);
  const errors = problems.filter((p) => p.severity === 'error');
  progress(`Features read: ${imported.length} districts, ${errors.length} errors, ${problems.length - errors.length} warnings`);
  if (errors.length && !opts.dryRun)
    throw new AppError(400, 'district_file_invalid', { count: errors.length, first: describeDistrictProblem(actor?.language ?? 'en', errors[0]!) });
  const db = ctx.database.db;
  const result = await db.transaction(async (tx) => {
    // the whole table is locked: a concurrent rename or import waits for this one and plans on its outcome
    const current = await tx.select().from(districts).for('update');
    const refs = await districtReferences(tx);
    const plan = planDistrictImport(
      current.map((d) => ({ id: d.id, nameRu: d.nameRu, nameEn: d.nameEn, osmRelationId: d.osmRelationId, references: refs.get(d.id) ?? {} })),
      imported,
      { keepMissing: opts.keepMissing },
    );
    const result: DistrictImportResult = { ...plan, dryRun: opts.dryRun, imported: false, problems };
    if (opts.dryRun || errors.length) return result;
    const first = plan.blocking[0];
    if (first)
      throw new AppError(409, 'district_in_use', { name: first.nameRu, id: first.id, districts: plan.blocking.length, ...referenceCounts(first.references) });
    const byFeature = new Map(imported.map((d) => [d.feature, d]));
    let done = 0;
    for (const line of [...plan.renamed, ...plan.kept]) {
      const d = byFeature.get(line.feature!)!;
      const old = current.find((c) => c.id === line.id)!;
      await tx
        .update(districts)
        .set({ nameRu: d.nameRu, nameEn: d.nameEn, geometry: d.geometry, areaKm2: d.areaKm2, osmRelationId: d.osmRelationId ?? old.osmRelationId })
        .where(eq(districts.id, line.id));
      if (++done % 10 === 0) progress(`Updated ${done} districts`);
    }
    if (plan.added.length)
      await tx.insert(districts).values(
        plan.added.map((line) => {
          const d = byFeature.get(line.feature!)!;
          return { id: d.id, nameRu: d.nameRu, nameEn: d.nameEn, osmRelationId: d.osmRelationId, geometry: d.geometry, areaKm2: d.areaKm2 };
        }),
      );
    if (plan.removed.length)
      await tx.delete(districts).where(
        inArray(
          districts.id,
          plan.removed.map((r) => r.id),
        ),
      );
    const summary = {
      added: plan.added.length,
      renamed: plan.renamed.length,
      kept: plan.kept.length,
      removed: plan.removed.map((r) => r.id),
      leftAsIs: plan.leftAsIs.map((r) => r.id),
      warnings: problems.length,
    };
    await appendAudit(tx, { actorId: actor?.userId ?? null, action: 'districts.imported', subjectType: 'district', subjectId: null, data: summary });
    return { ...result, imported: true };
  });
  if (result.imported) {
    forgetDistrictBoundaries(db);
    progress(`Imported: ${result.added.length} added, ${result.renamed.length} renamed, ${result.kept.length} kept, ${result.removed.length} removed`);
  }
  return result;
}
