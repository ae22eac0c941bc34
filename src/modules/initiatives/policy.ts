import { hasRole, hasVerification, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, signInFirst, type Decision } from '../../core/auth/decision.js';
import {
  authorEligibility,
  joinEligibility,
  supportEligibility,
  type Eligibility,
  type InitiativePlace,
  type InitiativeRefusal,
  type PersonFacts,
} from './domain/eligibility.js';
import { canMove, type InitiativeStatus } from './domain/lifecycle.js';

/** What the rules need to know about an initiative. */
export interface InitiativeFacts extends InitiativePlace {
  authorId: string;
  coinitiatorIds: readonly string[];
  status: InitiativeStatus;
  departmentId: string | null;
  moderation: 'visible' | 'held' | 'hidden';
  supportOpensAt: Date | null;
  supportClosesAt: Date | null;
}

/** The person's active verification (from the verification module), or null. */
export type VerifiedFact = { districtId: string | null } | null;

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isAuthor = (actor: Actor, i: Pick<InitiativeFacts, 'authorId'>) => isUser(actor) && actor.userId === i.authorId;

/** How each refusal of the eligibility rules (author, join, support) is answered. */
function refusal(reason: InitiativeRefusal): Decision {
  switch (reason) {
    case 'unauthenticated':
      return signInFirst;
    // who the person is: verification and where they live; the author is not one of their own co-initiators
    case 'initiative_not_verified':
    case 'initiative_district_unknown':
    case 'initiative_not_in_district':
    case 'initiative_author_joins':
      return deny(reason);
    // the initiative's stage, or the person's own earlier step
    case 'initiative_not_draft':
    case 'initiative_already_coinitiator':
    case 'initiative_not_collecting':
    case 'initiative_support_closed':
    case 'initiative_already_supported':
      return notNow(reason);
  }
}
const decisionOf = (e: Eligibility): Decision => (e.eligible ? allow : refusal(e.reason));

/** The facts about a person the eligibility rules take; the verification is trusted only with the account's `verified` level. */
export function personFacts(actor: Actor, verified: VerifiedFact): PersonFacts {
  return { signedIn: isUser(actor), verified: hasVerification(actor, 'verified') ? verified : null };
}

/** Moderators whose scope covers the district (city-wide moderators and administrators: all). */
export function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (!isUser(actor)) return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

/** Experts screen initiatives city-wide: an expert grant with the city scope (a department's expert reviews other things). */
export const isCityExpert = (actor: Actor): boolean => isUser(actor) && actor.roles.some((g) => g.role === 'expert' && g.scopeType === 'city');

/** Who may see an initiative: anyone (a draft by its link too); when hidden or held by moderation, its author, the district's moderators and administrators. */
export function canReadInitiative(actor: Actor, i: Pick<InitiativeFacts, 'authorId' | 'moderation' | 'districtId'>): Decision {
  if (i.moderation === 'visible' || isAuthor(actor, i) || isModeratorOf(actor, i.districtId)) return allow;
  return notVisible('initiative_not_found');
}

/** Who may list initiatives: anyone; their own (`mine`, drafts included) only a signed-in person. */
export function canListInitiatives(actor: Actor, query: { mine?: boolean | undefined }): Decision {
  return query.mine && !isUser(actor) ? signInFirst : allow;
}

/** Who may start an initiative: a verified resident of its place (for a district, verified as living there). */
export const canCreateInitiative = signedIn(function canCreateInitiative(actor, place: InitiativePlace, verified: VerifiedFact) {
  return decisionOf(authorEligibility(place, personFacts(actor, verified)));
});

/** Who may edit an initiative: its author, while it is a draft. */
export const canEditInitiative = signedIn(function canEditInitiative(actor, i: Pick<InitiativeFacts, 'authorId' | 'status'>) {
  if (!isAuthor(actor, i)) return deny('not_initiative_author');
  return i.status === 'draft' ? allow : notNow('initiative_not_draft');
});

/** Who may join a draft as a co-initiator: a verified resident of its place, not its author, once. */
export const canJoinInitiative = signedIn(function canJoinInitiative(actor, i: InitiativeFacts, verified: VerifiedFact) {
  return decisionOf(
    joinEligibility(i, {
      ...personFacts(actor, verified),
      isAuthor: actor.userId === i.authorId,
      isCoinitiator: i.coinitiatorIds.includes(actor.userId),
    }),
  );
});

/** Who may leave: a co-initiator, while the initiative is a draft (after submission the names stand). */
export const canLeaveInitiative = signedIn(function canLeaveInitiative(actor, i: Pick<InitiativeFacts, 'coinitiatorIds' | 'status'>) {
  if (!i.coinitiatorIds.includes(actor.userId)) return deny('initiative_not_coinitiator');
  return i.status === 'draft' ? allow : notNow('initiative_not_draft');
});

/** Who may submit: the author of a draft with at least `minCoinitiators` co-initiators. */
export const canSubmitInitiative = signedIn(function canSubmitInitiative(
  actor,
  i: Pick<InitiativeFacts, 'authorId' | 'status' | 'coinitiatorIds'>,
  minCoinitiators: number,
) {
  const edit = canEditInitiative(actor, i);
  if (!edit.allowed) return edit;
  return i.coinitiatorIds.length >= minCoinitiators ? allow : notNow('initiative_too_few_coinitiators');
});

/** Who may withdraw: the author, while it is a draft or under screening. */
export const canWithdrawInitiative = signedIn(function canWithdrawInitiative(actor, i: Pick<InitiativeFacts, 'authorId' | 'status'>) {
  if (!isAuthor(actor, i)) return deny('not_initiative_author');
  return canMove(i.status, 'withdrawn') ? allow : notNow('initiative_not_withdrawable');
});

/** Who may screen: city-wide experts and administrators, while the initiative is under screening. */
export const canScreenInitiative = signedIn(function canScreenInitiative(actor, i: Pick<InitiativeFacts, 'status'>) {
  if (!isCityExpert(actor) && !isAdmin(actor)) return deny('not_initiative_expert');
  return i.status === 'screening' ? allow : notNow('initiative_not_screening');
});

/** Who may support at `now`: a verified resident of its place, while it collects, once (author and co-initiators too). */
export const canSupportInitiative = signedIn(function canSupportInitiative(actor, i: InitiativeFacts, verified: VerifiedFact, supported: boolean, now: Date) {
  return decisionOf(supportEligibility(i, { ...personFacts(actor, verified), supported }, now));
});

/** Who may answer: officials of the responsible department and administrators, while it awaits the answer (overdue too). */
export const canAnswerInitiative = signedIn(function canAnswerInitiative(actor, i: Pick<InitiativeFacts, 'status' | 'departmentId'>) {
  const official = i.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: i.departmentId });
  if (!official && !isAdmin(actor)) return deny('not_initiative_official');
  return i.status === 'awaiting_answer' ? allow : notNow('initiative_not_awaiting_answer');
});

/** Who may comment: signed-in people while it is screened, collects or awaits the answer (with a stance). */
export const canCommentOnInitiative = signedIn(function canCommentOnInitiative(_actor, i: Pick<InitiativeFacts, 'status'>) {
  return i.status === 'screening' || i.status === 'collecting' || i.status === 'awaiting_answer' ? allow : notNow('initiative_comments_closed');
});

/** Who edits the thresholds per type and scope: city administrators. */
export const canManageInitiativeRules = signedIn(function canManageInitiativeRules(actor) {
  return isAdmin(actor) ? allow : deny('not_administrator');
});
