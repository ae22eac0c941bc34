import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { appendAudit } from '../../../core/audit/audit.js';
import { authorize } from '../../../core/auth/authorize.js';
import { AppError } from '../../../core/http/errors.js';
import { cityDateTime } from '../../../core/time/time.js';
import { setResidentVerified } from '../../accounts/index.js';
import { installationSecrets, verifications, type VerificationMethod } from '../db/schema.js';
import { canVerifyAccount } from '../policy.js';

/**
 * The installation's pepper for identity hashes: 32 random bytes made on first use and kept in the
 * database (so every server behind a load balancer uses the same one, and a backup restores it).
 */
export async function identityPepper(tx: Executor): Promise<Buffer> {
  const fresh = randomBytes(32).toString('base64');
  await tx.insert(installationSecrets).values({ name: 'identity_pepper', value: fresh }).onConflictDoNothing();
  const [row] = await tx.select({ value: installationSecrets.value }).from(installationSecrets).where(eq(installationSecrets.name, 'identity_pepper'));
  return Buffer.from(row!.value, 'base64');
}

/**
 * The keyed hash of a normalised identity (`phone:+79…`, `document:4510123456`, `oidc:<issuer> <subject>`):
 * HMAC-SHA-256 with the installation's pepper, hex. The identity itself is never stored.
 */
export async function identityHash(tx: Executor, kind: 'phone' | 'document' | 'oidc', value: string): Promise<string> {
  return createHmac('sha256', await identityPepper(tx))
    .update(`${kind}:${value}`)
    .digest('hex');
}

export interface NewVerification {
  userId: string;
  method: VerificationMethod;
  /** From `identityHash`. */
  identityHash: string;
  districtId: string | null;
  birthDate: string | null;
  /** The staff member (in person) or null. */
  verifiedBy: string | null;
  /** Who acted, for the audit log (the resident themself, or staff). */
  actorId: string | null;
  /** The city's time zone, for the day a held identity frees up in a refusal (UTC without it). */
  timeZone?: string;
}

/**
 * Records a verification in the caller's transaction: refuses (canVerifyAccount, 409) an account that is already
 * verified (`already_verified`), an identity already used by another account (`identity_already_used`) and one a
 * deleted account holds while votes it took part in are open (`identity_held_after_deletion`, with the time it frees
 * up), marks the account `verified`, and audits it (without the identity).
 */
export async function recordVerification(tx: Executor, v: NewVerification): Promise<{ id: string }> {
  const active = await tx
    .select({ userId: verifications.userId })
    .from(verifications)
    .where(and(isNull(verifications.revokedAt), sql`(${verifications.userId} = ${v.userId} or ${verifications.identityHash} = ${v.identityHash})`))
    .for('update');
  authorize(canVerifyAccount({ accountVerified: active.some((a) => a.userId === v.userId), identityUsedElsewhere: active.length > 0 }));
  // read after the lock above: a deletion that was holding the identity's active row has committed its hold by now
  const [held] = await tx
    .select({ until: verifications.heldUntil })
    .from(verifications)
    .where(and(eq(verifications.identityHash, v.identityHash), gt(verifications.heldUntil, sql`now()`)))
    .orderBy(desc(verifications.heldUntil))
    .limit(1);
  if (held?.until) {
    const until = v.timeZone ? cityDateTime(held.until, v.timeZone) : `${held.until.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    authorize(canVerifyAccount({ accountVerified: false, identityHeld: true }), { until });
  }
  const [row] = await tx
    .insert(verifications)
    .values({ userId: v.userId, method: v.method, identityHash: v.identityHash, districtId: v.districtId, birthDate: v.birthDate, verifiedBy: v.verifiedBy })
    .onConflictDoNothing()
    .returning({ id: verifications.id });
  // A concurrent verification of the same account or identity won the race: the partial unique indexes decide.
  authorize(canVerifyAccount({ accountVerified: false, identityUsedElsewhere: !row }));
  if (!(await setResidentVerified(tx, v.userId, true))) throw new AppError(404, 'not_found');
  await appendAudit(tx, {
    actorId: v.actorId,
    action: 'verification.granted',
    subjectType: 'user',
    subjectId: v.userId,
    data: { method: v.method, districtId: v.districtId, verifiedBy: v.verifiedBy },
  });
  return { id: row!.id };
}
