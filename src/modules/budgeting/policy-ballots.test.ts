import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant, type VerificationLevel } from '../../core/auth/actor.js';
import type { DenialKind } from '../../core/auth/decision.js';
import {
  canFindReceipt,
  canOverride,
  canReadResults,
  canSeeTallyOverview,
  canTally,
  canVote,
  canVoteNow,
  voteParams,
  voteStanding,
  type VoteFacts,
} from './policy-ballots.js';

const user = (roles: RoleGrant[], verification: VerificationLevel = 'verified'): Actor => ({
  kind: 'user',
  userId: 'u1',
  displayName: 'U',
  verification,
  roles,
  language: 'en',
  districtId: null,
});
const voter = user([]);
const unverified = user([], 'email');
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'committee-roads' }]);
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }], 'email');
const facts = (over: Partial<VoteFacts> = {}): VoteFacts => ({
  phase: 'voting',
  tallied: false,
  verified: { districtId: 'nevsky', birthDate: '1990-05-17' },
  today: '2027-04-10',
  cycle: { minAge: 18, excludeOfficials: true },
  heading: { districtId: 'nevsky', residentsOnly: true },
  ...over,
});
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');
const yes = { allowed: true };

describe('who may cast a ballot (canVote)', () => {
  it.each([
    ['a verified adult resident during voting', voter, facts(), yes],
    ['a visitor during voting', anonymous, facts(), signIn],
    ['a visitor before voting (the route asks to sign in first)', anonymous, facts({ phase: 'review' }), signIn],
    ['a voter before voting opens', voter, facts({ phase: 'review' }), no('ballot_voting_not_open', 'conflict')],
    ['a voter in a draft cycle', voter, facts({ phase: 'draft' }), no('ballot_voting_not_open', 'conflict')],
    ['a voter once voting closed', voter, facts({ phase: 'tallying' }), no('ballot_voting_closed', 'conflict')],
    ['a voter on a heading tallied while voting still shows open', voter, facts({ tallied: true }), no('ballot_voting_closed', 'conflict')],
    ['an account without an active verification', unverified, facts(), no('ballot_not_verified', 'forbidden')],
    ['a verified account whose verification record is gone', voter, facts({ verified: null }), no('ballot_not_verified', 'forbidden')],
    [
      'a verification without a birth date when an age is required',
      voter,
      facts({ verified: { districtId: 'nevsky', birthDate: null } }),
      no('ballot_age_unknown', 'forbidden'),
    ],
    ['a sixteen-year-old', voter, facts({ verified: { districtId: 'nevsky', birthDate: '2011-01-01' } }), no('ballot_too_young', 'forbidden')],
    [
      'a resident of another district',
      voter,
      facts({ verified: { districtId: 'admiralteysky', birthDate: '1990-05-17' } }),
      no('ballot_not_resident', 'forbidden'),
    ],
    ['an official when the cycle excludes officials', official, facts(), no('ballot_officials_excluded', 'forbidden')],
    ['an official when it does not', official, facts({ cycle: { minAge: 18, excludeOfficials: false } }), yes],
  ] as const)('%s → %j', (_w, actor, f, expected) => expect(canVote(actor, f)).toEqual(expected));

  it('names the minimum age for the refusal’s message', () => expect(voteParams(facts())).toEqual({ minAge: 18 }));

  it('is a rule for signed-in people, named canVote (the route answers visitors 401 before its handler)', () => {
    expect(canVote.session).toBe('required');
    expect(canVote.name).toBe('canVote');
  });
});

describe('what the ballot page says about voting (voteStanding): the moment first', () => {
  it.each([
    ['a visitor before voting learns it has not opened', anonymous, facts({ phase: 'intake' }), no('ballot_voting_not_open', 'conflict')],
    ['a visitor after voting learns it is over', anonymous, facts({ phase: 'results' }), no('ballot_voting_closed', 'conflict')],
    ['a visitor during voting is asked to sign in', anonymous, facts(), signIn],
    [
      'a minor during voting learns why not',
      voter,
      facts({ verified: { districtId: 'nevsky', birthDate: '2011-01-01' } }),
      no('ballot_too_young', 'forbidden'),
    ],
    ['a voter during voting may vote', voter, facts(), yes],
  ] as const)('%s', (_w, actor, f, expected) => expect(voteStanding(actor, f)).toEqual(expected));

  it.each([
    ['voting', false, yes],
    ['voting', true, no('ballot_voting_closed', 'conflict')],
    ['informing', false, no('ballot_voting_not_open', 'conflict')],
    ['implementation', true, no('ballot_voting_closed', 'conflict')],
  ] as const)('the moment alone: %s, tallied %s → %j', (phase, tallied, expected) => expect(canVoteNow({ phase, tallied })).toEqual(expected));
});

describe('tallies and results', () => {
  it.each([
    ['a visitor', anonymous, 'tallying', signIn],
    ['a voter', voter, 'tallying', no('not_administrator', 'forbidden')],
    ['an administrator during voting', admin, 'voting', no('tally_voting_not_over', 'conflict')],
    ['an administrator while tallying', admin, 'tallying', yes],
    ['an administrator in implementation (recomputing)', admin, 'implementation', yes],
  ] as const)('tallying: %s → %j', (_w, actor, phase, expected) => expect(canTally(actor, phase)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, true, signIn],
    ['a voter', voter, true, no('not_administrator', 'forbidden')],
    ['an administrator before a tally', admin, false, no('override_no_tally', 'conflict')],
    ['an administrator after it', admin, true, yes],
  ] as const)('overriding: %s → %j', (_w, actor, tallied, expected) => expect(canOverride(actor, tallied)).toEqual(expected));

  it.each([
    ['a visitor, not tallied', anonymous, 'results', false, no('results_not_published', 'conflict')],
    ['a visitor, tallied, still tallying', anonymous, 'tallying', true, no('results_not_published', 'conflict')],
    ['an administrator, tallied, still tallying', admin, 'tallying', true, yes],
    ['an administrator, not tallied', admin, 'tallying', false, no('results_not_published', 'conflict')],
    ['a visitor, results', anonymous, 'results', true, yes],
    ['a visitor, implementation', anonymous, 'implementation', true, yes],
  ] as const)('reading results: %s → %j', (_w, actor, phase, tallied, expected) => expect(canReadResults(actor, phase, tallied)).toEqual(expected));

  it.each([
    ['tallying', true, no('receipt_not_published', 'conflict')],
    ['results', false, no('receipt_not_published', 'conflict')],
    ['results', true, yes],
  ] as const)('finding a receipt: %s, tallied %s → %j', (phase, tallied, expected) => expect(canFindReceipt(phase, tallied)).toEqual(expected));

  it.each([
    ['a visitor', anonymous, signIn],
    ['a voter', voter, no('not_administrator', 'forbidden')],
    ['an administrator', admin, yes],
  ] as const)('the tally overview: %s → %j', (_w, actor, expected) => expect(canSeeTallyOverview(actor)).toEqual(expected));
});
