import { and, eq, isNull } from 'drizzle-orm';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { maxPasswordLength, minPasswordLength, passwordProblem } from '../../../core/auth/passwords.js';
import { newShortCode, newToken, receiptCodeHash, tokenHash } from '../../../core/auth/session-token.js';
import type { Executor } from '../../../core/db/client.js';
import { defaultLanguage, isLanguage, t, type Language } from '../../../core/i18n/i18n.js';
import { queueMail } from '../../../core/mail/mail.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { districts } from '../../../core/city/schema.js';
import { accountTokens, type TokenPurpose } from '../db/schema.js';
import { tokenUsable } from '../domain/account-rules.js';

/** Throws a field error naming the password problem, if any. */
export function assertPasswordAcceptable(field: string, password: string, email?: string): void {
  const problem = passwordProblem(password, email);
  if (problem) throw fieldError(field, `password.${problem}`, { min: minPasswordLength, max: maxPasswordLength });
}

/** Throws a field error when the district id is not one of the city's. */
export async function assertDistrictExists(db: Executor, districtId: string | null | undefined): Promise<void> {
  if (!districtId) return;
  const [row] = await db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).limit(1);
  if (!row) throw fieldError('districtId', 'district.unknown');
}

/** Stores a one-time token's hash for its account; older unused tokens of the same purpose are removed (the newest is the only valid one). */
async function storeToken(tx: Executor, userId: string, purpose: TokenPurpose, hash: string, ttlMs: number): Promise<Date> {
  await tx.delete(accountTokens).where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const expiresAt = new Date(Date.now() + ttlMs);
  await tx.insert(accountTokens).values({ tokenHash: hash, userId, purpose, expiresAt });
  return expiresAt;
}

/** Issues a one-time e-mail token (older unused ones of the same purpose are voided) and queues its mail. */
export async function sendTokenMail(
  tx: Executor,
  ctx: ModuleContext,
  user: { id: string; email: string; displayName: string; language: string },
  purpose: 'confirm_email' | 'reset_password',
  ttlMs: number,
): Promise<void> {
  const token = newToken();
  await storeToken(tx, user.id, purpose, tokenHash(token), ttlMs);
  const lang: Language = isLanguage(user.language) ? user.language : defaultLanguage();
  const page = purpose === 'confirm_email' ? 'confirm' : 'reset-password';
  const kind = purpose === 'confirm_email' ? 'confirm' : 'reset';
  const link = `${ctx.config.publicUrl}/${page}?token=${encodeURIComponent(token)}`;
  const city = t(lang, 'city.name');
  await queueMail(tx, {
    kind,
    to: user.email,
    subject: t(lang, `mail.${kind}.subject`, { city }),
    text: t(lang, `mail.${kind}.text`, { city, name: user.displayName, link }),
  });
}

/**
 * A short code a person types from an e-mail (account deletion) → its stored hash: bound to the account, so a code is
 * unique per account only and another account's code matches nothing. Case, spaces and dashes do not matter.
 */
const codeHash = (purpose: TokenPurpose, userId: string, code: string) => receiptCodeHash(`${purpose}:${userId}`, code);

/** Issues a one-time code to type (older unused ones of the same purpose are voided) and queues its mail; returns when it expires. */
export async function sendCodeMail(
  tx: Executor,
  user: { id: string; email: string; displayName: string; language: string },
  purpose: 'delete_account',
  ttlMs: number,
): Promise<Date> {
  const code = newShortCode();
  const expiresAt = await storeToken(tx, user.id, purpose, codeHash(purpose, user.id, code), ttlMs);
  const lang: Language = isLanguage(user.language) ? user.language : defaultLanguage();
  const city = t(lang, 'city.name');
  await queueMail(tx, {
    kind: purpose,
    to: user.email,
    subject: t(lang, `mail.${purpose}.subject`, { city }),
    text: t(lang, `mail.${purpose}.text`, { city, name: user.displayName, code, minutes: Math.round(ttlMs / 60_000) }),
  });
  return expiresAt;
}

/** The token row behind a hash, locked, if it can still be used: its user id, else why not. */
async function takeToken(tx: Executor, hash: string, purpose: TokenPurpose): Promise<{ userId: string } | { problem: 'invalid' | 'expired' | 'used' }> {
  const [row] = await tx
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, hash), eq(accountTokens.purpose, purpose)))
    .for('update')
    .limit(1);
  if (!row) return { problem: 'invalid' };
  const state = tokenUsable(row, new Date());
  if (state !== 'ok') return { problem: state };
  await tx.update(accountTokens).set({ usedAt: new Date() }).where(eq(accountTokens.tokenHash, row.tokenHash));
  return { userId: row.userId };
}

/** Takes a one-time token: checks it, marks it used, returns its user id; throws a clear 400 otherwise. */
export async function consumeToken(tx: Executor, token: string, purpose: 'confirm_email' | 'reset_password'): Promise<string> {
  const taken = await takeToken(tx, tokenHash(token), purpose);
  if ('problem' in taken) throw new AppError(400, `token_${taken.problem}`);
  return taken.userId;
}

/**
 * Takes an account's one-time code in the caller's transaction (a rollback gives it back); a 400 naming `field`
 * otherwise: `code_invalid` (mistyped, replaced by a newer code, used, or another account's) or `code_expired`.
 */
export async function consumeCode(tx: Executor, userId: string, code: string, purpose: 'delete_account', field: string): Promise<void> {
  const taken = await takeToken(tx, codeHash(purpose, userId, code), purpose);
  if ('problem' in taken || taken.userId !== userId) {
    const reason = 'problem' in taken && taken.problem === 'expired' ? 'code_expired' : 'code_invalid';
    throw fieldError(field, `error.${reason}`, {}, reason);
  }
}
