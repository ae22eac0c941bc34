import { and, eq, sql } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor, Role, ScopeType } from '../../../core/auth/actor.js';
import { departments, districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { isUniqueViolation } from '../../../core/db/errors.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { roleGrants } from '../db/schema.js';
import { countCityAdministrators, findUserById } from '../db/queries.js';
import { canGrantRole, canRevokeRole } from '../policy.js';

export interface GrantInput {
  role: Role;
  scopeType: ScopeType;
  scopeId: string | null;
}

/**
 * The grant's department or district exists; a retired department takes no new roles (409 `role_department_retired`:
 * restore it, or grant the role in the department that took over its work).
 */
async function assertScopeExists(tx: Executor, g: GrantInput): Promise<void> {
  if (g.scopeType === 'city' || !g.scopeId) return;
  if (g.scopeType === 'department') {
    const [row] = await tx.select({ retiredAt: departments.retiredAt }).from(departments).where(eq(departments.id, g.scopeId)).limit(1);
    if (!row) throw fieldError('scopeId', 'scope.unknown');
    if (row.retiredAt) throw new AppError(409, 'role_department_retired');
    return;
  }
  const [row] = await tx.select({ id: districts.id }).from(districts).where(eq(districts.id, g.scopeId)).limit(1);
  if (!row) throw fieldError('scopeId', 'scope.unknown');
}

/** Grants a role in a scope; audited in the same transaction. `actor` null means the command line (first administrator). */
export async function grantRole(ctx: ModuleContext, actor: Actor | null, userId: string, g: GrantInput): Promise<{ id: string }> {
  if (actor) authorize(actor, canGrantRole(actor, g));
  const actorId = actor?.kind === 'user' ? actor.userId : null;
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const user = await findUserById(tx, userId);
      // a deleted account is a tombstone, not a person to give a role to
      if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
      await assertScopeExists(tx, g);
      const [row] = await tx
        .insert(roleGrants)
        .values({ userId, role: g.role, scopeType: g.scopeType, scopeId: g.scopeId, grantedBy: actorId })
        .returning({ id: roleGrants.id });
      await appendAudit(tx, {
        actorId,
        action: 'role.granted',
        subjectType: 'user',
        subjectId: userId,
        data: { grantId: row!.id, role: g.role, scopeType: g.scopeType, scopeId: g.scopeId, via: actor ? 'web' : 'cli' },
      });
      return { id: row!.id };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError(409, 'role_already_granted');
    throw err;
  }
}

/** Revokes one role grant; the last city administrator cannot be removed. Audited. */
export async function revokeRole(ctx: ModuleContext, actor: Actor, userId: string, grantId: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    // serialise revocations so two administrators cannot remove each other at once
    await tx.execute(sql`select pg_advisory_xact_lock(7240213)`);
    const [grant] = await tx
      .select()
      .from(roleGrants)
      .where(and(eq(roleGrants.id, grantId), eq(roleGrants.userId, userId)))
      .limit(1);
    if (!grant) throw new AppError(404, 'grant_not_found');
    const cityAdministrators = grant.role === 'administrator' ? await countCityAdministrators(tx) : Infinity;
    authorize(actor, canRevokeRole(actor, grant, { cityAdministrators }));
    await tx.delete(roleGrants).where(eq(roleGrants.id, grantId));
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'role.revoked',
      subjectType: 'user',
      subjectId: userId,
      data: { grantId, role: grant.role, scopeType: grant.scopeType, scopeId: grant.scopeId },
    });
  });
}
