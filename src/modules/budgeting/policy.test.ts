import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant, type VerificationLevel } from '../../core/auth/actor.js';
import {
  canCommentOnProposal,
  canCreateProposal,
  canEditProposal,
  canManageCycles,
  canReadProposal,
  canReviewProposal,
  canSupportProposal,
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
/** A refusal as the table states it: not you (403) unless said otherwise. */
const no = (reason: string, kind: DenialKind = reason === 'unauthenticated' ? 'unauthenticated' : reason.endsWith('_not_found') ? 'hidden' : 'forbidden') => ({
  allowed: false,
  reason,
  kind,
});
const yes = { allowed: true };

describe('budgeting policy', () => {
  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('not_administrator')],
    ['an expert', expert, no('not_administrator')],
    ['an administrator', admin, yes],
  ])('managing cycles: %s → %j', (_w, actor, expected) => expect(canManageCycles(actor)).toEqual(expected));

  it.each([
    ['a visitor, intake', anonymous, 'intake', no('unauthenticated')],
    ['without a confirmed e-mail', unconfirmed, 'intake', no('email_not_confirmed')],
    ['a resident, informing', resident, 'informing', no('cycle_intake_closed')],
    ['a resident, review', resident, 'review', no('cycle_intake_closed')],
    ['a resident, intake', resident, 'intake', yes],
  ] as const)('proposing: %s → %j', (_w, actor, phase, expected) => expect(canCreateProposal(actor, phase)).toEqual(expected));

  it.each([
    ['the author, intake', author, p(), 'intake', yes],
    ['a co-author, intake', coauthor, p(), 'intake', yes],
    ['another resident', resident, p(), 'intake', no('not_proposal_author')],
    ['the author, review', author, p(), 'review', no('proposal_edit_closed')],
    ['the author, reviewed', author, p({ status: 'feasible' }), 'intake', no('proposal_not_editable')],
    ['an administrator', admin, p(), 'intake', no('not_proposal_author')],
  ] as const)('editing: %s → %j', (_w, actor, facts, phase, expected) => expect(canEditProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['the author, review', author, p(), 'review', yes],
    ['a co-author', coauthor, p(), 'intake', no('not_proposal_author')],
    ['the author, voting', author, p({ status: 'feasible' }), 'voting', no('proposal_withdraw_closed')],
    ['the author, merged', author, p({ status: 'merged' }), 'review', no('proposal_not_editable')],
  ] as const)('withdrawing: %s → %j', (_w, actor, facts, phase, expected) => expect(canWithdrawProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a resident, intake', resident, p(), 'intake', yes],
    ['the author', author, p(), 'intake', no('proposal_support_own')],
    ['a co-author', coauthor, p(), 'intake', no('proposal_support_own')],
    ['a resident, review', resident, p(), 'review', no('proposal_support_closed')],
    ['a resident, held', resident, p({ moderation: 'held' }), 'intake', no('proposal_support_closed')],
    ['without a confirmed e-mail', unconfirmed, p(), 'intake', no('email_not_confirmed')],
  ] as const)('supporting: %s → %j', (_w, actor, facts, phase, expected) => expect(canSupportProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['a visitor, public', anonymous, p(), yes],
    ['a visitor, hidden', anonymous, p({ moderation: 'hidden' }), no('proposal_not_found')],
    ['the author, hidden', author, p({ moderation: 'hidden' }), yes],
    ['a co-author, held', coauthor, p({ moderation: 'held' }), yes],
    ['the district moderator, hidden', moderator, p({ moderation: 'hidden' }), yes],
    ['another district’s moderator, hidden', moderator, p({ moderation: 'hidden', districtId: 'admiralteysky' }), no('proposal_not_found')],
  ] as const)('reading: %s → %j', (_w, actor, facts, expected) => expect(canReadProposal(actor, facts)).toEqual(expected));

  it.each([
    ['a resident, intake', resident, p(), 'intake', yes],
    ['a resident, review', resident, p(), 'review', yes],
    ['a resident, voting', resident, p({ status: 'feasible' }), 'voting', no('proposal_comments_closed')],
    ['a resident, withdrawn', resident, p({ status: 'withdrawn' }), 'intake', no('proposal_not_public')],
    ['a visitor', anonymous, p(), 'intake', no('unauthenticated')],
  ] as const)('commenting: %s → %j', (_w, actor, facts, phase, expected) => expect(canCommentOnProposal(actor, facts, phase)).toEqual(expected));

  it.each([
    ['an expert of the heading', expert, [{ headingId: 'h1', topic: null }], p(), 'review', yes],
    ['an expert of the topic', expert, [{ headingId: null, topic: 'ecology' }], p(), 'review', yes],
    ['an expert of the whole cycle', expert, [{ headingId: null, topic: null }], p(), 'review', yes],
    ['an expert of another heading', expert, [{ headingId: 'h2', topic: null }], p(), 'review', no('not_proposal_expert')],
    ['an expert of another topic in the heading', expert, [{ headingId: 'h1', topic: 'sport' }], p(), 'review', no('not_proposal_expert')],
    ['an expert without an assignment', expert, [], p(), 'review', no('not_proposal_expert')],
    ['a resident with an assignment but no role', resident, [{ headingId: null, topic: null }], p(), 'review', no('not_proposal_expert')],
    ['an administrator', admin, [], p(), 'review', yes],
    ['an expert, intake', expert, [{ headingId: 'h1', topic: null }], p(), 'intake', no('cycle_review_closed')],
    ['an expert, withdrawn', expert, [{ headingId: 'h1', topic: null }], p({ status: 'withdrawn' }), 'review', no('proposal_not_reviewable')],
    ['an expert, re-deciding', expert, [{ headingId: 'h1', topic: null }], p({ status: 'unfeasible' }), 'review', yes],
  ] as const)('reviewing: %s → %j', (_w, actor, assignments, facts, phase, expected) =>
    expect(canReviewProposal(actor, facts, phase, [...assignments])).toEqual(expected),
  );
});
