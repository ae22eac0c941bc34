import { eq } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { hashPassword, verifyPassword } from '../../../core/auth/passwords.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { findUserById } from '../db/queries.js';
import { canUseOwnAccount } from '../policy.js';
import { assertDistrictExists, assertPasswordAcceptable } from './common.js';
import { endOtherSessions } from './sessions.js';

export interface ProfileChanges {
  /** Cleaned by the route's schema (core/text `nameSchema`): no bidi overrides or invisible characters. */
  displayName?: string | undefined;
  districtId?: string | null | undefined;
  language?: Language | undefined;
}

/** Changes the caller's own display name, district or preferred language; returns the account's id. */
export async function updateProfile(ctx: ModuleContext, actor: Actor, changes: ProfileChanges): Promise<string> {
  authorize(actor, canUseOwnAccount(actor));
  await assertDistrictExists(ctx.database.db, changes.districtId);
  const set: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
  if (changes.displayName !== undefined) set.displayName = changes.displayName;
  if (changes.districtId !== undefined) set.districtId = changes.districtId;
  if (changes.language !== undefined) set.language = changes.language;
  await ctx.database.db.update(users).set(set).where(eq(users.id, actor.userId));
  return actor.userId;
}

/**
 * Changes the caller's password after checking the current one, and ends every other session of the
 * account (a browser someone else kept signed in loses it); the session that asked stays. 400
 * `wrong_password` naming `currentPassword`, or the new password's problem naming `newPassword`.
 */
export async function changePassword(
  ctx: ModuleContext,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; sessionToken: string | undefined },
): Promise<void> {
  authorize(actor, canUseOwnAccount(actor));
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user) throw new AppError(404, 'user_not_found');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw fieldError('currentPassword', 'error.wrong_password', {}, 'wrong_password');
  assertPasswordAcceptable('newPassword', input.newPassword, user.email);
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.database.db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: new Date() }).where(eq(users.id, actor.userId));
    await endOtherSessions(tx, actor.userId, input.sessionToken);
  });
}
