import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { voteProblem, type IdeaStatus } from './domain/idea-rules.js';
import { isDiscussionPhase, nextDatedPhase, type CrowdPhase } from './domain/phases.js';

/** The facts of an idea the policies need. */
export interface IdeaFacts {
  authorId: string;
  status: IdeaStatus;
  moderation: 'visible' | 'held' | 'hidden';
}

/** The facts of a project the policies need. */
export interface ProjectFacts {
  publishedAt: Date | null;
  pollId: string | null;
  reportPublishedAt: Date | null;
}

const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isAuthor = (actor: Actor, idea: IdeaFacts) => actor.kind === 'user' && actor.userId === idea.authorId;
const isPublicIdea = (idea: IdeaFacts) => idea.moderation === 'visible' && idea.status !== 'withdrawn';

/** Who lists drafts and creates projects: administrators. */
export const canManageProjects = signedIn(function canManageProjects(actor) {
  return isAdmin(actor) ? allow : deny('not_administrator');
});

/** Who replaces a project's settings and experts: administrators, until its vote starts or its report is out (the poll follows them). */
export const canEditProject = signedIn(function canEditProject(actor, p: Pick<ProjectFacts, 'pollId' | 'reportPublishedAt'>) {
  if (!isAdmin(actor)) return deny('not_administrator');
  return p.pollId || p.reportPublishedAt ? notNow('crowd_project_locked') : allow;
});

/** Who publishes a draft project: administrators, once. */
export const canPublishProject = signedIn(function canPublishProject(actor, p: Pick<ProjectFacts, 'publishedAt'>) {
  if (!isAdmin(actor)) return deny('not_administrator');
  return p.publishedAt ? notNow('crowd_project_already_published') : allow;
});

/** Who starts a published project's next phase now: administrators, until implementation (the report ends a project, not a date). */
export const canAdvanceProject = signedIn(function canAdvanceProject(actor, p: Pick<ProjectFacts, 'publishedAt'>, phase: CrowdPhase) {
  if (!isAdmin(actor)) return deny('not_administrator');
  if (!p.publishedAt) return notNow('crowd_project_not_published');
  return nextDatedPhase(phase) ? allow : notNow('crowd_project_last_phase');
});

/** Who starts the vote over the shortlist: administrators, during selection or voting, once, with at least two shortlisted ideas. */
export const canStartVote = signedIn(function canStartVote(actor, p: { phase: CrowdPhase; hasPoll: boolean; shortlisted: number }) {
  if (!isAdmin(actor)) return deny('not_administrator');
  const problem = voteProblem(p);
  return problem ? notNow(problem.code) : allow;
});

/** Who publishes the implementation report: administrators, during implementation, once. */
export const canPublishReport = signedIn(function canPublishReport(actor, phase: CrowdPhase) {
  if (!isAdmin(actor)) return deny('not_administrator');
  if (phase === 'completed') return notNow('crowd_report_already_published');
  return phase === 'implementation' ? allow : notNow('crowd_report_phase');
});

/** Who sees a project: anyone once published; a draft only administrators (others are told it does not exist). */
export function canReadProject(actor: Actor, p: { published: boolean }): Decision {
  return p.published || isAdmin(actor) ? allow : notVisible('crowd_project_not_found');
}

/**
 * Who sees an idea: anyone while public and its project published; a hidden or held one its author, moderators and
 * administrators; an idea of a draft project only administrators.
 */
export function canReadIdea(actor: Actor, idea: IdeaFacts, project: { published: boolean }): Decision {
  if (!project.published && !isAdmin(actor)) return notVisible('idea_not_found');
  if (idea.moderation === 'visible' || isAuthor(actor, idea) || isAdmin(actor) || hasRole(actor, 'moderator')) return allow;
  return notVisible('idea_not_found');
}

/** Who submits an idea: signed-in residents with a confirmed e-mail, during the ideas phase (district projects too: their vote is targeted). */
export const canSubmitIdea = signedIn(function canSubmitIdea(actor, phase: CrowdPhase) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (phase !== 'ideas') return notNow('crowd_ideas_closed');
  return allow;
});

/** Who withdraws an idea: its author, during the ideas phase, unless it was merged (or withdrawn already). */
export const canWithdrawIdea = signedIn(function canWithdrawIdea(actor, idea: IdeaFacts, phase: CrowdPhase) {
  if (!isAuthor(actor, idea)) return deny('not_idea_author');
  if (idea.status === 'withdrawn' || idea.status === 'merged') return notNow('idea_not_withdrawable');
  if (phase !== 'ideas') return notNow('idea_withdraw_closed');
  return allow;
});

/** Who rates an idea: signed-in residents with a confirmed e-mail, not its author, while it is public and not merged, during ideas and selection. */
export const canRateIdea = signedIn(function canRateIdea(actor, idea: IdeaFacts, phase: CrowdPhase) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (isAuthor(actor, idea)) return deny('idea_rate_own');
  if (!isPublicIdea(idea) || idea.status === 'merged' || !isDiscussionPhase(phase)) return notNow('idea_rating_closed');
  return allow;
});

/** Who comments on an idea: signed-in people, while it is public, during ideas and selection (no stance). */
export const canCommentOnIdea = signedIn(function canCommentOnIdea(_actor, idea: IdeaFacts, phase: CrowdPhase) {
  // those who may still see a withdrawn or hidden idea (its author, moderators) do not discuss it
  if (!isPublicIdea(idea)) return notNow('idea_not_public');
  if (!isDiscussionPhase(phase)) return notNow('idea_comments_closed');
  return allow;
});

/**
 * Who reviews an idea (shortlist, reject, merge): the project's experts and administrators, during ideas, selection
 * and voting until the vote has started (the shortlist is then the poll's options and cannot change); an idea withdrawn
 * or merged is not reviewed again.
 */
export const canReviewIdea = signedIn(function canReviewIdea(
  actor,
  idea: Pick<IdeaFacts, 'status'>,
  f: { isProjectExpert: boolean; phase: CrowdPhase; voteStarted: boolean },
) {
  if (!f.isProjectExpert && !isAdmin(actor)) return deny('not_crowd_expert');
  if (f.voteStarted || (f.phase !== 'ideas' && f.phase !== 'selection' && f.phase !== 'voting')) return notNow('crowd_review_closed');
  if (idea.status === 'withdrawn' || idea.status === 'merged') return notNow('idea_not_reviewable');
  return allow;
});
