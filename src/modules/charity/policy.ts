import { hasRole, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { causeActAllowed, type CauseState } from './domain/charity.js';

/** What the rules need to know about a cause. */
export interface CauseFacts {
  state: CauseState;
  moderation: 'visible' | 'held' | 'hidden';
}

const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');

/** Who may see a cause: anyone once approved (or closed) and not hidden by moderation; a draft or a hidden cause: administrators only. */
export function canReadCause(actor: Actor, c: CauseFacts): Decision {
  if ((c.state !== 'draft' && c.moderation === 'visible') || isAdmin(actor)) return allow;
  return notVisible('cause_not_found');
}

/** Who drafts, edits, approves and closes causes and links them to an organisation's group: administrators. */
export const canAdministerCharity = signedIn(function canAdministerCharity(actor) {
  return isAdmin(actor) ? allow : deny('not_administrator');
});

/**
 * Who posts a cause's dated reports (and with them the collected amount): the owners and admins of the verified
 * organisation group an administrator linked to it (`runsGroup`: they run it now, not banned), and administrators.
 */
export const canReportOnCause = signedIn(function canReportOnCause(actor, c: { runsGroup: boolean }) {
  return c.runsGroup || isAdmin(actor) ? allow : deny('not_cause_organisation');
});

/** Whether the cause's state allows the act now: approve a draft, close an approved cause, edit and report until closed. */
export function causeActNow(c: Pick<CauseFacts, 'state'>, act: 'approve' | 'close' | 'edit' | 'report'): Decision {
  if (causeActAllowed(c.state, act)) return allow;
  if (c.state === 'closed') return notNow('cause_closed');
  return notNow(act === 'approve' ? 'cause_already_approved' : 'cause_not_approved');
}

/** Whether a cause takes pledges of points now: public (approved, not hidden) and not closed. */
export function causeTakesPledges(c: CauseFacts | null): Decision {
  if (!c || c.state === 'draft' || c.moderation !== 'visible') return notVisible('cause_not_found');
  return c.state === 'closed' ? notNow('cause_closed') : allow;
}
