import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ensureSettings, findSettings, setEmailMode, type EmailMode } from '../db/queries.js';
import { canManageOwnNotifications } from '../policy.js';

/** The caller's e-mail mode (`immediate` until they choose otherwise). */
export async function getNotificationSettings(ctx: ModuleContext, actor: Actor): Promise<{ emailMode: EmailMode }> {
  authorize(actor, canManageOwnNotifications(actor));
  const row = await findSettings(ctx.database.db, actor.userId);
  return { emailMode: row?.emailMode ?? 'immediate' };
}

/** Changes the caller's e-mail mode. */
export async function updateNotificationSettings(ctx: ModuleContext, actor: Actor, input: { emailMode: EmailMode }): Promise<{ emailMode: EmailMode }> {
  authorize(actor, canManageOwnNotifications(actor));
  const userId = actor.userId;
  const row = await ctx.database.db.transaction(async (tx) => {
    await ensureSettings(tx, [userId]);
    return setEmailMode(tx, { userId }, input.emailMode);
  });
  return { emailMode: row?.emailMode ?? input.emailMode };
}

/**
 * Turns notification mail off with the secret from a mail's link, without signing in (the link
 * and the RFC 8058 one-click POST). 400 `unsubscribe_link_invalid` for an unknown secret.
 */
export async function unsubscribeByToken(ctx: ModuleContext, token: string): Promise<{ emailMode: 'off' }> {
  const row = await setEmailMode(ctx.database.db, { token }, 'off');
  if (!row) throw new AppError(400, 'unsubscribe_link_invalid');
  return { emailMode: 'off' };
}
