import { allow, deny, type Decision } from '../../core/auth/decision.js';
import { hasRole, type Actor } from '../../core/auth/actor.js';

/** Who may change the working-day calendar: city administrators. */
export function canEditCalendar(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}
