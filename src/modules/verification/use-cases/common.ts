import { eq } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import { districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { fieldError } from '../../../core/http/errors.js';
import { localParts } from '../../../core/time/time.js';
import { verificationMethodSettings, type VerificationMethod } from '../db/schema.js';
import { birthDateProblem, documentNumberProblem } from '../domain/identity.js';
import { canUseMethod } from '../policy.js';

/** Today on the city's wall clock, 'YYYY-MM-DD'. */
export function cityToday(timeZone: string, now: Date = new Date()): string {
  const p = localParts(now, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The methods an administrator switched on. */
export async function enabledMethods(db: Executor): Promise<Set<VerificationMethod>> {
  const rows = await db
    .select({ method: verificationMethodSettings.method })
    .from(verificationMethodSettings)
    .where(eq(verificationMethodSettings.enabled, true));
  return new Set(rows.map((r) => r.method));
}

/**
 * Refuses a method the city does not offer now (canUseMethod: 409 `verification_method_disabled`, or
 * `verification_oidc_not_configured` when `configured` is false).
 */
export async function assertMethodEnabled(db: Executor, method: VerificationMethod, configured = true): Promise<void> {
  authorize(canUseMethod({ configured, enabled: (await enabledMethods(db)).has(method) }));
}

/** Refuses an unknown district id as a field error. */
export async function assertDistrict(db: Executor, districtId: string, field = 'districtId'): Promise<void> {
  const [row] = await db.select({ id: districts.id }).from(districts).where(eq(districts.id, districtId)).limit(1);
  if (!row) throw fieldError(field, 'verification.field.district_unknown');
}

/** Field errors for a document number and a birth date as a person typed them. */
export function checkDocumentAndBirthDate(input: { documentNumber: string; birthDate: string }, today: string): void {
  const doc = documentNumberProblem(input.documentNumber);
  if (doc) throw fieldError('documentNumber', doc);
  checkBirthDate(input.birthDate, today);
}

export function checkBirthDate(birthDate: string, today: string): void {
  const problem = birthDateProblem(birthDate, today);
  if (problem) throw fieldError('birthDate', problem);
}
