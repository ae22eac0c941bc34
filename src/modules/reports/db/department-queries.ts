import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { departments } from '../../../core/city/schema.js';
import { foreignKeysTo } from '../../../core/db/catalogue.js';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { countDepartmentRoles } from '../../accounts/index.js';
import type { DepartmentUsage } from '../domain/department-rules.js';
import { openStatuses } from '../domain/report-rules.js';
import { reportEvents, reports, routingRules } from './schema.js';

export type DepartmentRow = typeof departments.$inferSelect;

/**
 * Every column with a foreign key to departments.id, found in the catalogue (answer templates, budget
 * works, initiatives, departments merged into another…), so a module's new table is counted and moved
 * without this file naming it. Reports and routing rules, which a merge treats on their own, are left out.
 */
export async function otherDepartmentReferences(db: Executor): Promise<{ table: string; column: string }[]> {
  return (await foreignKeysTo(db, 'departments')).filter((r) => r.table !== 'reports' && r.table !== 'routing_rules');
}

/** What refers to a department: its reports (open ones apart), routing rules, roles and anything else. */
export async function departmentUsage(db: Executor, id: string): Promise<DepartmentUsage> {
  const [r] = await db
    .select({ all: count(), open: sql<number>`count(*) filter (where ${inArray(reports.status, [...openStatuses])})`.mapWith(Number) })
    .from(reports)
    .where(eq(reports.departmentId, id));
  const [rules] = await db.select({ n: count() }).from(routingRules).where(eq(routingRules.departmentId, id));
  const [history] = await db.select({ n: count() }).from(reportEvents).where(eq(reportEvents.departmentId, id));
  let other = history?.n ?? 0;
  for (const ref of await otherDepartmentReferences(db)) {
    const [row] = await queryRows<{ n: number | string }>(
      db,
      sql`select count(*) as n from ${sql.identifier(ref.table)} where ${sql.identifier(ref.column)} = ${id}`,
    );
    other += Number(row?.n ?? 0);
  }
  return { reports: r?.all ?? 0, openReports: r?.open ?? 0, routingRules: rules?.n ?? 0, roles: await countDepartmentRoles(db, id), other };
}

/** Locks departments for a change, in id order (two merges of the same pair never wait on each other crosswise). */
export async function lockDepartments(tx: Executor, ids: string[]): Promise<Map<string, DepartmentRow>> {
  const rows = await tx.select().from(departments).where(inArray(departments.id, ids)).orderBy(departments.id).for('update');
  return new Map(rows.map((d) => [d.id, d]));
}

/** The ids already taken (a new department's id is made free of them). */
export async function departmentIdsLike(db: Executor, base: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(sql`${departments.id} like ${`${base.replace(/[%_\\]/g, '\\$&')}%`}`));
  return new Set(rows.map((r) => r.id));
}
