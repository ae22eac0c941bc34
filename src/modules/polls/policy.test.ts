import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type UserActor } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import type { PollTargets } from './domain/eligibility.js';
import {
  canClosePoll,
  canEditPoll,
  canManagePolls,
  canPublishPoll,
  canReadPoll,
  canReadResponses,
  canRespond,
  canSeeResults,
  respondEligibility,
  respondentPlaceOf,
  type RespondentRecord,
} from './policy.js';

const user = (over: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  userId: 'u',
  displayName: 'U',
  verification: 'email',
  roles: [],
  language: 'en',
  districtId: 'nevsky',
  ...over,
});
const resident = user();
const verified = user({ verification: 'verified' });
const admin = user({ roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }] });
const now = new Date('2027-03-10');
const poll: PollTargets & { resultsVisibility: 'live' | 'after_close' } = {
  publishedAt: new Date('2027-03-01'),
  opensAt: new Date('2027-03-05'),
  closesAt: new Date('2027-03-20'),
  closedAt: null,
  binding: false,
  verifiedOnly: false,
  districtIds: [],
  ageBands: [],
  resultsVisibility: 'after_close',
};
const draft = { ...poll, publishedAt: null };
const upcoming = { ...poll, opensAt: new Date('2027-03-11') };
const closed = { ...poll, closedAt: new Date('2027-03-09') };

const allowed: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');

describe('polls policy: who manages polls', () => {
  it.each<[string, Actor, Decision]>([
    ['anonymous', anonymous, signIn],
    ['a resident', resident, no('not_administrator', 'forbidden')],
    ['an administrator', admin, allowed],
  ])('manage: %s', (_n, actor, decision) => expect(canManagePolls(actor)).toEqual(decision));

  it.each<[string, Actor, typeof poll, Decision]>([
    ['anonymous, a draft', anonymous, draft, signIn],
    ['a resident, a draft', resident, draft, no('not_administrator', 'forbidden')],
    ['an administrator, a draft', admin, draft, allowed],
    ['an administrator, published, not open yet', admin, upcoming, allowed],
    ['an administrator, open', admin, poll, no('poll_opened', 'conflict')],
  ])('edit: %s', (_n, actor, p, decision) => expect(canEditPoll(actor, p, now)).toEqual(decision));

  it.each<[string, Actor, typeof poll, Decision]>([
    ['a resident, a draft', resident, draft, no('not_administrator', 'forbidden')],
    ['an administrator, a draft', admin, draft, allowed],
    ['an administrator, published', admin, poll, no('poll_not_draft', 'conflict')],
    ['an administrator, a draft that closed', admin, { ...draft, closesAt: new Date('2027-03-09') }, no('poll_closes_in_past', 'conflict')],
  ])('publish: %s', (_n, actor, p, decision) => expect(canPublishPoll(actor, p, now)).toEqual(decision));

  it.each<[string, Actor, typeof poll, Decision]>([
    ['anonymous', anonymous, poll, signIn],
    ['a resident', resident, poll, no('not_administrator', 'forbidden')],
    ['an administrator, open', admin, poll, allowed],
    ['an administrator, a draft', admin, draft, no('poll_not_published', 'conflict')],
    ['an administrator, closed', admin, closed, no('poll_already_closed', 'conflict')],
  ])('close: %s', (_n, actor, p, decision) => expect(canClosePoll(actor, p)).toEqual(decision));
});

describe('polls policy: who sees what', () => {
  it.each<[string, Actor, typeof poll, Decision]>([
    ['anonymous, published', anonymous, poll, allowed],
    ['anonymous, a draft', anonymous, draft, no('poll_not_found', 'hidden')],
    ['a resident, a draft', resident, draft, no('poll_not_found', 'hidden')],
    ['an administrator, a draft', admin, draft, allowed],
  ])('read: %s', (_n, actor, p, decision) => expect(canReadPoll(actor, p)).toEqual(decision));

  it.each<[string, Actor, typeof poll, Decision]>([
    ['a resident, open, after close', resident, poll, no('poll_results_hidden', 'conflict')],
    ['a resident, open, live', resident, { ...poll, resultsVisibility: 'live' }, allowed],
    ['anonymous, closed', anonymous, closed, allowed],
    ['a resident, upcoming, live', resident, { ...upcoming, resultsVisibility: 'live' }, no('poll_results_hidden', 'conflict')],
    ['an administrator, open', admin, poll, allowed],
  ])('results: %s', (_n, actor, p, decision) => expect(canSeeResults(actor, p, now)).toEqual(decision));

  it.each<[string, typeof poll, Decision]>([
    ['open', poll, no('poll_responses_not_published', 'conflict')],
    ['closed', closed, allowed],
  ])('published responses and receipts: %s', (_n, p, decision) => expect(canReadResponses(anonymous, p)).toEqual(decision));
});

describe('polls policy: who may answer', () => {
  const none: RespondentRecord = { verified: null, answered: false };
  const nevsky: RespondentRecord = { verified: { districtId: 'nevsky', ageBand: '25-34' }, answered: false };
  it.each<[string, Actor, PollTargets, RespondentRecord, Decision]>([
    ['anonymous', anonymous, poll, none, signIn],
    ['anonymous, closed', anonymous, closed, none, signIn],
    ['a resident, open advisory poll', resident, poll, none, allowed],
    ['an administrator, a draft', admin, draft, none, no('poll_not_found', 'hidden')],
    ['a resident, not open yet', resident, upcoming, none, no('poll_not_open', 'conflict')],
    ['a resident, closed early', resident, closed, none, no('poll_closed', 'conflict')],
    ['a resident, past its closing time', resident, { ...poll, closesAt: now }, none, no('poll_closed', 'conflict')],
    ['a resident who answered', resident, poll, { ...none, answered: true }, no('poll_already_answered', 'conflict')],
    ['an unverified resident, binding poll', resident, { ...poll, binding: true }, none, no('poll_not_verified', 'forbidden')],
    ['a verified resident, binding poll', verified, { ...poll, binding: true }, nevsky, allowed],
    ['a verified resident, another district', verified, { ...poll, districtIds: ['admiralteysky'] }, nevsky, no('poll_not_in_district', 'forbidden')],
    ['a resident without a district', user({ districtId: null }), { ...poll, districtIds: ['nevsky'] }, none, no('poll_district_unknown', 'forbidden')],
    ['a resident without a birth date, aged poll', resident, { ...poll, ageBands: ['65+'] }, none, no('poll_age_unknown', 'forbidden')],
    ['a verified resident, another age band', verified, { ...poll, ageBands: ['65+'] }, nevsky, no('poll_not_in_age_band', 'forbidden')],
  ])('respond: %s', (_n, actor, p, f, decision) => expect(canRespond(actor, p, f, now)).toEqual(decision));

  it('trusts the verification only with the account’s verified level', () => {
    const facts = { verified: { districtId: 'nevsky', ageBand: '25-34' }, answered: false };
    const binding = { ...poll, binding: true };
    expect(respondEligibility(user(), binding, facts, now)).toMatchObject({ eligible: false, reason: 'poll_not_verified' });
    expect(canRespond(user(), binding, facts, now)).toEqual(no('poll_not_verified', 'forbidden'));
    expect(respondEligibility(verified, binding, facts, now)).toMatchObject({ eligible: true });
  });

  it('records the verified district and age band, or the account’s district', () => {
    expect(respondentPlaceOf(verified, { verified: { districtId: 'admiralteysky', ageBand: '25-34' }, answered: false })).toEqual({
      districtId: 'admiralteysky',
      ageBand: '25-34',
    });
    expect(respondentPlaceOf(resident, { verified: { districtId: 'admiralteysky', ageBand: '25-34' }, answered: false })).toEqual({
      districtId: 'nevsky',
      ageBand: null,
    });
  });
});
