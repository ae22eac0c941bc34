import { authorize } from '../../../core/auth/authorize.js';
import { dummyHash, verifyPassword } from '../../../core/auth/passwords.js';
import { AppError } from '../../../core/http/errors.js';
import { forgive, hit } from '../../../core/http/rate-limit-store.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { findUserByEmail } from '../db/queries.js';
import { normalizeEmail, signInFailureBudget } from '../domain/account-rules.js';
import { canSignIn } from '../policy.js';
import { startSession } from './sessions.js';

/**
 * Checks e-mail and password and starts a session. The same error and about the same time for an
 * unknown e-mail and a wrong password, so answers do not reveal who has an account: 401
 * `invalid_credentials`. Failed attempts are budgeted per address whatever the e-mail and per e-mail
 * whatever the address (signInFailureBudget): past either, 429 `rate_limited` with the wait. A right
 * password on a blocked or unconfirmed account: 403 from the policy (canSignIn).
 */
export async function signIn(ctx: ModuleContext, input: { email: string; password: string }, client: { ip: string; userAgent?: string | undefined }) {
  const db = ctx.database.db;
  const email = normalizeEmail(input.email);
  // the attempt is counted before the password is checked, so concurrent guesses cannot overrun a budget, and
  // forgiven when the password was right: only failures use the budgets up
  const budgets = [
    { key: `sign-in failures|address|${client.ip}`, max: signInFailureBudget.perAddress },
    { key: `sign-in failures|account|${email}`, max: signInFailureBudget.perAccount },
  ];
  let wait = 0;
  for (const b of budgets) {
    const count = await hit(db, b.key, signInFailureBudget.windowMs);
    if (count.current > b.max) wait = Math.max(wait, Math.ceil(count.ttl / 1000), 1);
  }
  if (wait) throw new AppError(429, 'rate_limited', { seconds: wait });

  const user = await findUserByEmail(db, email);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok) throw new AppError(401, 'invalid_credentials');
  for (const b of budgets) await forgive(db, b.key);
  authorize(canSignIn(user, new Date()), {
    reason: user.blockReason ?? '—',
    until: user.blockedUntil ? cityDateTime(user.blockedUntil, ctx.config.cityTimezone) : '—',
  });
  const session = await startSession(db, user.id, client.userAgent);
  return { userId: user.id, session };
}
