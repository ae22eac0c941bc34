import { and, asc, count, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { departments } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import type { AreaKind, AreaQuery, AreaSection } from '../../../core/module/area.js';

/**
 * The departments serving an area, for the area page: its district's own (the district administration) first, then
 * the city-wide ones (committees, which have no district), with their public contacts; never a retired or merged
 * one. A circle is served by the departments of the district its centre lies in. No point, so no distance.
 */
export async function departmentsInArea(db: Executor, area: AreaQuery, limit: number): Promise<AreaSection> {
  const districtId = area.districtId;
  const serving: SQL = and(
    isNull(departments.retiredAt),
    isNull(departments.mergedIntoId),
    districtId === null ? isNull(departments.districtId) : or(eq(departments.districtId, districtId), isNull(departments.districtId)),
  )!;
  const name = area.lang === 'en' ? departments.nameEn : departments.nameRu;
  const rows = await db
    .select()
    .from(departments)
    .where(serving)
    .orderBy(sql`${departments.districtId} is null`, asc(departments.kind), asc(name), asc(departments.id))
    .limit(limit);
  const [total] = await db.select({ n: count() }).from(departments).where(serving);
  return {
    total: Number(total?.n ?? 0),
    items: rows.map((d) => ({
      kind: 'department',
      id: d.id,
      title: area.lang === 'en' ? d.nameEn : d.nameRu,
      path: `/departments/${d.id}`,
      status: null,
      statusText: null,
      lat: null,
      lon: null,
      distanceMeters: null,
      districtId: d.districtId,
      address: d.address,
      date: null,
      contacts: { phone: d.phone, email: d.email, address: d.address },
    })),
  };
}

/** Departments on the area page (no alerts). */
export const departmentArea: AreaKind = { kind: 'department', list: departmentsInArea };
