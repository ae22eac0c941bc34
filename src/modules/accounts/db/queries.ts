import { and, count, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import type { RoleGrant } from '../../../core/auth/actor.js';
import { roleGrants, users } from './schema.js';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.email, email)).limit(1);
  return row;
}

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

export async function grantsOf(db: Executor, userId: string): Promise<(RoleGrant & { id: string; grantedAt: Date })[]> {
  return db
    .select({ id: roleGrants.id, role: roleGrants.role, scopeType: roleGrants.scopeType, scopeId: roleGrants.scopeId, grantedAt: roleGrants.grantedAt })
    .from(roleGrants)
    .where(eq(roleGrants.userId, userId))
    .orderBy(roleGrants.grantedAt);
}

/** Role grants of many users in one query, keyed by user id (lists of accounts). */
export async function grantsOfMany(db: Executor, userIds: string[]): Promise<Map<string, (RoleGrant & { id: string; grantedAt: Date })[]>> {
  const out = new Map<string, (RoleGrant & { id: string; grantedAt: Date })[]>(userIds.map((id) => [id, []]));
  if (!userIds.length) return out;
  const rows = await db
    .select({
      userId: roleGrants.userId,
      id: roleGrants.id,
      role: roleGrants.role,
      scopeType: roleGrants.scopeType,
      scopeId: roleGrants.scopeId,
      grantedAt: roleGrants.grantedAt,
    })
    .from(roleGrants)
    .where(inArray(roleGrants.userId, userIds))
    .orderBy(roleGrants.grantedAt);
  for (const { userId, ...grant } of rows) out.get(userId)?.push(grant);
  return out;
}

export async function countCityAdministrators(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, 'administrator'), eq(roleGrants.scopeType, 'city'), sql`${users.blockedAt} is null`));
  return Number(row?.n ?? 0);
}
