import { and, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { roleGrants } from '../db/schema.js';

/** How many role grants are scoped to a department (a department with officials is not deleted). */
export async function countDepartmentRoles(tx: Executor, departmentId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(roleGrants)
    .where(and(eq(roleGrants.scopeType, 'department'), eq(roleGrants.scopeId, departmentId)));
  return row?.n ?? 0;
}

/**
 * When a department is merged into another (in the caller's transaction), its officials and other
 * department-scoped roles move to the successor; a person who already holds the same role there keeps
 * that one and the merged grant goes. Returns how many grants moved or folded in.
 */
export async function moveDepartmentRoles(tx: Executor, fromId: string, intoId: string): Promise<number> {
  const scoped = (id: string) => and(eq(roleGrants.scopeType, 'department'), eq(roleGrants.scopeId, id));
  const from = await tx.select().from(roleGrants).where(scoped(fromId));
  if (!from.length) return 0;
  const held = new Set((await tx.select().from(roleGrants).where(scoped(intoId))).map((g) => `${g.userId}:${g.role}`));
  const twice = from.filter((g) => held.has(`${g.userId}:${g.role}`)).map((g) => g.id);
  if (twice.length) await tx.delete(roleGrants).where(inArray(roleGrants.id, twice));
  await tx.update(roleGrants).set({ scopeId: intoId }).where(scoped(fromId));
  return from.length;
}

/**
 * Makes a person an official of a department in the caller's transaction (a department created with its
 * head), audited as any role grant from the web. The caller checks the person exists and may be granted it.
 */
export async function grantDepartmentOfficial(tx: Executor, actorId: string, userId: string, departmentId: string): Promise<void> {
  const g = { role: 'official', scopeType: 'department', scopeId: departmentId } as const;
  const [row] = await tx
    .insert(roleGrants)
    .values({ userId, ...g, grantedBy: actorId })
    .returning({ id: roleGrants.id });
  await appendAudit(tx, { actorId, action: 'role.granted', subjectType: 'user', subjectId: userId, data: { grantId: row!.id, ...g, via: 'web' } });
}
