import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';
import type { Role, UserActor } from '../../core/auth/actor.js';
import { isBlockedNow } from './domain/account-rules.js';

const isCityAdmin = (actor: UserActor) => actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');

/** Who may list, read and manage accounts and their roles: city administrators. */
export const canManageUsers = signedIn(function canManageUsers(actor) {
  return isCityAdmin(actor) ? allow : deny('not_administrator');
});

/**
 * Who may block an account (or lift a block): city administrators anyone (but see canRevokeRole for
 * the last administrator); city moderators only people who hold no role, as a measure against abuse
 * of the community — never to silence staff.
 */
export const canBlockUser = signedIn(function canBlockUser(actor, target: { roles: readonly { role: Role }[] }) {
  if (isCityAdmin(actor)) return allow;
  const cityModerator = actor.roles.some((g) => g.role === 'moderator' && g.scopeType === 'city');
  if (!cityModerator) return deny('not_moderator');
  return target.roles.length ? deny('cannot_block_staff') : allow;
});

/** Who may read the outgoing mail: city administrators. */
export const canReadOutbox = signedIn(function canReadOutbox(actor) {
  return isCityAdmin(actor) ? allow : deny('not_administrator');
});

/** Who may read and change their own account (profile, password): anyone signed in (a blocked account has no session). */
export const canUseOwnAccount = signedIn(function canUseOwnAccount() {
  return allow;
});

/**
 * Who may grant a role. Administrators grant everything; a role scoped to a department or
 * district needs that scope named.
 */
export const canGrantRole = signedIn(function canGrantRole(actor, grant: { role: Role; scopeType: string; scopeId: string | null }) {
  if (!isCityAdmin(actor)) return deny('not_administrator');
  if (grant.scopeType === 'city' && grant.scopeId !== null) return deny('scope_not_expected');
  if (grant.scopeType !== 'city' && !grant.scopeId) return deny('scope_required');
  if (grant.role === 'administrator' && grant.scopeType !== 'city') return deny('administrator_city_only');
  if (grant.role === 'official' && grant.scopeType !== 'department') return deny('official_needs_department');
  return allow;
});

/**
 * Who may revoke a role: administrators — but never the city's last administrator grant, whoever asks
 * (not now: another administrator must be named first).
 */
export const canRevokeRole = signedIn(function canRevokeRole(actor, grant: { role: Role }, facts: { cityAdministrators: number }) {
  if (!isCityAdmin(actor)) return deny('not_administrator');
  if (grant.role === 'administrator' && facts.cityAdministrators <= 1) return notNow('last_administrator');
  return allow;
});

/**
 * Whether an account whose password was just given may have a session: not while it is blocked
 * (`account_blocked`, or `account_blocked_until` a date), nor before its e-mail is confirmed.
 */
export function canSignIn(account: { blockedAt: Date | null; blockedUntil: Date | null; emailConfirmedAt: Date | null }, now: Date): Decision {
  if (isBlockedNow(account, now)) return deny(account.blockedUntil ? 'account_blocked_until' : 'account_blocked');
  if (!account.emailConfirmedAt) return deny('email_not_confirmed');
  return allow;
}

/**
 * Who may find a person at a desk by their code, e-mail or name: the staff who act on a person standing
 * before them — verifiers (any scope) at the verification desk and administrators (who grant points).
 */
export const canFindPeopleAtDesk = signedIn(function canFindPeopleAtDesk(actor) {
  return actor.roles.some((g) => g.role === 'verifier' || (g.role === 'administrator' && g.scopeType === 'city')) ? allow : deny('not_desk_staff');
});

/**
 * Who may delete an account: its owner only (there is no route to delete or export another's) — but not the city's
 * last administrator (not now: name another administrator first, or nobody could run the city).
 */
export const canDeleteOwnAccount = signedIn(function canDeleteOwnAccount(_actor, facts: { isCityAdministrator: boolean; cityAdministrators: number }) {
  if (facts.isCityAdministrator && facts.cityAdministrators <= 1) return notNow('last_administrator');
  return allow;
});
