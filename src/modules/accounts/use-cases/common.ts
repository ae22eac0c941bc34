import { and, eq, isNull } from 'drizzle-orm';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { maxPasswordLength, minPasswordLength, passwordProblem } from '../../../core/auth/passwords.js';
import { newToken, tokenHash } from '../../../core/auth/session-token.js';
import type { Executor } from '../../../core/db/client.js';
import { defaultLanguage, isLanguage, t, type Language } from '../../../core/i18n/i18n.js';
import { queueMail } from '../../../core/mail/mail.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { districts } from '../../../core/city/schema.js';
import { accountTokens } from '../db/schema.js';
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

/** Issues a one-time e-mail token (older unused ones of the same purpose are voided) and queues its mail. */
export async function sendTokenMail(
  tx: Executor,
  ctx: ModuleContext,
  user: { id: string; email: string; displayName: string; language: string },
  purpose: 'confirm_email' | 'reset_password',
  ttlMs: number,
): Promise<void> {
  // the newest link is the only valid one: older unused links of the same purpose are removed
  await tx.delete(accountTokens).where(and(eq(accountTokens.userId, user.id), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  const token = newToken();
  await tx.insert(accountTokens).values({ tokenHash: tokenHash(token), userId: user.id, purpose, expiresAt: new Date(Date.now() + ttlMs) });
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

/** Takes a one-time token: checks it, marks it used, returns its user id; throws a clear 400 otherwise. */
export async function consumeToken(tx: Executor, token: string, purpose: 'confirm_email' | 'reset_password'): Promise<string> {
  const [row] = await tx
    .select()
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, tokenHash(token)), eq(accountTokens.purpose, purpose)))
    .for('update')
    .limit(1);
  if (!row) throw new AppError(400, 'token_invalid');
  const state = tokenUsable(row, new Date());
  if (state !== 'ok') throw new AppError(400, `token_${state}`);
  await tx.update(accountTokens).set({ usedAt: new Date() }).where(eq(accountTokens.tokenHash, row.tokenHash));
  return row.userId;
}
