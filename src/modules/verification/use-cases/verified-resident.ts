import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { ageBand, ageOn, type AgeBand } from '../domain/age.js';
import { verifications, type VerificationMethod } from '../db/schema.js';

export interface VerifiedResident {
  method: VerificationMethod;
  /** The district the verification established (register, in person, OIDC) or the one the resident declared (SMS). */
  districtId: string | null;
  /** 'YYYY-MM-DD' or null when the method did not establish it. Personal: never public. */
  birthDate: string | null;
  verifiedAt: Date;
}

/** The person's active verification, or null when they are not verified (or it was revoked). */
export async function verifiedResident(db: Executor, userId: string): Promise<VerifiedResident | null> {
  const [row] = await db
    .select({ method: verifications.method, districtId: verifications.districtId, birthDate: verifications.birthDate, verifiedAt: verifications.verifiedAt })
    .from(verifications)
    .where(and(eq(verifications.userId, userId), isNull(verifications.revokedAt)))
    .orderBy(desc(verifications.verifiedAt))
    .limit(1);
  return row ?? null;
}

/** The age band on a day ('YYYY-MM-DD'), or null without a birth date. */
export function ageBandOn(resident: VerifiedResident, day: string): AgeBand | null {
  return resident.birthDate ? ageBand(ageOn(resident.birthDate, day)) : null;
}
