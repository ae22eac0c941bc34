import { hasRole } from '../../core/auth/actor.js';
import { allow, deny, signedIn } from '../../core/auth/decision.js';

/** Who may set and import the district populations: city administrators. */
export const canEditPopulation = signedIn(function canEditPopulation(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
