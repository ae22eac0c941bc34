import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, type Decision } from '../../core/auth/decision.js';
import {
  authorEligibility,
  joinEligibility,
  stateRefusals,
  supportEligibility,
  type Eligibility,
  type InitiativePlace,
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

/** Refusals about the moment or an earlier step, not who the person is: answered 409 rather than 403. */
export const conflictReasons: readonly string[] = [
  ...stateRefusals,
  'initiative_not_coinitiator',
  'initiative_too_few_coinitiators',
  'initiative_not_withdrawable',
  'initiative_not_screening',
  'initiative_not_awaiting_answer',
];

const isUser = (actor: Actor): actor is Extract<Actor, { kind: 'user' }> => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');
const isAuthor = (actor: Actor, i: Pick<InitiativeFacts, 'authorId'>) => isUser(actor) && actor.userId === i.authorId;
const toDecision = (e: Eligibility): Decision => (e.eligible ? allow : conflictReasons.includes(e.reason) ? notNow(e.reason) : deny(e.reason));

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

/** Who may start an initiative: a verified resident of its place (for a district, verified as living there). */
export function canCreateInitiative(actor: Actor, place: InitiativePlace, verified: VerifiedFact): Decision {
  return toDecision(authorEligibility(place, personFacts(actor, verified)));
}

/** Who may edit an initiative: its author, while it is a draft. */
export function canEditInitiative(actor: Actor, i: Pick<InitiativeFacts, 'authorId' | 'status'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, i)) return deny('not_initiative_author');
  return i.status === 'draft' ? allow : deny('initiative_not_draft');
}

/** Who may join a draft as a co-initiator: a verified resident of its place, not its author, once. */
export function canJoinInitiative(actor: Actor, i: InitiativeFacts, verified: VerifiedFact): Decision {
  const userId = isUser(actor) ? actor.userId : null;
  return toDecision(
    joinEligibility(i, {
      ...personFacts(actor, verified),
      isAuthor: userId === i.authorId,
      isCoinitiator: userId !== null && i.coinitiatorIds.includes(userId),
    }),
  );
}

/** Who may leave: a co-initiator, while the initiative is a draft (after submission the names stand). */
export function canLeaveInitiative(actor: Actor, i: Pick<InitiativeFacts, 'coinitiatorIds' | 'status'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!i.coinitiatorIds.includes(actor.userId)) return notNow('initiative_not_coinitiator');
  return i.status === 'draft' ? allow : deny('initiative_not_draft');
}

/** Who may submit: the author of a draft with at least `minCoinitiators` co-initiators. */
export function canSubmitInitiative(actor: Actor, i: Pick<InitiativeFacts, 'authorId' | 'status' | 'coinitiatorIds'>, minCoinitiators: number): Decision {
  const edit = canEditInitiative(actor, i);
  if (!edit.allowed) return edit;
  return i.coinitiatorIds.length >= minCoinitiators ? allow : notNow('initiative_too_few_coinitiators');
}

/** Who may withdraw: the author, while it is a draft or under screening. */
export function canWithdrawInitiative(actor: Actor, i: Pick<InitiativeFacts, 'authorId' | 'status'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isAuthor(actor, i)) return deny('not_initiative_author');
  return canMove(i.status, 'withdrawn') ? allow : notNow('initiative_not_withdrawable');
}

/** Who may screen: city-wide experts and administrators, while the initiative is under screening. */
export function canScreenInitiative(actor: Actor, i: Pick<InitiativeFacts, 'status'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  if (!isCityExpert(actor) && !isAdmin(actor)) return deny('not_initiative_expert');
  return i.status === 'screening' ? allow : notNow('initiative_not_screening');
}

/** Who may support at `now`: a verified resident of its place, while it collects, once (author and co-initiators too). */
export function canSupportInitiative(actor: Actor, i: InitiativeFacts, verified: VerifiedFact, supported: boolean, now: Date): Decision {
  return toDecision(supportEligibility(i, { ...personFacts(actor, verified), supported }, now));
}

/** Who may answer: officials of the responsible department and administrators, while it awaits the answer (overdue too). */
export function canAnswerInitiative(actor: Actor, i: Pick<InitiativeFacts, 'status' | 'departmentId'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  const official = i.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: i.departmentId });
  if (!official && !isAdmin(actor)) return deny('not_initiative_official');
  return i.status === 'awaiting_answer' ? allow : notNow('initiative_not_awaiting_answer');
}

/** Who may comment: signed-in people while it is screened, collects or awaits the answer (with a stance). */
export function canCommentOnInitiative(actor: Actor, i: Pick<InitiativeFacts, 'status'>): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  return i.status === 'screening' || i.status === 'collecting' || i.status === 'awaiting_answer' ? allow : deny('initiative_comments_closed');
}

/** Who edits the thresholds per type and scope: city administrators. */
export function canManageInitiativeRules(actor: Actor): Decision {
  if (!isUser(actor)) return deny('unauthenticated');
  return isAdmin(actor) ? allow : deny('not_administrator');
}
