import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';
import { hasRole, hasVerification } from '../../core/auth/actor.js';

/** Staff who may verify people in person somewhere: verifiers (any scope) and administrators. */
export const canOpenVerificationDesk = signedIn(function canOpenVerificationDesk(actor) {
  return hasRole(actor, 'administrator') || hasRole(actor, 'verifier') ? allow : deny('verification_not_verifier');
});

/**
 * Who may verify a person in person as a resident of a district: administrators, city-wide
 * verifiers, and verifiers of that district. Nobody verifies their own account.
 */
export const canVerifyInPerson = signedIn(function canVerifyInPerson(actor, input: { userId: string; districtId: string }) {
  const desk = canOpenVerificationDesk(actor);
  if (!desk.allowed) return desk;
  if (actor.userId === input.userId) return deny('verification_not_self');
  if (hasRole(actor, 'administrator') || hasRole(actor, 'verifier', { type: 'district', id: input.districtId })) return allow;
  return deny('verification_not_verifier_of_district');
});

/** Who may see their own verification: anyone signed in. */
export const canSeeOwnVerification = signedIn(function canSeeOwnVerification() {
  return allow;
});

/** Who may verify themself (SMS code, register, OpenID Connect): signed in with a confirmed e-mail. */
export const canVerifySelf = signedIn(function canVerifySelf(actor) {
  return hasVerification(actor, 'email') ? allow : deny('email_not_confirmed');
});

/** Who manages verification (methods, the register, the list, revocation): administrators. */
export const canAdministerVerification = signedIn(function canAdministerVerification(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/**
 * Whether a way of verifying can be used now, whoever asks (not now otherwise): the server must have what it
 * needs (OpenID Connect: its provider, `verification_oidc_not_configured`) and an administrator must have
 * switched it on (`verification_method_disabled`).
 */
export function canUseMethod(method: { configured: boolean; enabled: boolean }): Decision {
  if (!method.configured) return notNow('verification_oidc_not_configured');
  return method.enabled ? allow : notNow('verification_method_disabled');
}

/** Whether an administrator may switch a method on: not before the server has what it needs (not now). */
export function canSwitchMethod(change: { enabling: boolean; configured: boolean }): Decision {
  return change.enabling && !change.configured ? notNow('verification_oidc_not_configured') : allow;
}

/**
 * Whether an account may be verified with an identity (a document, a phone, a provider's subject), whoever
 * verifies it: not an account verified already (`already_verified`), nor with an identity that verifies another
 * account (`identity_already_used`: one person, one verified account) — not now, until that is revoked.
 */
export function canVerifyAccount(facts: { accountVerified: boolean; identityUsedElsewhere?: boolean; identityHeld?: boolean }): Decision {
  if (facts.accountVerified) return notNow('already_verified');
  if (facts.identityUsedElsewhere) return notNow('identity_already_used');
  if (facts.identityHeld) return notNow('identity_held_after_deletion');
  return allow;
}
