import type { Language } from '../i18n/i18n.js';

/** Roles beyond "resident" (every account is one); each is granted with a scope. */
export const roles = ['official', 'moderator', 'expert', 'verifier', 'administrator'] as const;
export type Role = (typeof roles)[number];

/** Where a role applies: the whole city, one department, or one district. */
export const scopeTypes = ['city', 'department', 'district'] as const;
export type ScopeType = (typeof scopeTypes)[number];

export interface RoleGrant {
  role: Role;
  scopeType: ScopeType;
  /** Department or district id; null for the city scope. */
  scopeId: string | null;
}

/** How sure the city is of who a person is: later modules require a level (e.g. voting needs `verified`). */
export const verificationLevels = ['none', 'email', 'verified'] as const;
export type VerificationLevel = (typeof verificationLevels)[number];

export interface UserActor {
  kind: 'user';
  userId: string;
  displayName: string;
  verification: VerificationLevel;
  roles: RoleGrant[];
  language: Language;
  districtId: string | null;
}

export interface AnonymousActor {
  kind: 'anonymous';
}

/** Who is making a request. Policies take it as an explicit input. */
export type Actor = UserActor | AnonymousActor;

export const anonymous: AnonymousActor = { kind: 'anonymous' };

const levelRank: Record<VerificationLevel, number> = { none: 0, email: 1, verified: 2 };

/** True when the actor's verification is at least `level`. */
export function hasVerification(actor: Actor, level: VerificationLevel): boolean {
  return actor.kind === 'user' && levelRank[actor.verification] >= levelRank[level];
}

/**
 * True when the actor holds `role` covering the given scope. A city-wide grant covers every
 * department and district; without a scope argument any grant of the role counts.
 */
export function hasRole(actor: Actor, role: Role, scope?: { type: ScopeType; id: string }): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.some((g) => g.role === role && (!scope || g.scopeType === 'city' || (g.scopeType === scope.type && g.scopeId === scope.id)));
}
