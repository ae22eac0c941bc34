import { eq } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { hashPassword, verifyPassword } from '../../../core/auth/passwords.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import type { Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { findUserById } from '../db/queries.js';
import { normalizeDisplayName } from '../domain/account-rules.js';
import { canEditOwnProfile } from '../policy.js';
import { assertDistrictExists, assertPasswordAcceptable } from './common.js';

export interface ProfileChanges {
  displayName?: string | undefined;
  districtId?: string | null | undefined;
  language?: Language | undefined;
}

/** Changes the caller's own display name, district or preferred language. */
export async function updateProfile(ctx: ModuleContext, actor: Actor, changes: ProfileChanges): Promise<void> {
  authorize(actor, canEditOwnProfile(actor));
  if (actor.kind !== 'user') return;
  await assertDistrictExists(ctx.database.db, changes.districtId);
  const set: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
  if (changes.displayName !== undefined) set.displayName = normalizeDisplayName(changes.displayName);
  if (changes.districtId !== undefined) set.districtId = changes.districtId;
  if (changes.language !== undefined) set.language = changes.language;
  await ctx.database.db.update(users).set(set).where(eq(users.id, actor.userId));
}

/** Changes the caller's password after checking the current one. */
export async function changePassword(ctx: ModuleContext, actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
  authorize(actor, canEditOwnProfile(actor));
  if (actor.kind !== 'user') return;
  const user = await findUserById(ctx.database.db, actor.userId);
  if (!user) throw new AppError(404, 'user_not_found');
  if (!(await verifyPassword(user.passwordHash, currentPassword))) throw fieldError('currentPassword', 'error.wrong_password', {}, 'wrong_password');
  assertPasswordAcceptable('newPassword', newPassword, user.email);
  await ctx.database.db
    .update(users)
    .set({ passwordHash: await hashPassword(newPassword), updatedAt: new Date() })
    .where(eq(users.id, actor.userId));
}
