import { allow, deny, signedIn } from '../../core/auth/decision.js';
import { hasRole } from '../../core/auth/actor.js';

/** Who may change the working-day calendar: city administrators. */
export const canEditCalendar = signedIn(function canEditCalendar(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/** Who may change the city's identity (name, clock, map, logo, contacts, languages): city administrators. */
export const canEditCityIdentity = signedIn(function canEditCityIdentity(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/** Who may import, rename and remove districts: city administrators. */
export const canManageDistricts = signedIn(function canManageDistricts(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
