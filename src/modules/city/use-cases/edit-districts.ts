import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { districts } from '../../../core/city/schema.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { districtReferences, forgetDistrictBoundaries } from '../db/queries.js';
import { canManageDistricts } from '../policy.js';
import { referenceCounts } from './import-districts.js';

/** The districts as administrators see them: names, area and how many records point at each. */
export async function listDistrictsForAdmin(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canManageDistricts(actor));
  const db = ctx.database.db;
  const rows = await db
    .select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn, osmRelationId: districts.osmRelationId, areaKm2: districts.areaKm2 })
    .from(districts)
    .orderBy(districts.nameRu);
  const refs = await districtReferences(db);
  return rows.map((d) => ({ ...d, areaKm2: Math.round(d.areaKm2 * 10) / 10, ...referenceCounts(refs.get(d.id)) }));
}

/**
 * Administrators rename a district (Russian and/or English); its id, boundary and everything pointing at it
 * stay. 404 `district_not_found`; 409 `district_name_taken` when another district has that Russian name.
 * Audited `district.renamed`.
 */
export async function renameDistrict(ctx: ModuleContext, actor: Actor, id: string, input: { nameRu?: string | undefined; nameEn?: string | undefined }) {
  authorize(actor, canManageDistricts(actor));
  const db = ctx.database.db;
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(districts).where(eq(districts.id, id)).for('update');
    if (!before) throw new AppError(404, 'district_not_found');
    const nameRu = input.nameRu ?? before.nameRu;
    const nameEn = input.nameEn ?? before.nameEn;
    const [clash] = await tx
      .select({ id: districts.id })
      .from(districts)
      .where(and(ne(districts.id, id), sql`lower(${districts.nameRu}) = lower(${nameRu})`))
      .limit(1);
    if (clash) throw new AppError(409, 'district_name_taken', { name: nameRu });
    const [after] = await tx.update(districts).set({ nameRu, nameEn }).where(eq(districts.id, id)).returning();
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'district.renamed',
      subjectType: 'district',
      subjectId: id,
      data: { nameRu, nameEn, previousNameRu: before.nameRu, previousNameEn: before.nameEn },
    });
    return after!;
  });
  forgetDistrictBoundaries(db);
  return { id: row.id, nameRu: row.nameRu, nameEn: row.nameEn, areaKm2: Math.round(row.areaKm2 * 10) / 10 };
}

/**
 * Administrators remove a district nothing points at (a mistaken import). 404 `district_not_found`;
 * 409 `district_in_use` with the counts of reports, users, departments and all records pointing at it.
 * Audited `district.removed`.
 */
export async function removeDistrict(ctx: ModuleContext, actor: Actor, id: string): Promise<void> {
  authorize(actor, canManageDistricts(actor));
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const [row] = await tx.select().from(districts).where(eq(districts.id, id)).for('update');
    if (!row) throw new AppError(404, 'district_not_found');
    const counts = referenceCounts((await districtReferences(tx)).get(id));
    if (counts.count > 0) throw new AppError(409, 'district_in_use', { name: row.nameRu, id, districts: 1, ...counts });
    await tx.delete(districts).where(eq(districts.id, id));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'district.removed',
      subjectType: 'district',
      subjectId: id,
      data: { nameRu: row.nameRu, nameEn: row.nameEn, osmRelationId: row.osmRelationId },
    });
  });
  forgetDistrictBoundaries(db);
}
