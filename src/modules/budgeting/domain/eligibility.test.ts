import { describe, expect, it } from 'vitest';
import { eligibility, meetsRequirement, verificationMeeting, voterRequirement, type EligibilityFacts } from './eligibility.js';

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

/** Whole years between a birth date and a day (both 'YYYY-MM-DD'), counted the plain way. */
function yearsOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** Every day of a year range, 'YYYY-MM-DD'. */
function days(from: number, to: number): string[] {
  const out: string[] = [];
  for (let t = Date.UTC(from, 0, 1); t < Date.UTC(to + 1, 0, 1); t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

describe('what a verification must show to vote (checked by the ballot write itself)', () => {
  const voters = [...days(2007, 2009), '1990-05-17', '2008-02-29', '2004-02-29', null].map((birthDate) => ({ birthDate }));
  const todays = ['2026-02-28', '2028-02-29', '2028-03-01', '2027-04-10', '2027-12-31', '2027-01-01'];

  it('asks a birth date on or before the day minAge whole years back: old enough exactly when the years are counted so', () => {
    for (const today of todays) {
      for (const minAge of [14, 16, 18, 20]) {
        const r = voterRequirement({ today, cycle: { minAge, excludeOfficials: false }, heading: { districtId: null, residentsOnly: false } });
        for (const { birthDate } of voters) {
          const met = meetsRequirement(r, { districtId: null, birthDate });
          expect(met, `${birthDate} on ${today}, ${minAge}`).toBe(birthDate !== null && yearsOn(birthDate, today) >= minAge);
        }
      }
    }
  });

  it.each([
    ['no age asked', { cycle: { minAge: 0, excludeOfficials: true } }],
    ['an age asked', {}],
    ['a residents-only district heading', {}],
    ['an open district heading', { heading: { districtId: 'nevsky', residentsOnly: false } }],
    ['the citywide heading', { heading: { districtId: null, residentsOnly: true } }],
  ])('with %s, a verification meets it exactly when eligibility finds nothing wrong with it', (_name, facts: Partial<EligibilityFacts>) => {
    const f = { ...base, isOfficial: false, ...facts };
    const r = voterRequirement(f);
    const verifications = [
      null,
      { districtId: 'nevsky', birthDate: '1990-05-17' },
      { districtId: 'admiralteysky', birthDate: '1990-05-17' },
      { districtId: null, birthDate: '1990-05-17' },
      { districtId: 'nevsky', birthDate: null },
      { districtId: 'nevsky', birthDate: '2009-04-10' },
      { districtId: 'nevsky', birthDate: '2009-04-11' },
    ];
    for (const v of verifications) {
      if (v === null) continue;
      expect(meetsRequirement(r, v), JSON.stringify(v)).toBe(eligibility({ ...f, verified: v }).eligible);
    }
    // the least verification meeting it stands for all of them: what remains is the moment and the roles
    expect(meetsRequirement(r, verificationMeeting(r))).toBe(true);
    expect(eligibility({ ...f, verified: verificationMeeting(r) }).eligible).toBe(true);
    expect(eligibility({ ...f, isOfficial: true, verified: verificationMeeting(r) })).toEqual(
      eligibility({ ...f, isOfficial: true, verified: { districtId: 'nevsky', birthDate: '1990-05-17' } }),
    );
  });
});
