import { allow, deny, type Decision } from '../../core/auth/decision.js';
import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';

/** Staff who may verify people in person somewhere: verifiers (any scope) and administrators. */
export function canOpenVerificationDesk(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (hasRole(actor, 'administrator') || hasRole(actor, 'verifier')) return allow;
  return deny('verification_not_verifier');
}

/**
 * Who may verify a person in person as a resident of a district: administrators, city-wide
 * verifiers, and verifiers of that district. Nobody verifies their own account.
 */
export function canVerifyInPerson(actor: Actor, input: { userId: string; districtId: string }): Decision {
  const desk = canOpenVerificationDesk(actor);
  if (!desk.allowed || actor.kind !== 'user') return desk;
  if (actor.userId === input.userId) return deny('verification_not_self');
  if (hasRole(actor, 'administrator') || hasRole(actor, 'verifier', { type: 'district', id: input.districtId })) return allow;
  return deny('verification_not_verifier_of_district');
}

/** Who may see their own verification: anyone signed in. */
export function canSeeOwnVerification(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may verify themself (SMS code, register, OpenID Connect): signed in with a confirmed e-mail. */
export function canVerifySelf(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  return allow;
}

/** Who manages verification (methods, the register, the list, revocation): administrators. */
export function canAdministerVerification(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}
