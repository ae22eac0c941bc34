import { allow, deny, type Decision } from '../../core/auth/decision.js';
import type { Actor, Role } from '../../core/auth/actor.js';

/** Who may list, read and manage accounts and their roles: city administrators. */
export function canManageUsers(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return isCityAdmin(actor) ? allow : deny('not_administrator');
}

/**
 * Who may block an account (or lift a block): city administrators anyone (but see canRevokeRole for
 * the last administrator); city moderators only people who hold no role, as a measure against abuse
 * of the community — never to silence staff.
 */
export function canBlockUser(actor: Actor, target: { roles: readonly { role: Role }[] }): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (isCityAdmin(actor)) return allow;
  const cityModerator = actor.roles.some((g) => g.role === 'moderator' && g.scopeType === 'city');
  if (!cityModerator) return deny('not_moderator');
  return target.roles.length ? deny('cannot_block_staff') : allow;
}

/** Who may read the outgoing mail: city administrators. */
export function canReadOutbox(actor: Actor): Decision {
  return canManageUsers(actor);
}

/** Who may change their own profile: any signed-in person not blocked. */
export function canEditOwnProfile(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/**
 * Who may grant a role. Administrators grant everything; a role scoped to a department or
 * district needs that scope named.
 */
export function canGrantRole(actor: Actor, grant: { role: Role; scopeType: string; scopeId: string | null }): Decision {
  const admin = canManageUsers(actor);
  if (!admin.allowed) return admin;
  if (grant.scopeType === 'city' && grant.scopeId !== null) return deny('scope_not_expected');
  if (grant.scopeType !== 'city' && !grant.scopeId) return deny('scope_required');
  if (grant.role === 'administrator' && grant.scopeType !== 'city') return deny('administrator_city_only');
  if (grant.role === 'official' && grant.scopeType !== 'department') return deny('official_needs_department');
  return allow;
}

/** Who may revoke a role: administrators, but never the city's last administrator grant. */
export function canRevokeRole(actor: Actor, grant: { role: Role }, facts: { cityAdministrators: number }): Decision {
  const admin = canManageUsers(actor);
  if (!admin.allowed) return admin;
  if (grant.role === 'administrator' && facts.cityAdministrators <= 1) return deny('last_administrator');
  return allow;
}

function isCityAdmin(actor: Actor): boolean {
  return actor.kind === 'user' && actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');
}
