import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notNow, type Decision } from '../../core/auth/decision.js';
import { eligibility, type Eligibility, type EligibilityFacts } from './domain/eligibility.js';
import type { CyclePhase } from './domain/phases.js';

/** Facts about the heading, cycle and voter that the ballot rules need (the voter's role and level come from the actor). */
export type VoteFacts = Omit<EligibilityFacts, 'signedIn' | 'isOfficial' | 'verified'> & { verified: EligibilityFacts['verified'] };

/**
 * Whether the actor may vote on a heading now, and why not: voting phase; signed in; a verified account with an
 * active verification; age; residence; officials excluded when the cycle says so.
 */
export function voteEligibility(actor: Actor, f: VoteFacts): Eligibility {
  return eligibility({
    ...f,
    signedIn: actor.kind === 'user',
    verified: hasVerification(actor, 'verified') ? f.verified : null,
    isOfficial: hasRole(actor, 'official'),
  });
}

/** The gate for casting a ballot (see voteEligibility). */
export function canVote(actor: Actor, f: VoteFacts): Decision {
  const e = voteEligibility(actor, f);
  return e.eligible ? allow : ballotStateDenials.includes(e.reason) ? notNow(e.reason) : deny(e.reason);
}

const afterVoting = (phase: CyclePhase) => phase === 'tallying' || phase === 'results' || phase === 'implementation';
/** Whether a tally's results are public in this phase (from the results phase on). */
export const resultsPublic = (phase: CyclePhase) => phase === 'results' || phase === 'implementation';
const published = resultsPublic;

/** Denials about the moment rather than the person (answered 409). */
export const ballotStateDenials: readonly string[] = [
  'ballot_voting_not_open',
  'ballot_voting_closed',
  'tally_voting_not_over',
  'results_not_published',
  'override_no_tally',
  'receipt_not_published',
];

/** Who may compute a heading's tally: administrators, once voting is over (recomputing replaces it). */
export function canTally(actor: Actor, phase: CyclePhase): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasRole(actor, 'administrator')) return deny('not_administrator');
  return afterVoting(phase) ? allow : notNow('tally_voting_not_over');
}

/** Who may override a rule's winners with a published reason: administrators, after a tally. */
export function canOverride(actor: Actor, tallied: boolean): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasRole(actor, 'administrator')) return deny('not_administrator');
  return tallied ? allow : notNow('override_no_tally');
}

/**
 * Who may read a heading's results and its ballot file: everyone from the results phase on, once tallied;
 * administrators as soon as the tally exists (to check it before publication).
 */
export function canReadResults(actor: Actor, phase: CyclePhase, tallied: boolean): Decision {
  if (!tallied) return notNow('results_not_published');
  if (published(phase) || hasRole(actor, 'administrator')) return allow;
  return notNow('results_not_published');
}

/** Whether a receipt may be looked up: the heading's ballots are published. */
export function canFindReceipt(phase: CyclePhase, tallied: boolean): Decision {
  return tallied && published(phase) ? allow : notNow('receipt_not_published');
}

/** Who may see the tally overview of a cycle (ballot counts before publication): administrators. */
export function canSeeTallyOverview(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}
