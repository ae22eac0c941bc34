import { hasRole } from '../../core/auth/actor.js';
import { allow, deny, signedIn } from '../../core/auth/decision.js';

/**
 * Who may create, edit, retire, merge, delete and import departments: city administrators (as for the
 * classifier and routing, which departments are the other half of). Whether a department's state allows
 * the step (open reports, routing rules) is the domain's department-rules, answered 409 with the counts.
 */
export const canManageDepartments = signedIn(function canManageDepartments(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
