import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant, type VerificationLevel } from '../../core/auth/actor.js';
import {
  canAdvanceCycle,
  canChangeHeadings,
  canCommentOnProposal,
  canCreateProposal,
  canDeleteHeading,
  canEditProposal,
  canLeaveProposal,
  canListProposals,
  canManageCoauthors,
  canManageCycles,
  canReadCycle,
  canReadHeading,
  canReadProposal,
  canReviewProposal,
  canSeeReviewQueue,
  canSupportProposal,
  canUnsupportProposal,
  canWithdrawProposal,
  type ProposalFacts,
} from './policy.js';

const user = (roles: RoleGrant[], userId = 'u1', verification: VerificationLevel = 'email'): Actor => ({
  kind: 'user',
  userId,
  displayName: 'U',
  verification,
  roles,
  language: 'ru',
  districtId: null,
});
const author = user([], 'author');
const coauthor = user([], 'co');
const resident = user([]);
const unconfirmed = user([], 'u2', 'none');
const expert = user([{ role: 'expert', scopeType: 'city', scopeId: null }], 'expert');
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }], 'admin');
const moderator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }], 'mod');
const p = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  authorId: 'author',
  coauthorIds: ['co'],
  status: 'submitted',
  moderation: 'visible',
  districtId: 'nevsky',
  headingId: 'h1',
  topic: 'ecology',
  ...over,
});
/** A refusal with its kind: 'unauthenticated' 401, 'forbidden' 403 (not you), 'conflict' 409 (not now), 'hidden' 404. */
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');
const yes = { allowed: true };

describe('budgeting policy: cycles and headings', () => {
  it.each([
    ['a visitor', anonymous, signIn],
    ['a resident', resident, no('not_administrator', 'forbidden')],
    ['an expert', expert, no('not_administrator', 'forbidden')],
    ['an administrator', admin, yes],
  ])('managing cycles: %s → %j', (_w, actor, expected) => expect(canManageCycles(actor)).toEqual(expected));

  it.each([
    ['a visitor, a draft', anonymous, 'draft', no('cycle_not_found', 'hidden')],
    ['a resident, a draft', resident, 'draft', no('cycle_not_found', 'hidden')],
    ['an administrator, a draft', admin, 'draft', yes],
    ['a visitor, informing', anonymous, 'informing', yes],
  ] as const)('reading a cycle: %s → %j', (_w, actor, phase, expected) => expect(canReadCycle(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor, a draft', anonymous, 'draft', no('cycle_heading_not_found', 'hidden')],
    ['an administrator, a draft', admin, 'draft', yes],
    ['a visitor, voting', anonymous, 'voting', yes],
  ] as const)('reading a heading: %s → %j', (_w, actor, phase, expected) => expect(canReadHeading(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, 'intake', signIn],
    ['a resident', resident, 'intake', no('not_administrator', 'forbidden')],
    ['an administrator, a draft', admin, 'draft', yes],
    ['an administrator, results', admin, 'results', yes],
    ['an administrator, implementation (the last phase)', admin, 'implementation', no('cycle_last_phase', 'conflict')],
  ] as const)('advancing a cycle: %s → %j', (_w, actor, phase, expected) => expect(canAdvanceCycle(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, 'intake', signIn],
    ['a resident', resident, 'intake', no('not_administrator', 'forbidden')],
    ['an administrator, a draft', admin, 'draft', yes],
    ['an administrator, review', admin, 'review', yes],
    ['an administrator, voting', admin, 'voting', no('cycle_heading_locked', 'conflict')],
    ['an administrator, results', admin, 'results', no('cycle_heading_locked', 'conflict')],
  ] as const)('adding or changing headings: %s → %j', (_w, actor, phase, expected) => expect(canChangeHeadings(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, false, signIn],
    ['a resident', resident, false, no('not_administrator', 'forbidden')],
    ['an administrator, no proposals', admin, false, yes],
    ['an administrator, with proposals', admin, true, no('cycle_heading_has_proposals', 'conflict')],
  ] as const)('removing a heading: %s → %j', (_w, actor, hasProposals, expected) => expect(canDeleteHeading(actor, hasProposals)).toEqual(expected));
});

describe('budgeting policy: proposals', () => {
  it.each([
    ['a visitor, the public list', anonymous, false, yes],
    ['a visitor, their own', anonymous, true, signIn],
    ['a resident, their own', resident, true, yes],
  ] as const)('listing proposals: %s → %j', (_w, actor, mine, expected) => expect(canListProposals(actor, { mine })).toEqual(expected));

  it.each([
    ['a visitor, intake', anonymous, 'intake', signIn],
    ['without a confirmed e-mail', unconfirmed, 'intake', no('email_not_confirmed', 'forbidden')],
    ['a resident, informing', resident, 'informing', no('cycle_intake_closed', 'conflict')],
    ['a resident, review', resident, 'review', no('cycle_intake_closed', 'conflict')],
    ['a resident, intake', resident, 'intake', yes],
  ] as const)('proposing: %s → %j', (_w, actor, phase, expected) => expect(canCreateProposal(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, p(), 'intake', signIn],
    ['the author, intake', author, p(), 'intake', yes],
    ['a co-author, intake', coauthor, p(), 'intake', yes],
    ['another resident', resident, p(), 'intake', no('not_proposal_author', 'forbidden')],
    ['the author, review', author, p(), 'review', no('proposal_edit_closed', 'conflict')],
    ['the author, reviewed', author, p({ status: 'feasible' }), 'intake', no('proposal_not_editable', 'conflict')],
    ['an administrator', admin, p(), 'intake', no('not_proposal_author', 'forbidden')],
  ] as const)('editing: %s → %j', (_w, actor, facts, phase, expected) => expect(canEditProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, p(), 'intake', signIn],
    ['the author, intake', author, p(), 'intake', yes],
    ['a co-author', coauthor, p(), 'intake', no('not_proposal_author', 'forbidden')],
    ['the author, review', author, p(), 'review', no('proposal_edit_closed', 'conflict')],
  ] as const)('managing co-authors: %s → %j', (_w, actor, facts, phase, expected) => expect(canManageCoauthors(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, p(), 'intake', signIn],
    ['a co-author, intake', coauthor, p(), 'intake', yes],
    ['the author (not a co-author)', author, p(), 'intake', no('not_proposal_author', 'forbidden')],
    ['a co-author, reviewed', coauthor, p({ status: 'unfeasible' }), 'intake', no('proposal_not_editable', 'conflict')],
  ] as const)('taking one’s name off: %s → %j', (_w, actor, facts, phase, expected) => expect(canLeaveProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, p(), 'intake', signIn],
    ['the author, review', author, p(), 'review', yes],
    ['a co-author', coauthor, p(), 'intake', no('not_proposal_author', 'forbidden')],
    ['the author, voting', author, p({ status: 'feasible' }), 'voting', no('proposal_withdraw_closed', 'conflict')],
    ['the author, merged', author, p({ status: 'merged' }), 'review', no('proposal_not_editable', 'conflict')],
  ] as const)('withdrawing: %s → %j', (_w, actor, facts, phase, expected) => expect(canWithdrawProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, p(), 'intake', signIn],
    ['a resident, intake', resident, p(), 'intake', yes],
    ['the author', author, p(), 'intake', no('proposal_support_own', 'forbidden')],
    ['a co-author', coauthor, p(), 'intake', no('proposal_support_own', 'forbidden')],
    ['a resident, review', resident, p(), 'review', no('proposal_support_closed', 'conflict')],
    ['a resident, held', resident, p({ moderation: 'held' }), 'intake', no('proposal_support_closed', 'conflict')],
    ['without a confirmed e-mail', unconfirmed, p(), 'intake', no('email_not_confirmed', 'forbidden')],
  ] as const)('supporting: %s → %j', (_w, actor, facts, phase, expected) => expect(canSupportProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, 'intake', signIn],
    ['a resident, intake', resident, 'intake', yes],
    ['a resident, review', resident, 'review', no('proposal_support_closed', 'conflict')],
  ] as const)('taking a support back: %s → %j', (_w, actor, phase, expected) => expect(canUnsupportProposal(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor, public', anonymous, p(), yes],
    ['a visitor, hidden', anonymous, p({ moderation: 'hidden' }), no('proposal_not_found', 'hidden')],
    ['the author, hidden', author, p({ moderation: 'hidden' }), yes],
    ['a co-author, held', coauthor, p({ moderation: 'held' }), yes],
    ['the district moderator, hidden', moderator, p({ moderation: 'hidden' }), yes],
    ['another district’s moderator, hidden', moderator, p({ moderation: 'hidden', districtId: 'admiralteysky' }), no('proposal_not_found', 'hidden')],
  ] as const)('reading: %s → %j', (_w, actor, facts, expected) => expect(canReadProposal(actor, facts)).toEqual(expected));

  it.each([
    ['a resident, intake', resident, p(), 'intake', yes],
    ['a resident, review', resident, p(), 'review', yes],
    ['a resident, voting', resident, p({ status: 'feasible' }), 'voting', no('proposal_comments_closed', 'conflict')],
    ['a resident, withdrawn', resident, p({ status: 'withdrawn' }), 'intake', no('proposal_not_public', 'conflict')],
    ['the author, held', author, p({ moderation: 'held' }), 'intake', no('proposal_not_public', 'conflict')],
    ['a visitor', anonymous, p(), 'intake', signIn],
  ] as const)('commenting: %s → %j', (_w, actor, facts, phase, expected) => expect(canCommentOnProposal(actor, facts, phase)).toEqual(expected));
});

describe('budgeting policy: expert review', () => {
  it.each([
    ['a visitor', anonymous, [], signIn],
    ['an expert with an assignment', expert, [{ headingId: null, topic: null }], yes],
    ['an expert without one', expert, [], no('not_proposal_expert', 'forbidden')],
    ['a resident with an assignment but no role', resident, [{ headingId: null, topic: null }], no('not_proposal_expert', 'forbidden')],
    ['an administrator', admin, [], yes],
  ] as const)('the review queue: %s → %j', (_w, actor, assignments, expected) => expect(canSeeReviewQueue(actor, [...assignments])).toEqual(expected));

  it.each([
    ['a visitor', anonymous, [], p(), 'review', signIn],
    ['an expert of the heading', expert, [{ headingId: 'h1', topic: null }], p(), 'review', yes],
    ['an expert of the topic', expert, [{ headingId: null, topic: 'ecology' }], p(), 'review', yes],
    ['an expert of the whole cycle', expert, [{ headingId: null, topic: null }], p(), 'review', yes],
    ['an expert of another heading', expert, [{ headingId: 'h2', topic: null }], p(), 'review', no('not_proposal_expert', 'forbidden')],
    ['an expert of another topic in the heading', expert, [{ headingId: 'h1', topic: 'sport' }], p(), 'review', no('not_proposal_expert', 'forbidden')],
    ['an expert without an assignment', expert, [], p(), 'review', no('not_proposal_expert', 'forbidden')],
    ['a resident with an assignment but no role', resident, [{ headingId: null, topic: null }], p(), 'review', no('not_proposal_expert', 'forbidden')],
    ['an administrator', admin, [], p(), 'review', yes],
    ['an expert, intake', expert, [{ headingId: 'h1', topic: null }], p(), 'intake', no('cycle_review_closed', 'conflict')],
    ['an expert, withdrawn', expert, [{ headingId: 'h1', topic: null }], p({ status: 'withdrawn' }), 'review', no('proposal_not_reviewable', 'conflict')],
    ['an expert, re-deciding', expert, [{ headingId: 'h1', topic: null }], p({ status: 'unfeasible' }), 'review', yes],
  ] as const)('reviewing: %s → %j', (_w, actor, assignments, facts, phase, expected) =>
    expect(canReviewProposal(actor, facts, phase, [...assignments])).toEqual(expected),
  );
});
