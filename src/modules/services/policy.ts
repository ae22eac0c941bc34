import { hasRole, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';

/** What the rules need to know about a life role or a service. */
export interface CatalogueFacts {
  moderation: 'visible' | 'held' | 'hidden';
  proposedBy: string | null;
}

const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isModerator = (actor: Actor) => hasRole(actor, 'moderator');

/**
 * Who may see a role or a service: anyone once visible; a proposal waiting for moderation (or hidden): its proposer,
 * moderators and administrators (404 to others).
 */
export function canReadCatalogueItem(actor: Actor, item: CatalogueFacts): Decision {
  if (item.moderation === 'visible' || isAdmin(actor) || isModerator(actor)) return allow;
  if (actor.kind === 'user' && item.proposedBy === actor.userId) return allow;
  return notVisible('service_not_found');
}

/** Who edits the catalogue (roles and services), imports it and reads residents' usefulness marks: administrators. */
export const canAdministerServices = signedIn(function canAdministerServices(actor) {
  return isAdmin(actor) ? allow : deny('not_administrator');
});

/** Who proposes a role or a service to the catalogue (moderated before anyone else sees it): any signed-in resident. */
export const canProposeToCatalogue = signedIn(function canProposeToCatalogue() {
  return allow;
});

/** Who chooses their own life roles in the profile, and reads them: the signed-in person, for themselves only. */
export const canChooseMyRoles = signedIn(function canChooseMyRoles() {
  return allow;
});

/** Who marks a service useful or not: any signed-in resident, on a service that is public (404 otherwise). */
export const canMarkService = signedIn(function canMarkService(_actor, item?: CatalogueFacts) {
  if (item && item.moderation !== 'visible') return notVisible('service_not_found');
  return allow;
});
