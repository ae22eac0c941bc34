import { hasRole } from '../../core/auth/actor.js';
import { allow, deny, signedIn } from '../../core/auth/decision.js';

/** Who imports and refreshes the places layers (from the command line, or the admin import page): administrators. */
export const canImportPlaces = signedIn(function canImportPlaces(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
