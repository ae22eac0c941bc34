import { describe, expect, it } from 'vitest';
import { pollEligibility, pollState, type PollTargets, type RespondentFacts } from './eligibility.js';

const now = new Date('2027-03-10T12:00:00Z');
const poll: PollTargets = {
  publishedAt: new Date('2027-03-01'),
  opensAt: new Date('2027-03-05'),
  closesAt: new Date('2027-03-20'),
  closedAt: null,
  binding: false,
  verifiedOnly: false,
  districtIds: [],
  ageBands: [],
};
const verified: RespondentFacts = { signedIn: true, verified: { districtId: 'nevsky', ageBand: '25-34' }, accountDistrictId: 'admiralteysky', answered: false };
const unverified: RespondentFacts = { signedIn: true, verified: null, accountDistrictId: 'nevsky', answered: false };

describe('pollEligibility', () => {
  it.each<[string, Partial<PollTargets>, RespondentFacts, string]>([
    ['advisory city poll, unverified', {}, unverified, 'eligible'],
    ['draft', { publishedAt: null }, verified, 'poll_not_published'],
    ['before opening', { opensAt: new Date('2027-03-11') }, verified, 'poll_not_open'],
    ['after closing time', { closesAt: new Date('2027-03-10T12:00:00Z') }, verified, 'poll_closed'],
    ['closed early', { closedAt: new Date('2027-03-09') }, verified, 'poll_closed'],
    ['anonymous', {}, { ...unverified, signedIn: false }, 'unauthenticated'],
    ['binding, unverified', { binding: true }, unverified, 'poll_not_verified'],
    ['verified only, unverified', { verifiedOnly: true }, unverified, 'poll_not_verified'],
    ['binding, verified', { binding: true }, verified, 'eligible'],
    ['district poll, verified in it', { districtIds: ['nevsky'] }, verified, 'eligible'],
    ['district poll uses the verified district over the account’s', { districtIds: ['admiralteysky'] }, verified, 'poll_not_in_district'],
    ['advisory district poll, unverified, account district in it', { districtIds: ['nevsky'] }, unverified, 'eligible'],
    ['advisory district poll, no district at all', { districtIds: ['nevsky'] }, { ...unverified, accountDistrictId: null }, 'poll_district_unknown'],
    ['age-band poll, in band', { ageBands: ['25-34'] }, verified, 'eligible'],
    ['age-band poll, other band', { ageBands: ['65+'] }, verified, 'poll_not_in_age_band'],
    ['age-band poll, unverified', { ageBands: ['25-34'] }, unverified, 'poll_age_unknown'],
    ['already answered', {}, { ...verified, answered: true }, 'poll_already_answered'],
  ])('%s', (_name, p, f, expected) => {
    const e = pollEligibility({ ...poll, ...p }, f, now);
    expect(e.eligible ? 'eligible' : e.reason).toBe(expected);
  });

  it('records the verified district and band', () => {
    expect(pollEligibility(poll, verified, now)).toEqual({ eligible: true, districtId: 'nevsky', ageBand: '25-34' });
  });

  it.each<[Partial<PollTargets>, string]>([
    [{ publishedAt: null }, 'draft'],
    [{ opensAt: new Date('2027-03-11') }, 'upcoming'],
    [{}, 'open'],
    [{ closesAt: new Date('2027-03-10') }, 'closing'],
    [{ closedAt: new Date('2027-03-10') }, 'closed'],
  ])('state %#', (p, s) => expect(pollState({ ...poll, ...p }, now)).toBe(s));
});
