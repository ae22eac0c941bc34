import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, type Decision } from '../../core/auth/decision.js';

/** Who may see their own points, history and codes: anyone signed in. */
export function canSeeOwnPoints(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may spend points on a reward: a signed-in person with a confirmed e-mail (the code is theirs to use). */
export function canRedeemReward(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  return allow;
}

/** Who manages rules, levels, rewards, redemptions and adjustments: administrators. */
export function canAdministerPoints(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}
