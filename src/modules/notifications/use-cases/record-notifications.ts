import type { Executor } from '../../../core/db/client.js';
import { queueMail } from '../../../core/mail/mail.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { mailContacts } from '../../accounts/index.js';
import { ensureSettings, insertNotifications, markEmailed, type NewNotification } from '../db/queries.js';
import { notificationMail } from '../domain/notification-text.js';

/**
 * Records notifications of one event inside the caller's transaction — once per person, so a
 * retried event adds nothing — and queues the mail of those who want it at once, in the same
 * transaction (marked mailed). Digest and "off" people are left for the digest or the app.
 * Returns how many notifications were new; flush the mailer after commit.
 */
export async function recordNotifications(tx: Executor, ctx: ModuleContext, items: NewNotification[]): Promise<number> {
  const created = await insertNotifications(tx, items);
  if (!created.length) return 0;
  const settings = await ensureSettings(
    tx,
    created.map((n) => n.userId),
  );
  const immediate = created.filter((n) => settings.get(n.userId)?.emailMode === 'immediate');
  const contacts = await mailContacts(
    tx,
    immediate.map((n) => n.userId),
  );
  const mailed: string[] = [];
  for (const n of immediate) {
    const to = contacts.get(n.userId);
    const token = settings.get(n.userId)?.unsubscribeToken;
    // no confirmed address (or a blocked account): the notification stays in the app only
    if (!to || !token) continue;
    const mail = notificationMail(
      to.language,
      { name: to.displayName },
      n,
      { publicUrl: ctx.config.publicUrl, unsubscribeToken: token },
      ctx.notificationKinds,
    );
    await queueMail(tx, { kind: 'notification', to: to.email, ...mail });
    mailed.push(n.id);
  }
  await markEmailed(tx, mailed);
  return created.length;
}
