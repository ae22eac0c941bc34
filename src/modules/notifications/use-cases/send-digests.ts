import type { Actor } from '../../../core/auth/actor.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import { queueMail } from '../../../core/mail/mail.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { mailContacts } from '../../accounts/index.js';
import { claimForDigest, digestRecipientIds, findSettings, markDigestSent } from '../db/queries.js';
import { digestMail } from '../domain/notification-text.js';
import { canSendDigests } from '../policy.js';

/**
 * Mails every person in digest mode one message with everything not yet mailed, and marks it
 * mailed. Idempotent: a second run (or a concurrent one) finds nothing left. Returns the number of
 * mails queued.
 */
export async function sendDigests(ctx: ModuleContext): Promise<number> {
  let mailed = 0;
  for (const userId of await digestRecipientIds(ctx.database.db)) {
    if (await sendDigestTo(ctx, userId)) mailed++;
  }
  if (mailed) void ctx.mailer.flush();
  return mailed;
}

async function sendDigestTo(ctx: ModuleContext, userId: string): Promise<boolean> {
  return ctx.database.db.transaction(async (tx) => {
    // the settings row lock makes concurrent runs take turns for this person
    const settings = await findSettings(tx, userId, { forUpdate: true });
    if (settings?.emailMode !== 'digest') return false;
    const to = (await mailContacts(tx, [userId])).get(userId);
    // no confirmed address (or a blocked account): wait, the items stay unmailed
    if (!to) return false;
    const items = await claimForDigest(tx, userId);
    if (!items.length) return false;
    const mail = digestMail(
      to.language,
      { name: to.displayName },
      items,
      { publicUrl: ctx.config.publicUrl, unsubscribeToken: settings.unsubscribeToken },
      ctx.notificationKinds,
    );
    await queueMail(tx, { kind: 'digest', to: to.email, ...mail });
    await markDigestSent(tx, userId);
    return true;
  });
}

/** An administrator sends the due digests now instead of at the daily hour (audited). */
export async function sendDigestsNow(ctx: ModuleContext, actor: Actor): Promise<number> {
  authorize(actor, canSendDigests(actor));
  const mailed = await sendDigests(ctx);
  const actorId = actor.userId;
  // each person's digest commits on its own; the record says who asked and how many went out
  await ctx.database.db.transaction((tx) =>
    appendAudit(tx, { actorId, action: 'notifications.digests_sent', subjectType: 'notifications', subjectId: null, data: { mailed } }),
  );
  return mailed;
}
