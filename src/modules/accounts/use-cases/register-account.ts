import { hashPassword } from '../../../core/auth/passwords.js';
import { isUniqueViolation } from '../../../core/db/errors.js';
import { hit } from '../../../core/http/rate-limit-store.js';
import { defaultLanguage, isLanguage, t, type Language } from '../../../core/i18n/i18n.js';
import { queueMail } from '../../../core/mail/mail.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { findUserByEmail, type UserRow } from '../db/queries.js';
import { confirmTokenTtlMs, normalizeEmail, registrationNoticeIntervalMs } from '../domain/account-rules.js';
import { assertPasswordAcceptable, sendTokenMail } from './common.js';

export interface RegisterInput {
  email: string;
  password: string;
  /** Cleaned by the route's schema (core/text `nameSchema`): no bidi overrides or invisible characters. */
  displayName: string;
  language: Language;
}

/**
 * Creates an unconfirmed account and queues the confirmation mail, in one transaction. An address that
 * already has an account is answered exactly alike (the same body, after the same password hashing), and
 * its owner is mailed instead — someone tried to register with it; if it was them, sign in or reset the
 * password — at most once an hour: the form never tells anyone which addresses have accounts.
 * 400 naming `password` for a password the rules refuse.
 */
export async function registerAccount(ctx: ModuleContext, input: RegisterInput): Promise<{ email: string }> {
  const email = normalizeEmail(input.email);
  assertPasswordAcceptable('password', input.password, email);
  const db = ctx.database.db;
  // hashed whether or not the address is taken, so both answers take the same time
  const passwordHash = await hashPassword(input.password);
  const existing = await findUserByEmail(db, email);
  try {
    if (existing) await noticeToOwner(ctx, existing);
    else
      await db.transaction(async (tx) => {
        const [row] = await tx.insert(users).values({ email, passwordHash, displayName: input.displayName, language: input.language }).returning();
        await sendTokenMail(tx, ctx, row!, 'confirm_email', confirmTokenTtlMs);
      });
  } catch (err) {
    // two registrations racing for one address: the unique index keeps the first, and the owner hears of the second
    if (!isUniqueViolation(err)) throw err;
    const winner = await findUserByEmail(db, email);
    if (winner) await noticeToOwner(ctx, winner);
  }
  void ctx.mailer.flush();
  return { email };
}

/** Mails the owner of an address that someone tried to register again (once an hour at most). */
async function noticeToOwner(ctx: ModuleContext, owner: UserRow): Promise<void> {
  const db = ctx.database.db;
  if ((await hit(db, `registration notice|${owner.id}`, registrationNoticeIntervalMs)).current > 1) return;
  const lang: Language = isLanguage(owner.language) ? owner.language : defaultLanguage();
  const city = t(lang, 'city.name');
  await queueMail(db, {
    kind: 'registration_attempt',
    to: owner.email,
    subject: t(lang, 'mail.registration_attempt.subject', { city }),
    text: t(lang, 'mail.registration_attempt.text', {
      city,
      name: owner.displayName,
      signIn: `${ctx.config.publicUrl}/login`,
      reset: `${ctx.config.publicUrl}/reset-password`,
    }),
  });
}
