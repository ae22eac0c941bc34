import { eq } from 'drizzle-orm';
import { hashPassword } from '../../../core/auth/passwords.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { findUserByEmail, findUserById } from '../db/queries.js';
import { confirmTokenTtlMs, isBlockedNow, normalizeEmail, resetTokenTtlMs } from '../domain/account-rules.js';
import { assertPasswordAcceptable, consumeToken, sendTokenMail } from './common.js';
import { endAllSessions } from './sessions.js';

/** Mails a reset link if the address has an account; answers the same either way (no account discovery). */
export async function requestPasswordReset(ctx: ModuleContext, emailInput: string): Promise<void> {
  const user = await findUserByEmail(ctx.database.db, normalizeEmail(emailInput));
  if (!user || isBlockedNow(user, new Date())) return;
  await ctx.database.db.transaction((tx) => sendTokenMail(tx, ctx, user, 'reset_password', resetTokenTtlMs));
  void ctx.mailer.flush();
}

/** Sends a fresh confirmation link to an unconfirmed account; silent otherwise. */
export async function resendConfirmation(ctx: ModuleContext, emailInput: string): Promise<void> {
  const user = await findUserByEmail(ctx.database.db, normalizeEmail(emailInput));
  if (!user || user.emailConfirmedAt || isBlockedNow(user, new Date())) return;
  await ctx.database.db.transaction((tx) => sendTokenMail(tx, ctx, user, 'confirm_email', confirmTokenTtlMs));
  void ctx.mailer.flush();
}

/**
 * Sets a new password from a reset link and signs out every session. Following the link proves
 * the mailbox, so an unconfirmed account becomes confirmed too.
 */
export async function resetPassword(ctx: ModuleContext, token: string, password: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const userId = await consumeToken(tx, token, 'reset_password');
    const user = await findUserById(tx, userId);
    assertPasswordAcceptable('password', password, user?.email);
    await tx
      .update(users)
      .set({
        passwordHash: await hashPassword(password),
        hasPassword: true,
        emailConfirmedAt: user?.emailConfirmedAt ?? new Date(),
        verification: user?.verification === 'none' ? 'email' : user?.verification,
        updatedAt: new Date(),
      })
      .where(eq(users.id, userId));
    await endAllSessions(tx, userId);
  });
}
