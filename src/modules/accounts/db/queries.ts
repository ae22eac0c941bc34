import { and, count, eq, sql } from 'drizzle-orm';
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

export async function countCityAdministrators(db: Executor): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(roleGrants)
    .innerJoin(users, eq(users.id, roleGrants.userId))
    .where(and(eq(roleGrants.role, 'administrator'), eq(roleGrants.scopeType, 'city'), sql`${users.blockedAt} is null`));
  return Number(row?.n ?? 0);
}
