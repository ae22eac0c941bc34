import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notVisible, type Decision } from '../../core/auth/decision.js';
import type { CyclePhase } from './domain/phases.js';
import type { ProposalStatus } from './domain/proposal-rules.js';

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

const isUser = (actor: Actor): actor is Extract<Actor, { kind: 'user' }> => actor.kind === 'user';
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
export function canManageCycles(actor: Actor): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  return isAdmin(actor) ? allow : deny('not_administrator');
}

/** Who may see a cycle: anyone once it is announced (informing or later); administrators also drafts. */
export function canReadCycle(actor: Actor, phase: CyclePhase): Decision {
  return phase !== 'draft' || isAdmin(actor) ? allow : notVisible('cycle_not_found');
}

/** Who may propose: signed-in residents with a confirmed e-mail, while the cycle takes ideas. */
export function canCreateProposal(actor: Actor, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (phase !== 'intake') return deny('cycle_intake_closed');
  return allow;
}

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
export function canEditProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, p) && !isCoauthor(actor, p)) return deny('not_proposal_author');
  if (p.status !== 'submitted') return deny('proposal_not_editable');
  if (phase !== 'intake') return deny('proposal_edit_closed');
  return allow;
}

/** Who may add or remove co-authors: the author, on the same terms as editing. */
export function canManageCoauthors(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, p)) return deny('not_proposal_author');
  return canEditProposal(actor, p, phase);
}

/** A co-author may always take their own name off (declining the invitation), while the proposal is editable. */
export function canLeaveProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isCoauthor(actor, p)) return deny('not_proposal_author');
  return canEditProposal(actor, p, phase);
}

/** Who may withdraw a proposal: its author, before voting starts (not once merged or withdrawn). */
export function canWithdrawProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, p)) return deny('not_proposal_author');
  if (p.status === 'withdrawn' || p.status === 'merged') return deny('proposal_not_editable');
  if (phase !== 'intake' && phase !== 'review') return deny('proposal_withdraw_closed');
  return allow;
}

/** Who may support a proposal: signed-in residents with a confirmed e-mail, not its authors, during intake. */
export function canSupportProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (isAuthor(actor, p) || isCoauthor(actor, p)) return deny('proposal_support_own');
  if (phase !== 'intake' || p.status !== 'submitted' || p.moderation !== 'visible') return deny('proposal_support_closed');
  return allow;
}

/** Who may comment on a proposal: anyone signed in, while it is public, during intake and review. */
export function canCommentOnProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (p.moderation !== 'visible' || p.status === 'withdrawn') return deny('proposal_not_public');
  if (phase !== 'intake' && phase !== 'review') return deny('proposal_comments_closed');
  return allow;
}

/** True when one of the assignments covers the proposal (its heading, its topic, or the whole cycle). */
export function assignmentCovers(assignments: ExpertAssignment[], p: { headingId: string; topic: string }): boolean {
  return assignments.some((a) => (a.headingId === null || a.headingId === p.headingId) && (a.topic === null || a.topic === p.topic));
}

/** Who sees a review queue: experts with an assignment in the cycle, and administrators. */
export function canSeeReviewQueue(actor: Actor, assignments: ExpertAssignment[]): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (isAdmin(actor) || (hasRole(actor, 'expert') && assignments.length)) return allow;
  return deny('not_proposal_expert');
}

/**
 * Who may decide on a proposal (feasible / not feasible) or merge it: an expert assigned to its heading or
 * topic (or the whole cycle), or an administrator; during the review phase; not a withdrawn or merged one.
 */
export function canReviewProposal(actor: Actor, p: ProposalFacts, phase: CyclePhase, assignments: ExpertAssignment[]): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAdmin(actor) && !(hasRole(actor, 'expert') && assignmentCovers(assignments, p))) return deny('not_proposal_expert');
  if (phase !== 'review') return deny('cycle_review_closed');
  if (p.status === 'withdrawn' || p.status === 'merged') return deny('proposal_not_reviewable');
  return allow;
}
