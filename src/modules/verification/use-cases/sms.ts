import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';
import { and, count, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError, fieldError } from '../../../core/http/errors.js';
import { t } from '../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { maskPhone, normalizePhone } from '../domain/identity.js';
import { codeUsable, smsRules } from '../domain/sms-rules.js';
import { smsCodes } from '../db/schema.js';
import { canVerifyAccount, canVerifySelf } from '../policy.js';
import { smsSenderFor } from '../sms/sender.js';
import { assertDistrict, assertMethodEnabled, checkBirthDate, cityToday } from './common.js';
import { identityHash, identityPepper, recordVerification } from './record-verification.js';
import { verifiedResident } from './verified-resident.js';

const codeHashOf = (pepper: Buffer, codeId: string, code: string) => createHmac('sha256', pepper).update(`sms-code:${codeId}:${code}`).digest();

/**
 * Sends a code to the resident's phone (SMS provider, or a file under DATA_DIR/sms/). Limits: a few
 * codes per account and per phone an hour; a new code replaces the previous one. The phone and the
 * code are stored only as keyed hashes.
 */
export async function requestSmsCode(
  ctx: ModuleContext,
  actor: Actor,
  input: { phone: string },
  now = new Date(),
): Promise<{ sentTo: string; expiresAt: Date }> {
  authorize(actor, canVerifySelf(actor));
  const phone = normalizePhone(input.phone);
  if (!phone) throw fieldError('phone', 'verification.field.phone_invalid');
  const code = String(randomInt(0, 10 ** smsRules.codeLength)).padStart(smsRules.codeLength, '0');
  const expiresAt = new Date(now.getTime() + smsRules.ttlMinutes * 60_000);
  await ctx.database.db.transaction(async (tx) => {
    await assertMethodEnabled(tx, 'sms');
    authorize(canVerifyAccount({ accountVerified: (await verifiedResident(tx, actor.userId)) !== null }));
    const phoneHash = await identityHash(tx, 'phone', phone);
    const hourAgo = new Date(now.getTime() - 3_600_000);
    // serialise requests for one phone so two at once cannot both pass the limit
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${phoneHash}))`);
    const [mine] = await tx
      .select({ n: count() })
      .from(smsCodes)
      .where(and(eq(smsCodes.userId, actor.userId), gt(smsCodes.createdAt, hourAgo)));
    const [theirs] = await tx
      .select({ n: count() })
      .from(smsCodes)
      .where(and(eq(smsCodes.phoneHash, phoneHash), gt(smsCodes.createdAt, hourAgo)));
    if ((mine?.n ?? 0) >= smsRules.perAccountPerHour || (theirs?.n ?? 0) >= smsRules.perPhonePerHour) throw new AppError(429, 'verification_sms_too_many');
    // the previous code stops working
    await tx
      .update(smsCodes)
      .set({ expiresAt: now })
      .where(and(eq(smsCodes.userId, actor.userId), isNull(smsCodes.usedAt), gt(smsCodes.expiresAt, now)));
    const [row] = await tx
      .insert(smsCodes)
      .values({ userId: actor.userId, phoneHash, codeHash: 'pending', expiresAt, createdAt: now })
      .returning({ id: smsCodes.id });
    const pepper = await identityPepper(tx);
    await tx
      .update(smsCodes)
      .set({ codeHash: codeHashOf(pepper, row!.id, code).toString('hex') })
      .where(eq(smsCodes.id, row!.id));
  });
  try {
    await smsSenderFor(ctx.config).send(phone, t(actor.language, 'verification.sms.text', { code, minutes: smsRules.ttlMinutes }));
  } catch (err) {
    ctx.log.warn({ err }, 'sending an SMS code failed');
    await ctx.database.db
      .update(smsCodes)
      .set({ expiresAt: now })
      .where(and(eq(smsCodes.userId, actor.userId), isNull(smsCodes.usedAt)));
    throw new AppError(502, 'verification_sms_failed');
  }
  return { sentTo: maskPhone(phone), expiresAt };
}

/**
 * Checks the code from the SMS: right → the account becomes a verified resident of the district the
 * person declares, with their birth date. Every guess counts (even a wrong one commits), and a code
 * dies after a few wrong guesses.
 */
export async function confirmSmsCode(
  ctx: ModuleContext,
  actor: Actor,
  input: { smsCode: string; districtId: string; birthDate: string },
  now = new Date(),
): Promise<void> {
  authorize(actor, canVerifySelf(actor));
  checkBirthDate(input.birthDate, cityToday(ctx.config.cityTimezone, now));
  const db = ctx.database.db;
  await assertMethodEnabled(db, 'sms');
  await assertDistrict(db, input.districtId);
  const guess = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(smsCodes).where(eq(smsCodes.userId, actor.userId)).orderBy(desc(smsCodes.createdAt)).limit(1).for('update');
    if (!row || !codeUsable(row, now)) return null;
    const attempts = row.attempts + 1;
    await tx.update(smsCodes).set({ attempts }).where(eq(smsCodes.id, row.id));
    const expected = Buffer.from(row.codeHash, 'hex');
    const got = codeHashOf(await identityPepper(tx), row.id, input.smsCode);
    return { row, right: expected.length === got.length && timingSafeEqual(expected, got), left: smsRules.maxAttempts - attempts };
  });
  if (!guess) throw new AppError(410, 'verification_sms_no_code');
  if (!guess.right) {
    if (guess.left <= 0) throw new AppError(410, 'verification_sms_no_code');
    throw fieldError('smsCode', 'verification.field.code_wrong', { left: guess.left });
  }
  await db.transaction(async (tx) => {
    const used = await tx
      .update(smsCodes)
      .set({ usedAt: now })
      .where(and(eq(smsCodes.id, guess.row.id), isNull(smsCodes.usedAt)))
      .returning({ id: smsCodes.id });
    if (!used.length) throw new AppError(410, 'verification_sms_no_code');
    await recordVerification(tx, {
      userId: actor.userId,
      method: 'sms',
      identityHash: guess.row.phoneHash,
      districtId: input.districtId,
      birthDate: input.birthDate,
      verifiedBy: null,
      actorId: actor.userId,
      timeZone: ctx.config.cityTimezone,
    });
  });
}
