import type { Actor } from '../../../core/auth/actor.js';
import type { VerificationListItem, VerificationStats } from '../use-cases/admin-list.js';
import type { MethodSetting } from '../use-cases/method-settings.js';
import type { MyVerification } from '../use-cases/my-verification.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The person's own status (their account number is for the verification desk). */
export function presentMyVerification(actor: Actor, v: MyVerification) {
  return {
    accountId: actor.kind === 'user' ? actor.userId : '',
    verified: v.verified,
    method: v.method,
    districtId: v.districtId,
    ageBand: v.ageBand,
    verifiedAt: iso(v.verifiedAt),
    revoked: v.revoked ? { at: v.revoked.at.toISOString(), reason: v.revoked.reason } : null,
    methods: v.methods,
  };
}

export function presentMethodSettings(items: MethodSetting[]) {
  return { items: items.map((m) => ({ ...m, updatedAt: iso(m.updatedAt) })) };
}

/** Administrators' list: the age band, never the birth date, document or phone. */
export function presentVerificationList(list: { items: VerificationListItem[]; total: number }) {
  return {
    total: list.total,
    items: list.items.map((i) => ({ ...i, verifiedAt: i.verifiedAt.toISOString(), revokedAt: iso(i.revokedAt) })),
  };
}

export function presentStats(s: VerificationStats) {
  return { ...s, register: { entries: s.register.entries, lastImportedAt: iso(s.register.lastImportedAt) } };
}
