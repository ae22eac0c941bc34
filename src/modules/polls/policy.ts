import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, type Decision } from '../../core/auth/decision.js';
import { pollEligibility, pollState, type PollEligibility, type PollTargets, type RespondentFacts } from './domain/eligibility.js';

/** Who may create, edit, publish and close polls and read free texts: administrators (city-wide). */
export function canManagePolls(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}

/** Whether the actor may answer a poll now (the verification fact is trusted only with the account's `verified` level). */
export function respondEligibility(actor: Actor, poll: PollTargets, f: Omit<RespondentFacts, 'signedIn' | 'accountDistrictId'>, now: Date): PollEligibility {
  return pollEligibility(
    poll,
    {
      ...f,
      signedIn: actor.kind === 'user',
      verified: hasVerification(actor, 'verified') ? f.verified : null,
      accountDistrictId: actor.kind === 'user' ? actor.districtId : null,
    },
    now,
  );
}

/** Who may see a poll's results: administrators always; everyone once published and closed, or while open when the poll shows live results. */
export function canSeeResults(
  actor: Actor,
  poll: Pick<PollTargets, 'publishedAt' | 'opensAt' | 'closesAt' | 'closedAt'> & { resultsVisibility: 'live' | 'after_close' },
  now: Date,
): Decision {
  if (hasRole(actor, 'administrator')) return allow;
  const state = pollState(poll, now);
  if (state === 'closed') return allow;
  if (poll.resultsVisibility === 'live' && (state === 'open' || state === 'closing')) return allow;
  return deny('poll_results_hidden');
}

/** Whether anonymised responses and receipts are published: once the poll is closed. */
export function canReadResponses(poll: { closedAt: Date | null }): Decision {
  return poll.closedAt ? allow : deny('poll_responses_not_published');
}
