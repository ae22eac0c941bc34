import { hasRole, hasVerification, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signInFirst, signedIn, type Decision } from '../../core/auth/decision.js';
import { nextPhase, type CyclePhase } from './domain/phases.js';
import { phaseBefore, type ProposalStatus } from './domain/proposal-rules.js';

/** What the rules need to know about a proposal. */
export interface ProposalFacts {
  authorId: string | null;
  coauthorIds: string[];
  status: ProposalStatus;
  moderation: 'visible' | 'held' | 'hidden';
  districtId: string | null;
  headingId: string;
  topic: string;
}

/** An expert's assignment in a cycle: a heading, a topic, or (both null) the whole cycle. */
export interface ExpertAssignment {
  headingId: string | null;
  topic: string | null;
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isAuthor = (actor: Actor, p: ProposalFacts) => isUser(actor) && actor.userId === p.authorId;
const isCoauthor = (actor: Actor, p: ProposalFacts) => isUser(actor) && p.coauthorIds.includes(actor.userId);

/** True for moderators whose scope covers the district (city-wide moderators and administrators: all). */
export function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (!isUser(actor)) return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

/** Who runs budgeting cycles (cycles, headings, experts, phases): city administrators. */
export const canManageCycles = signedIn(function canManageCycles(actor: UserActor): Decision {
  return isAdmin(actor) ? allow : deny('not_administrator');
});

/** Who may start a cycle's next phase now: administrators, until the last phase (implementation) has started. */
export const canAdvanceCycle = signedIn(function canAdvanceCycle(actor: UserActor, phase: CyclePhase): Decision {
  if (!isAdmin(actor)) return deny('not_administrator');
  return nextPhase(phase) ? allow : notNow('cycle_last_phase');
});

/** Who may add or change a cycle's headings: administrators, until voting starts (the ballot follows them). */
export const canChangeHeadings = signedIn(function canChangeHeadings(actor: UserActor, phase: CyclePhase): Decision {
  if (!isAdmin(actor)) return deny('not_administrator');
  return phaseBefore(phase, 'voting') ? allow : notNow('cycle_heading_locked');
});

/** Who may remove a heading: administrators, while nobody has proposed anything to it. */
export const canDeleteHeading = signedIn(function canDeleteHeading(actor: UserActor, hasProposals: boolean): Decision {
  if (!isAdmin(actor)) return deny('not_administrator');
  return hasProposals ? notNow('cycle_heading_has_proposals') : allow;
});

/** Who may see a cycle: anyone once it is announced (informing or later); administrators also drafts. */
export function canReadCycle(actor: Actor, phase: CyclePhase): Decision {
  return phase !== 'draft' || isAdmin(actor) ? allow : notVisible('cycle_not_found');
}

/** Who may see a heading's page: as for its cycle. */
export function canReadHeading(actor: Actor, phase: CyclePhase): Decision {
  return phase !== 'draft' || isAdmin(actor) ? allow : notVisible('cycle_heading_not_found');
}

/** Who may list proposals: anyone the public ones; only a signed-in person their own (`mine`, in any state). */
export function canListProposals(actor: Actor, f: { mine: boolean }): Decision {
  return f.mine && !isUser(actor) ? signInFirst : allow;
}

/** Who may propose: signed-in residents with a confirmed e-mail, while the cycle takes ideas. */
export const canCreateProposal = signedIn(function canCreateProposal(actor: UserActor, phase: CyclePhase): Decision {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (phase !== 'intake') return notNow('cycle_intake_closed');
  return allow;
});

/** Who may see a proposal: anyone while it is public; its authors and the district's moderators while held or hidden. */
export function canReadProposal(actor: Actor, p: ProposalFacts): Decision {
  if (p.moderation === 'visible' || isAuthor(actor, p) || isCoauthor(actor, p) || isModeratorOf(actor, p.districtId)) return allow;
  return notVisible('proposal_not_found');
}

/** Who sees the moderation reason: the authors and the proposal's moderators. */
export function canSeeProposalModeration(actor: Actor, p: ProposalFacts): boolean {
  return isAuthor(actor, p) || isCoauthor(actor, p) || isModeratorOf(actor, p.districtId);
}

/** Who may edit a proposal: its author and co-authors, while it is submitted and the cycle still takes ideas. */
export const canEditProposal = signedIn(function canEditProposal(actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isAuthor(actor, p) && !isCoauthor(actor, p)) return deny('not_proposal_author');
  if (p.status !== 'submitted') return notNow('proposal_not_editable');
  if (phase !== 'intake') return notNow('proposal_edit_closed');
  return allow;
});

/** Who may add or remove co-authors: the author, on the same terms as editing. */
export const canManageCoauthors = signedIn(function canManageCoauthors(actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isAuthor(actor, p)) return deny('not_proposal_author');
  return canEditProposal(actor, p, phase);
});

/** A co-author may always take their own name off (declining the invitation), while the proposal is editable. */
export const canLeaveProposal = signedIn(function canLeaveProposal(actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isCoauthor(actor, p)) return deny('not_proposal_author');
  return canEditProposal(actor, p, phase);
});

/** Who may withdraw a proposal: its author, before voting starts (not once merged or withdrawn). */
export const canWithdrawProposal = signedIn(function canWithdrawProposal(actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isAuthor(actor, p)) return deny('not_proposal_author');
  if (p.status === 'withdrawn' || p.status === 'merged') return notNow('proposal_not_editable');
  if (phase !== 'intake' && phase !== 'review') return notNow('proposal_withdraw_closed');
  return allow;
});

/** Who may support a proposal: signed-in residents with a confirmed e-mail, not its authors, during intake. */
export const canSupportProposal = signedIn(function canSupportProposal(actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (isAuthor(actor, p) || isCoauthor(actor, p)) return deny('proposal_support_own');
  if (phase !== 'intake' || p.status !== 'submitted' || p.moderation !== 'visible') return notNow('proposal_support_closed');
  return allow;
});

/** Who may take a support back: a signed-in person (their own support), during intake. */
export const canUnsupportProposal = signedIn(function canUnsupportProposal(_actor: UserActor, phase: CyclePhase): Decision {
  return phase === 'intake' ? allow : notNow('proposal_support_closed');
});

/** Who may comment on a proposal: anyone signed in, while it is public, during intake and review. */
export const canCommentOnProposal = signedIn(function canCommentOnProposal(_actor: UserActor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (p.moderation !== 'visible' || p.status === 'withdrawn') return notNow('proposal_not_public');
  if (phase !== 'intake' && phase !== 'review') return notNow('proposal_comments_closed');
  return allow;
});

/** True when one of the assignments covers the proposal (its heading, its topic, or the whole cycle). */
export function assignmentCovers(assignments: ExpertAssignment[], p: { headingId: string; topic: string }): boolean {
  return assignments.some((a) => (a.headingId === null || a.headingId === p.headingId) && (a.topic === null || a.topic === p.topic));
}

/** Who sees a review queue: experts with an assignment in the cycle, and administrators. */
export const canSeeReviewQueue = signedIn(function canSeeReviewQueue(actor: UserActor, assignments: ExpertAssignment[]): Decision {
  if (isAdmin(actor) || (hasRole(actor, 'expert') && assignments.length)) return allow;
  return deny('not_proposal_expert');
});

/**
 * Who may decide on a proposal (feasible / not feasible) or merge it: an expert assigned to its heading or
 * topic (or the whole cycle), or an administrator; during the review phase; not a withdrawn or merged one.
 */
export const canReviewProposal = signedIn(function canReviewProposal(
  actor: UserActor,
  p: ProposalFacts,
  phase: CyclePhase,
  assignments: ExpertAssignment[],
): Decision {
  if (!isAdmin(actor) && !(hasRole(actor, 'expert') && assignmentCovers(assignments, p))) return deny('not_proposal_expert');
  if (phase !== 'review') return notNow('cycle_review_closed');
  if (p.status === 'withdrawn' || p.status === 'merged') return notNow('proposal_not_reviewable');
  return allow;
});
