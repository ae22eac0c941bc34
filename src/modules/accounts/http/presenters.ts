import type { RoleGrant } from '../../../core/auth/actor.js';
import type { UserRow } from '../db/queries.js';
import { isBlockedNow } from '../domain/account-rules.js';

type Grant = RoleGrant & { id: string; grantedAt: Date };

const presentGrant = (g: Grant) => ({ id: g.id, role: g.role, scopeType: g.scopeType, scopeId: g.scopeId, grantedAt: g.grantedAt.toISOString() });

/** The account as its owner sees it. */
export function presentMe(user: UserRow, grants: Grant[]) {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    districtId: user.districtId,
    language: user.language,
    verification: user.verification,
    emailConfirmed: user.emailConfirmedAt !== null,
    hasPassword: user.hasPassword,
    roles: grants.map(presentGrant),
    createdAt: user.createdAt.toISOString(),
  };
}

/** The account as an administrator sees it. */
export function presentAdminUser(user: UserRow, grants: Grant[]) {
  return { ...presentMe(user, grants), ...presentBlock(user) };
}

/** Whether and how an account is blocked now (an expired temporary block reads as not blocked). */
export function presentBlock(user: UserRow) {
  const blocked = isBlockedNow(user, new Date());
  return { blocked, blockedUntil: blocked ? (user.blockedUntil?.toISOString() ?? null) : null, blockReason: blocked ? user.blockReason : null };
}
