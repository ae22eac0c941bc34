import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, signInFirst, type Decision } from '../../core/auth/decision.js';
import {
  pollEligibility,
  pollState,
  respondentPlace,
  type PollEligibility,
  type PollRefusal,
  type PollTargets,
  type RespondentFacts,
} from './domain/eligibility.js';

const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');

/** Who may create polls, list drafts and read the free-text answers: administrators (city-wide). */
export const canManagePolls = signedIn(function canManagePolls(actor) {
  return isAdmin(actor) ? allow : deny('not_administrator');
});

/** Who sees a poll: anyone once published; a draft only administrators (others are told it does not exist). */
export function canReadPoll(actor: Actor, poll: Pick<PollTargets, 'publishedAt'>): Decision {
  return poll.publishedAt || isAdmin(actor) ? allow : notVisible('poll_not_found');
}

/**
 * Who may replace a poll's settings and questions: administrators, while it is a draft or, once published, until it
 * opens (nobody can have answered). Not after: its questions are what people answered.
 */
export const canEditPoll = signedIn(function canEditPoll(actor, poll: Pick<PollTargets, 'publishedAt' | 'opensAt'>, now: Date) {
  if (!isAdmin(actor)) return deny('not_administrator');
  return poll.publishedAt && poll.opensAt <= now ? notNow('poll_opened') : allow;
});

/** Whether a poll can be published at `now`, by whoever publishes it: a draft that does not close in the past. */
export function isPublishable(poll: Pick<PollTargets, 'publishedAt' | 'closesAt'>, now: Date): Decision {
  if (poll.publishedAt) return notNow('poll_not_draft');
  return poll.closesAt <= now ? notNow('poll_closes_in_past') : allow;
}

/** Who may publish a draft: administrators, while it can still be answered. */
export const canPublishPoll = signedIn(function canPublishPoll(actor, poll: Pick<PollTargets, 'publishedAt' | 'closesAt'>, now: Date) {
  if (!isAdmin(actor)) return deny('not_administrator');
  return isPublishable(poll, now);
});

/** Who may close a poll early and freeze its results: administrators, once it is published and until it is closed. */
export const canClosePoll = signedIn(function canClosePoll(actor, poll: Pick<PollTargets, 'publishedAt' | 'closedAt'>) {
  if (!isAdmin(actor)) return deny('not_administrator');
  if (!poll.publishedAt) return notNow('poll_not_published');
  return poll.closedAt ? notNow('poll_already_closed') : allow;
});

/** What is known of a would-be respondent besides the account: their active verification, and whether they answered. */
export type RespondentRecord = Omit<RespondentFacts, 'signedIn' | 'accountDistrictId'>;

/** The facts the eligibility rule takes; the verification is trusted only with the account's `verified` level. */
function respondentFacts(actor: Actor, f: RespondentRecord): RespondentFacts {
  return {
    ...f,
    signedIn: actor.kind === 'user',
    verified: hasVerification(actor, 'verified') ? f.verified : null,
    accountDistrictId: actor.kind === 'user' ? actor.districtId : null,
  };
}

/** Whether the actor may answer a poll now, and why not (the poll's page explains it, to anyone). */
export function respondEligibility(actor: Actor, poll: PollTargets, f: RespondentRecord, now: Date): PollEligibility {
  return pollEligibility(poll, respondentFacts(actor, f), now);
}

/** The district and age band a response is recorded with (the verified ones, or the account's district). */
export const respondentPlaceOf = (actor: Actor, f: RespondentRecord) => respondentPlace(respondentFacts(actor, f));

/** How each refusal of the eligibility rule is answered. */
function refusal(reason: PollRefusal): Decision {
  switch (reason) {
    case 'unauthenticated':
      return signInFirst;
    // nobody answers a draft, and only administrators know it exists
    case 'poll_not_published':
      return notVisible('poll_not_found');
    // the moment, or the person's earlier response: not who they are
    case 'poll_not_open':
    case 'poll_closed':
    case 'poll_already_answered':
      return notNow(reason);
    // who they are: verification, district, age
    case 'poll_not_verified':
    case 'poll_district_unknown':
    case 'poll_not_in_district':
    case 'poll_age_unknown':
    case 'poll_not_in_age_band':
      return deny(reason);
  }
}

/**
 * Who may answer a poll at `now`: a signed-in person the poll's eligibility rule admits (published, open, verified
 * when it must be, in its districts and age bands, not answered yet). The refusal keeps the rule's reason.
 */
export const canRespond = signedIn(function canRespond(actor, poll: PollTargets, f: RespondentRecord, now: Date) {
  const e = respondEligibility(actor, poll, f, now);
  return e.eligible ? allow : refusal(e.reason);
});

/** Who may see a poll's results: administrators always; everyone once closed, or while open when the poll shows live results. */
export function canSeeResults(
  actor: Actor,
  poll: Pick<PollTargets, 'publishedAt' | 'opensAt' | 'closesAt' | 'closedAt'> & { resultsVisibility: 'live' | 'after_close' },
  now: Date,
): Decision {
  if (isAdmin(actor)) return allow;
  const state = pollState(poll, now);
  if (state === 'closed') return allow;
  if (poll.resultsVisibility === 'live' && (state === 'open' || state === 'closing')) return allow;
  return notNow('poll_results_hidden');
}

/** Whether anonymised responses and receipts are published, to anyone: once the poll is closed. */
export function canReadResponses(_actor: Actor, poll: { closedAt: Date | null }): Decision {
  return poll.closedAt ? allow : notNow('poll_responses_not_published');
}
