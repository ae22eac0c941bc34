import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/auth/actor.js';
import { canManagePolls, canReadResponses, canSeeResults, respondEligibility } from './policy.js';

const user = (over: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor => ({
  kind: 'user',
  userId: 'u',
  displayName: 'U',
  verification: 'email',
  roles: [],
  language: 'en',
  districtId: 'nevsky',
  ...over,
});
const admin = user({ roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }] as never });
const now = new Date('2027-03-10');
const poll = {
  publishedAt: new Date('2027-03-01'),
  opensAt: new Date('2027-03-05'),
  closesAt: new Date('2027-03-20'),
  closedAt: null as Date | null,
  binding: true,
  verifiedOnly: false,
  districtIds: [],
  ageBands: [],
  resultsVisibility: 'after_close' as 'live' | 'after_close',
};

describe('polls policy', () => {
  it.each<[string, Actor, boolean]>([
    ['anonymous', { kind: 'anonymous' }, false],
    ['resident', user(), false],
    ['administrator', admin, true],
  ])('manage: %s', (_n, actor, allowed) => expect(canManagePolls(actor).allowed).toBe(allowed));

  it.each<[string, Actor, typeof poll, boolean]>([
    ['resident, open, after close', user(), poll, false],
    ['resident, open, live', user(), { ...poll, resultsVisibility: 'live' }, true],
    ['resident, closed', user(), { ...poll, closedAt: new Date('2027-03-09') }, true],
    ['resident, upcoming live', user(), { ...poll, opensAt: new Date('2027-03-11'), resultsVisibility: 'live' }, false],
    ['administrator, open', admin, poll, true],
  ])('results: %s', (_n, actor, p, allowed) => expect(canSeeResults(actor, p, now).allowed).toBe(allowed));

  it('publishes responses only after close', () => {
    expect(canReadResponses({ closedAt: null }).allowed).toBe(false);
    expect(canReadResponses({ closedAt: now }).allowed).toBe(true);
  });

  it('trusts the verification only with the account’s verified level', () => {
    const facts = { verified: { districtId: 'nevsky', ageBand: '25-34' }, answered: false };
    expect(respondEligibility(user(), poll, facts, now)).toMatchObject({ eligible: false, reason: 'poll_not_verified' });
    expect(respondEligibility(user({ verification: 'verified' }), poll, facts, now)).toMatchObject({ eligible: true });
  });
});
