import { and, count, desc, eq, ilike, isNull, or, sql, type SQL } from 'drizzle-orm';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor, Role } from '../../../core/auth/actor.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cleanName } from '../../../core/text/text.js';
import { roleGrants, users } from '../db/schema.js';
import { countCityAdministrators, findUserByEmail, findUserById, grantsOf, grantsOfMany } from '../db/queries.js';
import { normalizeEmail } from '../domain/account-rules.js';
import { canBlockUser, canManageUsers, canRevokeRole } from '../policy.js';
import { assertPasswordAcceptable } from './common.js';
import { grantRole } from './manage-roles.js';
import { endAllSessions } from './sessions.js';

export interface UserListQuery {
  q?: string | undefined;
  role?: Role | undefined;
  limit: number;
  offset: number;
}

/**
 * Accounts for administrators: search by e-mail or name, filter by role, newest first, with their roles. Deleted
 * accounts are not accounts any more (their tombstones keep kept content's authorship): never listed, and 404 by id.
 */
export async function listUsers(ctx: ModuleContext, actor: Actor, query: UserListQuery) {
  authorize(actor, canManageUsers(actor));
  const db = ctx.database.db;
  const conds: SQL[] = [isNull(users.deletedAt)];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conds.push(or(ilike(users.email, like), ilike(users.displayName, like))!);
  }
  if (query.role) conds.push(sql`exists (select 1 from ${roleGrants} where ${roleGrants.userId} = ${users.id} and ${roleGrants.role} = ${query.role})`);
  const where = and(...conds);
  const [rows, [total]] = await Promise.all([
    db.select().from(users).where(where).orderBy(desc(users.createdAt), desc(users.id)).limit(query.limit).offset(query.offset),
    db.select({ n: count() }).from(users).where(where),
  ]);
  const grants = await grantsOfMany(
    db,
    rows.map((u) => u.id),
  );
  return { items: rows.map((u) => ({ user: u, roles: grants.get(u.id) ?? [] })), total: Number(total?.n ?? 0) };
}

/** One account with its roles, for administrators. */
export async function getUser(ctx: ModuleContext, actor: Actor, userId: string) {
  authorize(actor, canManageUsers(actor));
  const user = await findUserById(ctx.database.db, userId);
  if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
  return { user, roles: await grantsOf(ctx.database.db, userId) };
}

/**
 * Blocks an account (ending its sessions) until a date or until lifted, with a reason the person
 * sees when signing in; or lifts the block. Audited. Moderators may block people without roles.
 */
export async function setBlocked(
  ctx: ModuleContext,
  actor: Actor,
  userId: string,
  input: { blocked: boolean; until?: string | null; reason?: string | null },
): Promise<void> {
  authorize(actor, canBlockUser(actor, { roles: [] }));
  const until = input.blocked && input.until ? new Date(input.until) : null;
  if (until && until.getTime() <= Date.now()) throw fieldError('until', 'field.until_in_past');
  // the reason was cleaned by the route's schema (core/text)
  const reason = input.blocked ? input.reason || null : null;
  // the person reads the reason when they try to sign in: a block without one is not accepted
  if (input.blocked && !reason) throw fieldError('reason', 'field.required');
  await ctx.database.db.transaction(async (tx) => {
    const user = await findUserById(tx, userId);
    if (!user || user.deletedAt) throw new AppError(404, 'user_not_found');
    const grants = await grantsOf(tx, userId);
    authorize(actor, canBlockUser(actor, { roles: grants }));
    if (input.blocked && grants.some((g) => g.role === 'administrator' && g.scopeType === 'city')) {
      authorize(actor, canRevokeRole(actor, { role: 'administrator' }, { cityAdministrators: await countCityAdministrators(tx) }));
    }
    await tx
      .update(users)
      .set({ blockedAt: input.blocked ? new Date() : null, blockedUntil: until, blockReason: reason, updatedAt: new Date() })
      .where(eq(users.id, userId));
    if (input.blocked) await endAllSessions(tx, userId);
    await appendAudit(tx, {
      actorId: actor.userId,
      action: input.blocked ? 'user.blocked' : 'user.unblocked',
      subjectType: 'user',
      subjectId: userId,
      data: input.blocked ? { until: until?.toISOString() ?? null, reason } : {},
    });
  });
}

/**
 * Creates (or promotes) a city administrator from the command line: the account is confirmed at
 * once; an existing account keeps its password and gets the role.
 */
export async function createAdministrator(ctx: ModuleContext, input: { email: string; password: string; displayName?: string | undefined }) {
  const email = normalizeEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new AppError(400, 'validation_failed', { details: `not an e-mail address: ${input.email}` });
  let user = await findUserByEmail(ctx.database.db, email);
  let created = false;
  if (!user) {
    assertPasswordAcceptable('password', input.password, email);
    const [row] = await ctx.database.db
      .insert(users)
      .values({
        email,
        passwordHash: await hashPassword(input.password),
        displayName: cleanName(input.displayName ?? email.split('@')[0]!),
        emailConfirmedAt: new Date(),
        verification: 'email',
      })
      .returning();
    user = row!;
    created = true;
  }
  const grants = await grantsOf(ctx.database.db, user.id);
  if (!grants.some((g) => g.role === 'administrator' && g.scopeType === 'city')) {
    await grantRole(ctx, null, user.id, { role: 'administrator', scopeType: 'city', scopeId: null });
  }
  return { userId: user.id, created };
}
