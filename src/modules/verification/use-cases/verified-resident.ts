import { and, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { localDay } from '../../../core/time/calendar.js';
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

/**
 * The person's active verification as a scalar subquery (json, null when not verified): for a module that reads its
 * facts in one statement instead of asking verifiedResident separately. `userId` is a value or an expression (null
 * for a visitor). Read the column with residentFromJson.
 */
export function verifiedResidentSql(userId: string | null | SQL): SQL {
  if (userId === null) return sql`null::json`;
  return sql`(select json_build_object('method', v.method, 'districtId', v.district_id, 'birthDate', v.birth_date, 'verifiedAt', v.verified_at)
    ${activeVerificationOf(userId)})`;
}

/** The rows of a subquery over the person's active verification `v` (the latest one not revoked). */
const activeVerificationOf = (userId: string | SQL): SQL =>
  sql`from ${verifications} v where v.user_id = ${userId} and v.revoked_at is null order by v.verified_at desc limit 1`;

/**
 * Whether the person's active verification (the one verifiedResidentSql reads) shows a birth date on or before
 * `bornOnOrBefore` and the district `districtId` — each expression a 'YYYY-MM-DD' text or a district id, or null for
 * "not asked": a boolean expression for a write that checks its voter's verification itself instead of reading it
 * first. False when the person is not verified.
 */
export function verifiedResidentMeetsSql(userId: SQL, bornOnOrBefore: SQL, districtId: SQL): SQL {
  return sql`coalesce((select (${bornOnOrBefore}::date is null or v.birth_date <= ${bornOnOrBefore}::date)
      and (${districtId}::text is null or v.district_id = ${districtId}::text)
    ${activeVerificationOf(userId)}), false)`;
}

/** What verifiedResidentSql read, as verifiedResident returns it. */
export function residentFromJson(json: unknown): VerifiedResident | null {
  if (json === null || json === undefined) return null;
  const v = (typeof json === 'string' ? JSON.parse(json) : json) as {
    method: VerificationMethod;
    districtId: string | null;
    birthDate: string | null;
    verifiedAt: string;
  };
  return { method: v.method, districtId: v.districtId, birthDate: v.birthDate, verifiedAt: new Date(v.verifiedAt) };
}

/** The age band on a day ('YYYY-MM-DD'), or null without a birth date. */
export function ageBandOn(resident: VerifiedResident, day: string): AgeBand | null {
  return resident.birthDate ? ageBand(ageOn(resident.birthDate, day)) : null;
}

/** A person's age on the city's day of an instant (an event's or a shift's start), from their verified birth date; null when unknown. */
export async function verifiedAgeAt(db: Executor, userId: string, at: Date, timeZone: string): Promise<number | null> {
  const resident = await verifiedResident(db, userId);
  return resident?.birthDate ? ageOn(resident.birthDate, localDay(at, timeZone)) : null;
}
