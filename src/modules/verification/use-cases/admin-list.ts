import { and, count, desc, eq, inArray, isNotNull, isNull, max, type SQL } from 'drizzle-orm';
import { authorize } from '../../../core/auth/authorize.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import type { AgeBand } from '../domain/age.js';
import { documentNumberProblem, normalizeDocumentNumber, normalizePhone } from '../domain/identity.js';
import { residentRegister, verifications, type VerificationMethod } from '../db/schema.js';
import { canAdministerVerification } from '../policy.js';
import { cityToday } from './common.js';
import { identityHash } from './record-verification.js';
import { ageBandOn } from './verified-resident.js';

export interface VerificationFilter {
  /** An account id, or a document or phone number (matched by its hash, never stored). */
  q?: string | undefined;
  method?: VerificationMethod | undefined;
  districtId?: string | undefined;
  status: 'active' | 'revoked' | 'all';
  limit: number;
  offset: number;
}

export interface VerificationListItem {
  id: string;
  user: { id: string; displayName: string };
  method: VerificationMethod;
  districtId: string | null;
  ageBand: AgeBand | null;
  verifiedAt: Date;
  verifiedBy: { id: string; displayName: string } | null;
  revokedAt: Date | null;
  revokeReason: string | null;
}

const uuidLike = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Administrators' list of verifications, newest first; search by account id, document or phone number. */
export async function listVerifications(
  ctx: ModuleContext,
  actor: Actor,
  f: VerificationFilter,
  now = new Date(),
): Promise<{ items: VerificationListItem[]; total: number }> {
  authorize(actor, canAdministerVerification(actor));
  const db = ctx.database.db;
  const where: SQL[] = [];
  if (f.status === 'active') where.push(isNull(verifications.revokedAt));
  if (f.status === 'revoked') where.push(isNotNull(verifications.revokedAt));
  if (f.method) where.push(eq(verifications.method, f.method));
  if (f.districtId) where.push(eq(verifications.districtId, f.districtId));
  const q = f.q?.trim();
  if (q) {
    if (uuidLike.test(q)) where.push(eq(verifications.userId, q.toLowerCase()));
    else {
      const hashes = await db.transaction(async (tx) => {
        const out: string[] = [];
        if (!documentNumberProblem(q)) out.push(await identityHash(tx, 'document', normalizeDocumentNumber(q)));
        const phone = normalizePhone(q);
        if (phone) out.push(await identityHash(tx, 'phone', phone));
        return out;
      });
      if (!hashes.length) return { items: [], total: 0 };
      where.push(inArray(verifications.identityHash, hashes));
    }
  }
  const condition = where.length ? and(...where) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(verifications).where(condition);
  const rows = await db
    .select()
    .from(verifications)
    .where(condition)
    .orderBy(desc(verifications.verifiedAt), desc(verifications.id))
    .limit(f.limit)
    .offset(f.offset);
  const people = await publicPeople(
    db,
    rows.flatMap((r) => (r.verifiedBy ? [r.userId, r.verifiedBy] : [r.userId])),
  );
  const today = cityToday(ctx.config.cityTimezone, now);
  const person = (id: string) => ({ id, displayName: people.get(id)?.displayName ?? '—' });
  return {
    total,
    items: rows.map((r) => ({
      id: r.id,
      user: person(r.userId),
      method: r.method,
      districtId: r.districtId,
      ageBand: ageBandOn(r, today),
      verifiedAt: r.verifiedAt,
      verifiedBy: r.verifiedBy ? person(r.verifiedBy) : null,
      revokedAt: r.revokedAt,
      revokeReason: r.revokeReason,
    })),
  };
}

export interface VerificationStats {
  active: number;
  revoked: number;
  byMethod: { method: VerificationMethod; count: number }[];
  byDistrict: { districtId: string | null; count: number }[];
  register: { entries: number; lastImportedAt: Date | null };
}

/** Active verifications by method and by district, revocations, and the size of the residents register. */
export async function verificationStats(ctx: ModuleContext, actor: Actor): Promise<VerificationStats> {
  authorize(actor, canAdministerVerification(actor));
  const db = ctx.database.db;
  const active = isNull(verifications.revokedAt);
  const byMethod = await db
    .select({ method: verifications.method, count: count() })
    .from(verifications)
    .where(active)
    .groupBy(verifications.method)
    .orderBy(verifications.method);
  const byDistrict = await db
    .select({ districtId: verifications.districtId, count: count() })
    .from(verifications)
    .where(active)
    .groupBy(verifications.districtId)
    .orderBy(desc(count()), verifications.districtId);
  const [revoked] = await db.select({ n: count() }).from(verifications).where(isNotNull(verifications.revokedAt));
  const [register] = await db.select({ n: count(), last: max(residentRegister.importedAt) }).from(residentRegister);
  return {
    active: byMethod.reduce((s, r) => s + r.count, 0),
    revoked: revoked?.n ?? 0,
    byMethod,
    byDistrict,
    register: { entries: register?.n ?? 0, lastImportedAt: register?.last ?? null },
  };
}
