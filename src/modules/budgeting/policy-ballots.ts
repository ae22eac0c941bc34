import { hasRole, hasVerification, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, signInFirst, signedIn, type Decision, type Denied } from '../../core/auth/decision.js';
import { eligibility, votingPhaseProblem, type EligibilityFacts, type IneligibleReason } from './domain/eligibility.js';
import type { CyclePhase } from './domain/phases.js';

/**
 * Facts about the heading, cycle and voter that the ballot rules need (the voter's role and level come from the
 * actor); `tallied` says the heading's tally exists (a ballot would no longer be counted).
 */
export type VoteFacts = Omit<EligibilityFacts, 'signedIn' | 'isOfficial' | 'verified'> & { verified: EligibilityFacts['verified']; tallied: boolean };

/** What each reason the domain gives for not voting means: the moment (not now), or the person (not you). */
const voteRefusal: Readonly<Record<IneligibleReason, (reason: string) => Denied>> = {
  ballot_voting_not_open: notNow,
  ballot_voting_closed: notNow,
  unauthenticated: () => signInFirst,
  ballot_not_verified: deny,
  ballot_age_unknown: deny,
  ballot_too_young: deny,
  ballot_not_resident: deny,
  ballot_officials_excluded: deny,
};

/** Whether the heading takes ballots now, whoever asks: its cycle is in the voting phase and it is not tallied. */
export function canVoteNow(f: Pick<VoteFacts, 'phase' | 'tallied'>): Decision {
  const problem = votingPhaseProblem(f.phase);
  if (problem) return notNow(problem);
  return f.tallied ? notNow('ballot_voting_closed') : allow;
}

/**
 * The gate for casting a ballot on a heading: the moment (voting, not tallied: 409), then the person (403): a
 * verified account with an active verification, old enough, resident of a residents-only heading's district, not an
 * official when the cycle excludes them. Its message figures are `voteParams` (the minimum age).
 */
export const canVote = signedIn(function canVote(actor: UserActor, f: VoteFacts): Decision {
  const moment = canVoteNow(f);
  if (!moment.allowed) return moment;
  const e = eligibility({
    ...f,
    signedIn: true,
    verified: hasVerification(actor, 'verified') ? f.verified : null,
    isOfficial: hasRole(actor, 'official'),
  });
  return e.eligible ? allow : voteRefusal[e.reason](e.reason);
});

/** The figures a refusal to vote names in its message (`error.ballot_too_young`: the minimum age). */
export const voteParams = (f: Pick<VoteFacts, 'cycle'>): Record<string, number> => ({ minAge: f.cycle.minAge });

/**
 * What a heading's ballot page tells the caller about voting: the moment first, so that a visitor learns that voting
 * has not opened or is over rather than to sign in; then the gate (canVote).
 */
export function voteStanding(actor: Actor, f: VoteFacts): Decision {
  const moment = canVoteNow(f);
  return moment.allowed ? canVote(actor, f) : moment;
}

const afterVoting = (phase: CyclePhase) => phase === 'tallying' || phase === 'results' || phase === 'implementation';
/** Whether a tally's results are public in this phase (from the results phase on). */
export const resultsPublic = (phase: CyclePhase) => phase === 'results' || phase === 'implementation';

/** Who may compute a heading's tally: administrators, once voting is over (recomputing replaces it). */
export const canTally = signedIn(function canTally(actor: UserActor, phase: CyclePhase): Decision {
  if (!hasRole(actor, 'administrator')) return deny('not_administrator');
  return afterVoting(phase) ? allow : notNow('tally_voting_not_over');
});

/** Who may override a rule's winners with a published reason: administrators, after a tally. */
export const canOverride = signedIn(function canOverride(actor: UserActor, tallied: boolean): Decision {
  if (!hasRole(actor, 'administrator')) return deny('not_administrator');
  return tallied ? allow : notNow('override_no_tally');
});

/**
 * Who may read a heading's results and its ballot file: everyone from the results phase on, once tallied;
 * administrators as soon as the tally exists (to check it before publication).
 */
export function canReadResults(actor: Actor, phase: CyclePhase, tallied: boolean): Decision {
  if (!tallied) return notNow('results_not_published');
  if (resultsPublic(phase) || hasRole(actor, 'administrator')) return allow;
  return notNow('results_not_published');
}

/** Whether a receipt may be looked up (a rule about the heading alone): its ballots are published. */
export function canFindReceipt(phase: CyclePhase, tallied: boolean): Decision {
  return tallied && resultsPublic(phase) ? allow : notNow('receipt_not_published');
}

/** Who may see the tally overview of a cycle (ballot counts before publication): administrators. */
export const canSeeTallyOverview = signedIn(function canSeeTallyOverview(actor: UserActor): Decision {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
