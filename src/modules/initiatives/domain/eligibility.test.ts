import { describe, expect, it } from 'vitest';
import { authorEligibility, joinEligibility, supportEligibility, type PersonFacts } from './eligibility.js';
import type { InitiativeStatus } from './lifecycle.js';

const city = { scope: 'city' as const, districtId: null };
const nevsky = { scope: 'district' as const, districtId: 'nevsky' };
const inNevsky: PersonFacts = { signedIn: true, verified: { districtId: 'nevsky' } };
const elsewhere: PersonFacts = { signedIn: true, verified: { districtId: 'admiralteysky' } };
const noDistrict: PersonFacts = { signedIn: true, verified: { districtId: null } };
const unverified: PersonFacts = { signedIn: true, verified: null };
const anonymous: PersonFacts = { signedIn: false, verified: null };
const result = (e: { eligible: boolean; reason?: string }) => (e.eligible ? 'eligible' : e.reason);

describe('who may author an initiative', () => {
  it.each<[string, typeof city | typeof nevsky, PersonFacts, string]>([
    ['city, verified anywhere', city, elsewhere, 'eligible'],
    ['city, verified without a district', city, noDistrict, 'eligible'],
    ['district, verified there', nevsky, inNevsky, 'eligible'],
    ['district, verified elsewhere', nevsky, elsewhere, 'initiative_not_in_district'],
    ['district, verified without a district', nevsky, noDistrict, 'initiative_district_unknown'],
    ['unverified', city, unverified, 'initiative_not_verified'],
    ['anonymous', city, anonymous, 'unauthenticated'],
  ])('%s', (_n, place, person, expected) => expect(result(authorEligibility(place, person))).toBe(expected));
});

describe('who may join a draft', () => {
  const draft = { ...nevsky, status: 'draft' as InitiativeStatus };
  const person = { ...inNevsky, isAuthor: false, isCoinitiator: false };
  it.each<[string, InitiativeStatus, Partial<typeof person>, string]>([
    ['a verified neighbour', 'draft', {}, 'eligible'],
    ['the author', 'draft', { isAuthor: true }, 'initiative_author_joins'],
    ['already a co-initiator', 'draft', { isCoinitiator: true }, 'initiative_already_coinitiator'],
    ['after submission', 'screening', {}, 'initiative_not_draft'],
    ['a resident of another district', 'draft', { verified: { districtId: 'admiralteysky' } }, 'initiative_not_in_district'],
    ['unverified', 'draft', { verified: null }, 'initiative_not_verified'],
    ['anonymous', 'draft', { signedIn: false, verified: null }, 'unauthenticated'],
  ])('%s', (_n, status, over, expected) => expect(result(joinEligibility({ ...draft, status }, { ...person, ...over }))).toBe(expected));
});

describe('who may support', () => {
  const now = new Date('2027-03-10T12:00:00Z');
  type Collecting = Parameters<typeof supportEligibility>[0];
  const collecting: Collecting = { ...nevsky, status: 'collecting', supportOpensAt: new Date('2027-03-01'), supportClosesAt: new Date('2027-04-01') };
  const person = { ...inNevsky, supported: false };
  it.each<[string, Partial<Collecting>, Partial<typeof person>, string]>([
    ['a verified resident of the district while collecting', {}, {}, 'eligible'],
    ['a city initiative, any verified resident', { scope: 'city', districtId: null }, { verified: { districtId: 'admiralteysky' } }, 'eligible'],
    ['before admission', { status: 'screening', supportOpensAt: null, supportClosesAt: null }, {}, 'initiative_not_collecting'],
    ['before the window opens', { supportOpensAt: new Date('2027-03-11') }, {}, 'initiative_not_collecting'],
    ['at the end of the window', { supportClosesAt: now }, {}, 'initiative_support_closed'],
    ['after the threshold', { status: 'awaiting_answer' }, {}, 'initiative_not_collecting'],
    ['after it was not reached', { status: 'not_reached' }, {}, 'initiative_not_collecting'],
    ['another district', {}, { verified: { districtId: 'admiralteysky' } }, 'initiative_not_in_district'],
    ['unverified', {}, { verified: null }, 'initiative_not_verified'],
    ['anonymous', {}, { signedIn: false, verified: null }, 'unauthenticated'],
    ['a second time', {}, { supported: true }, 'initiative_already_supported'],
  ])('%s', (_n, over, p, expected) => expect(result(supportEligibility({ ...collecting, ...over }, { ...person, ...p }, now))).toBe(expected));

  it('records the verified district', () => expect(supportEligibility(collecting, person, now)).toEqual({ eligible: true, districtId: 'nevsky' }));
});
