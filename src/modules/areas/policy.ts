import { allow, signedIn } from '../../core/auth/decision.js';

/**
 * Who may keep saved places and area alerts and read them: the signed-in person, for their own only (another
 * person's place answers 404 as if it did not exist).
 */
export const canManageOwnAreas = signedIn(function canManageOwnAreas() {
  return allow;
});
