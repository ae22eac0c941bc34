import { inArray } from 'drizzle-orm';
import { z } from 'zod';
import { departments } from '../../../core/city/schema.js';
import type { ModuleContext } from '../../../core/module/module.js';

/** A department as the public sees it (and administrators after an edit). */
export const departmentSchema = z
  .object({
    id: z.string(),
    nameRu: z.string(),
    nameEn: z.string(),
    kind: z.string(),
    districtId: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    address: z.string().nullable(),
    website: z.string().nullable(),
    /** The head (escalations of overdue work go to them): public display name only, never an e-mail. */
    head: z.object({ id: z.string(), displayName: z.string() }).nullable(),
    /** Set when retired: it keeps its page and history, takes no new reports and leaves the public lists. */
    retiredAt: z.string().nullable(),
    /** The department it was merged into (its reports and rules went there). */
    mergedInto: z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).meta({ id: 'CityDepartmentRef' }).nullable(),
  })
  .meta({ id: 'CityDepartment' });

type DepartmentRow = typeof departments.$inferSelect;

/** Departments with their public contacts and their heads' display names (through the `person` entity kind: the city module does not know accounts). */
export async function presentDepartments(ctx: ModuleContext, rows: DepartmentRow[]) {
  const heads = await ctx.entities.describeMany(
    ctx.database.db,
    rows.flatMap((d) => (d.headUserId ? [{ type: 'person', id: d.headUserId }] : [])),
  );
  const successorIds = [...new Set(rows.flatMap((d) => (d.mergedIntoId ? [d.mergedIntoId] : [])))];
  const successors = new Map(
    (successorIds.length
      ? await ctx.database.db
          .select({ id: departments.id, nameRu: departments.nameRu, nameEn: departments.nameEn })
          .from(departments)
          .where(inArray(departments.id, successorIds))
      : []
    ).map((d) => [d.id, d]),
  );
  return rows.map((d) => {
    const head = d.headUserId ? heads.get(`person:${d.headUserId}`) : undefined;
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
      head: head?.visible ? { id: head.id, displayName: head.title } : null,
      retiredAt: d.retiredAt?.toISOString() ?? null,
      mergedInto: d.mergedIntoId ? (successors.get(d.mergedIntoId) ?? null) : null,
    };
  });
}
