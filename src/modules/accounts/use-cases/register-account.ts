import { AppError } from '../../../core/http/errors.js';
import { hashPassword } from '../../../core/auth/passwords.js';
import { isUniqueViolation } from '../../../core/db/errors.js';
import type { Language } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { users } from '../db/schema.js';
import { findUserByEmail } from '../db/queries.js';
import { confirmTokenTtlMs, normalizeDisplayName, normalizeEmail } from '../domain/account-rules.js';
import { assertPasswordAcceptable, sendTokenMail } from './common.js';

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  language: Language;
}

/** Creates an unconfirmed account and queues the confirmation mail, in one transaction. 409 if the e-mail is taken. */
export async function registerAccount(ctx: ModuleContext, input: RegisterInput): Promise<{ id: string; email: string }> {
  const email = normalizeEmail(input.email);
  const displayName = normalizeDisplayName(input.displayName);
  assertPasswordAcceptable('password', input.password, email);
  const db = ctx.database.db;
  if (await findUserByEmail(db, email)) throw new AppError(409, 'email_taken', {}, { email: { key: 'email.taken' } });
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.transaction(async (tx) => {
      const [row] = await tx.insert(users).values({ email, passwordHash, displayName, language: input.language }).returning();
      await sendTokenMail(tx, ctx, row!, 'confirm_email', confirmTokenTtlMs);
      return row!;
    });
    void ctx.mailer.flush();
    return { id: user.id, email: user.email };
  } catch (err) {
    // two registrations racing for one address: the unique index decides
    if (isUniqueViolation(err)) throw new AppError(409, 'email_taken', {}, { email: { key: 'email.taken' } });
    throw err;
  }
}
