import { describe, expect, it } from 'vitest';
import { eligibility, type EligibilityFacts } from './eligibility.js';

const base: EligibilityFacts = {
  phase: 'voting',
  signedIn: true,
  verified: { districtId: 'nevsky', birthDate: '1990-05-17' },
  isOfficial: false,
  today: '2027-04-10',
  cycle: { minAge: 18, excludeOfficials: true },
  heading: { districtId: 'nevsky', residentsOnly: true },
};
const reason = (f: Partial<EligibilityFacts>) => {
  const e = eligibility({ ...base, ...f });
  return e.eligible ? 'eligible' : e.reason;
};

describe('who may vote on a heading', () => {
  it.each([
    ['a verified adult resident of the district during voting', {}, 'eligible'],
    ['anyone before voting opens', { phase: 'review' as const }, 'ballot_voting_not_open'],
    ['anyone in a draft cycle', { phase: 'draft' as const }, 'ballot_voting_not_open'],
    ['anyone once voting closed', { phase: 'tallying' as const }, 'ballot_voting_closed'],
    ['anyone in the results phase', { phase: 'results' as const }, 'ballot_voting_closed'],
    ['an anonymous visitor', { signedIn: false, verified: null }, 'unauthenticated'],
    ['an unverified account', { verified: null }, 'ballot_not_verified'],
    ['a verification without a birth date when an age is required', { verified: { districtId: 'nevsky', birthDate: null } }, 'ballot_age_unknown'],
    [
      'a verification without a birth date when no age is required',
      { verified: { districtId: 'nevsky', birthDate: null }, cycle: { minAge: 0, excludeOfficials: true } },
      'eligible',
    ],
    ['a resident one day short of 18 (city-local day)', { verified: { districtId: 'nevsky', birthDate: '2009-04-11' } }, 'ballot_too_young'],
    ['a resident turning 18 today', { verified: { districtId: 'nevsky', birthDate: '2009-04-10' } }, 'eligible'],
    [
      'a resident of another district on a residents-only heading',
      { verified: { districtId: 'admiralteysky', birthDate: '1990-05-17' } },
      'ballot_not_resident',
    ],
    ['a resident without a district on a residents-only heading', { verified: { districtId: null, birthDate: '1990-05-17' } }, 'ballot_not_resident'],
    [
      'a resident of another district on an open district heading',
      { verified: { districtId: 'admiralteysky', birthDate: '1990-05-17' }, heading: { districtId: 'nevsky', residentsOnly: false } },
      'eligible',
    ],
    [
      'anyone verified on the citywide heading',
      { verified: { districtId: null, birthDate: '1990-05-17' }, heading: { districtId: null, residentsOnly: true } },
      'eligible',
    ],
    ['an official when officials are excluded', { isOfficial: true }, 'ballot_officials_excluded'],
    ['an official when officials may vote', { isOfficial: true, cycle: { minAge: 18, excludeOfficials: false } }, 'eligible'],
  ])('%s → %s', (_name, facts, expected) => {
    expect(reason(facts)).toBe(expected);
  });

  it('tells the minimum age with the refusal', () => {
    expect(eligibility({ ...base, cycle: { minAge: 16, excludeOfficials: false }, verified: { districtId: 'nevsky', birthDate: '2012-01-01' } })).toEqual({
      eligible: false,
      reason: 'ballot_too_young',
      params: { minAge: 16 },
    });
  });
});
