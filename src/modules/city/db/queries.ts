import { and, asc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { foreignKeysTo } from '../../../core/db/catalogue.js';
import { perDatabaseCache } from '../../../core/db/cache.js';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { departments, districts } from '../../../core/city/schema.js';
import { containsPoint, type AreaGeometry } from '../../../core/geo/geo.js';
import { calendarDays } from '../../../core/time/schema.js';
import type { EntitySummary } from '../../../core/module/entities.js';

export function listDistricts(db: Executor) {
  return db.select().from(districts).orderBy(asc(districts.nameRu));
}

export function listDepartments(db: Executor) {
  return db.select().from(departments).orderBy(asc(departments.kind), asc(departments.nameRu));
}

// Boundaries change only when the city is (re)seeded: parsing ~370 KB of GeoJSON on every filing cost
// more than the rest of a filing, so each database handle keeps them for five minutes.
const boundaries = perDatabaseCache(5 * 60_000, (db) => (db as Executor).select().from(districts));

/** The district containing a point, by point-in-polygon over the stored boundaries. */
export async function districtAt(db: Executor, lon: number, lat: number) {
  const rows = await boundaries.get(db);
  return rows.find((d) => containsPoint(d.geometry as AreaGeometry, lon, lat)) ?? null;
}

/**
 * Where a point lies in the city: its district, and `outside` when the city has districts and none holds the point
 * (a city without districts holds every point). From the cached boundaries: pass the database, not a transaction.
 */
export async function pointInCity(db: Executor, lon: number, lat: number): Promise<{ districtId: string | null; outside: boolean }> {
  const rows = await boundaries.get(db);
  const found = rows.find((d) => containsPoint(d.geometry as AreaGeometry, lon, lat));
  return { districtId: found?.id ?? null, outside: !found && rows.length > 0 };
}

/** A district by its id from the cached boundaries (undefined for an unknown id). */
export async function findDistrict(db: Executor, id: string) {
  return (await boundaries.get(db)).find((d) => d.id === id);
}

export async function findDepartment(db: Executor, id: string) {
  const [row] = await db.select().from(departments).where(eq(departments.id, id)).limit(1);
  return row;
}

/** Names of several departments at once (authors answering in a department's role). */
export async function departmentNames(db: Executor, ids: string[]): Promise<Map<string, { nameRu: string; nameEn: string }>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db
    .select({ id: departments.id, nameRu: departments.nameRu, nameEn: departments.nameEn })
    .from(departments)
    .where(inArray(departments.id, unique));
  return new Map(rows.map((r) => [r.id, { nameRu: r.nameRu, nameEn: r.nameEn }]));
}

/** Entity summaries of departments (the `department` kind): their public page. */
export async function describeDepartments(db: Executor, ids: string[]): Promise<Map<string, EntitySummary>> {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map();
  const rows = await db.select().from(departments).where(inArray(departments.id, unique));
  return new Map(
    rows.map((d) => [
      d.id,
      {
        type: 'department',
        id: d.id,
        title: d.nameRu,
        excerpt: d.nameEn,
        path: `/departments/${d.id}`,
        authorId: null,
        visible: true,
        districtId: d.districtId,
        createdAt: d.createdAt,
      },
    ]),
  );
}

/** The listed exceptions of one year (holidays, transferred days off, working weekends, short days), in date order. */
export function listCalendarDays(db: Executor, year: number) {
  return db
    .select({ day: calendarDays.day, kind: calendarDays.kind, note: calendarDays.note })
    .from(calendarDays)
    .where(and(gte(calendarDays.day, `${year}-01-01`), lte(calendarDays.day, `${year}-12-31`)))
    .orderBy(asc(calendarDays.day));
}

/** Forgets the cached boundaries of this handle after districts were imported, renamed or removed here. */
export function forgetDistrictBoundaries(db: Executor): void {
  boundaries.forget(db);
}

/**
 * How many records point at each district, by table: every table with a foreign key to districts (reports,
 * users, departments, budgets…), and role grants scoped to a district (`role_grants`, no foreign key). Found
 * in the catalogue, so a module's new table is counted without this module naming it.
 */
export async function districtReferences(db: Executor): Promise<Map<string, Record<string, number>>> {
  const columns = await foreignKeysTo(db, 'districts');
  const out = new Map<string, Record<string, number>>();
  const add = (district: string, table: string, n: number) => {
    const refs = out.get(district) ?? {};
    refs[table] = (refs[table] ?? 0) + n;
    out.set(district, refs);
  };
  for (const c of columns) {
    const rows = await queryRows<{ d: string; n: number | string }>(
      db,
      sql`select ${sql.identifier(c.column)} as d, count(*) as n from ${sql.identifier(c.table)} where ${sql.identifier(c.column)} is not null group by 1`,
    );
    for (const r of rows) add(r.d, c.table, Number(r.n));
  }
  const grants = await queryRows<{ d: string; n: number | string }>(
    db,
    sql`select scope_id as d, count(*) as n from role_grants where scope_type = 'district' and scope_id is not null group by 1`,
  );
  for (const r of grants) add(r.d, 'role_grants', Number(r.n));
  return out;
}
