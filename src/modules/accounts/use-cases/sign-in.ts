import { AppError } from '../../../core/http/errors.js';
import { dummyHash, verifyPassword } from '../../../core/auth/passwords.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { findUserByEmail } from '../db/queries.js';
import { isBlockedNow, normalizeEmail } from '../domain/account-rules.js';
import { cityDateTime } from '../../../core/time/time.js';
import { startSession } from './sessions.js';

/**
 * Checks e-mail and password and starts a session. The same error and about the same time for an
 * unknown e-mail and a wrong password, so answers do not reveal who has an account.
 */
export async function signIn(ctx: ModuleContext, input: { email: string; password: string }, userAgent: string | undefined) {
  const user = await findUserByEmail(ctx.database.db, normalizeEmail(input.email));
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok) throw new AppError(401, 'invalid_credentials');
  if (isBlockedNow(user, new Date())) {
    if (!user.blockedUntil) throw new AppError(403, 'account_blocked', { reason: user.blockReason ?? '—' });
    throw new AppError(403, 'account_blocked_until', { until: cityDateTime(user.blockedUntil, ctx.config.cityTimezone), reason: user.blockReason ?? '—' });
  }
  if (!user.emailConfirmedAt) throw new AppError(403, 'email_not_confirmed');
  const session = await startSession(ctx.database.db, user.id, userAgent);
  return { userId: user.id, session };
}
