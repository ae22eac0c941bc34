import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { AgeBand } from '../domain/age.js';
import { verificationMethods, verifications, type VerificationMethod } from '../db/schema.js';
import { canSeeOwnVerification } from '../policy.js';
import { cityToday, enabledMethods } from './common.js';
import { oidcConfigured } from './oidc.js';
import { ageBandOn, verifiedResident } from './verified-resident.js';

export interface MyVerification {
  verified: boolean;
  method: VerificationMethod | null;
  districtId: string | null;
  ageBand: AgeBand | null;
  verifiedAt: Date | null;
  /** The last revocation when the account is not verified now (the person should know why). */
  revoked: { at: Date; reason: string | null } | null;
  /** The ways the city offers (enabled by an administrator, and configured). */
  methods: VerificationMethod[];
}

/** The ways the city offers now (switched on and configured), for anyone, e.g. the sign-in page; and the provider's name. */
export async function offeredMethods(ctx: ModuleContext): Promise<{ methods: VerificationMethod[]; oidcName: string | null }> {
  const enabled = await enabledMethods(ctx.database.db);
  const methods = verificationMethods.filter((m) => enabled.has(m) && (m !== 'oidc' || oidcConfigured(ctx.config)));
  return { methods, oidcName: methods.includes('oidc') ? (ctx.config.oidcName ?? null) : null };
}

/** The signed-in person's status: method, district, age band and date — never the document or phone. */
export async function myVerification(ctx: ModuleContext, actor: Actor, now = new Date()): Promise<MyVerification> {
  authorize(actor, canSeeOwnVerification(actor));
  const db = ctx.database.db;
  const { methods } = await offeredMethods(ctx);
  const current = await verifiedResident(db, actor.userId);
  if (current) {
    return {
      verified: true,
      method: current.method,
      districtId: current.districtId,
      ageBand: ageBandOn(current, cityToday(ctx.config.cityTimezone, now)),
      verifiedAt: current.verifiedAt,
      revoked: null,
      methods,
    };
  }
  const [last] = await db
    .select({ at: verifications.revokedAt, reason: verifications.revokeReason })
    .from(verifications)
    .where(and(eq(verifications.userId, actor.userId), isNotNull(verifications.revokedAt)))
    .orderBy(desc(verifications.revokedAt))
    .limit(1);
  return {
    verified: false,
    method: null,
    districtId: null,
    ageBand: null,
    verifiedAt: null,
    revoked: last?.at ? { at: last.at, reason: last.reason } : null,
    methods,
  };
}
