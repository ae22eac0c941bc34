/** Who may vote on a heading, and why not. Pure: every fact is an explicit input. */
import type { CyclePhase } from './phases.js';

/** Reasons a person cannot vote (each has a message `error.<reason>` that says what to do). */
export const ineligibleReasons = [
  'ballot_voting_not_open',
  'ballot_voting_closed',
  'unauthenticated',
  'ballot_not_verified',
  'ballot_age_unknown',
  'ballot_too_young',
  'ballot_not_resident',
  'ballot_officials_excluded',
] as const;
export type IneligibleReason = (typeof ineligibleReasons)[number];

export interface EligibilityFacts {
  phase: CyclePhase;
  signedIn: boolean;
  /** The person's active verification, or null. */
  verified: { districtId: string | null; birthDate: string | null } | null;
  /** Whether the person holds the official role anywhere. */
  isOfficial: boolean;
  /** The city-local day ('YYYY-MM-DD') on which age is counted. */
  today: string;
  cycle: { minAge: number; excludeOfficials: boolean };
  heading: { districtId: string | null; residentsOnly: boolean };
}

export type Eligibility = { eligible: true } | { eligible: false; reason: IneligibleReason; params?: Record<string, string | number> };

/** The day `years` whole years before `day` (both 'YYYY-MM-DD'); 29 February becomes the 28th in a common year. */
function yearsBefore(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y - years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dd = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/**
 * What the person's active verification must show for a ballot on a heading, on the city-local day: a birth date on
 * or before `bornOnOrBefore` (old enough; null: no age asked) and the district `districtId` (a residents-only
 * heading's; null: any). A verification meets it exactly when `eligibility` finds nothing wrong with it, so a write
 * can check it in the database (`meetsRequirement` is the same test here).
 */
export interface VoterRequirement {
  bornOnOrBefore: string | null;
  districtId: string | null;
}

export function voterRequirement(f: Pick<EligibilityFacts, 'today' | 'cycle' | 'heading'>): VoterRequirement {
  return {
    bornOnOrBefore: f.cycle.minAge > 0 ? yearsBefore(f.today, f.cycle.minAge) : null,
    districtId: f.heading.residentsOnly ? f.heading.districtId : null,
  };
}

/** Whether a verification shows what the requirement asks. */
export function meetsRequirement(r: VoterRequirement, v: NonNullable<EligibilityFacts['verified']>): boolean {
  if (r.bornOnOrBefore !== null && (v.birthDate === null || v.birthDate > r.bornOnOrBefore)) return false;
  return r.districtId === null || v.districtId === r.districtId;
}

/**
 * A verification that just meets the requirement: the eligibility of anyone whose verification meets it is the
 * eligibility of this one (the rest is the moment and the person's roles), so a ballot can be checked before its
 * voter's verification is read, the write then checking that it meets the requirement.
 */
export function verificationMeeting(r: VoterRequirement): NonNullable<EligibilityFacts['verified']> {
  return { districtId: r.districtId, birthDate: r.bornOnOrBefore };
}

/** Why a phase takes no ballots (before voting: not open yet; after: closed), or null during voting. */
export function votingPhaseProblem(phase: CyclePhase): 'ballot_voting_not_open' | 'ballot_voting_closed' | null {
  if (phase === 'voting') return null;
  const before = phase === 'draft' || phase === 'informing' || phase === 'intake' || phase === 'review';
  return before ? 'ballot_voting_not_open' : 'ballot_voting_closed';
}

/**
 * Whether a person may cast a ballot on a heading now: the phase must be voting; then signed in, verified,
 * old enough on the city-local day (a verification without a birth date cannot show that), resident of the
 * heading's district when it is residents-only, and not an official when the cycle excludes officials.
 */
export function eligibility(f: EligibilityFacts): Eligibility {
  const moment = votingPhaseProblem(f.phase);
  if (moment) return { eligible: false, reason: moment };
  if (!f.signedIn) return { eligible: false, reason: 'unauthenticated' };
  if (!f.verified) return { eligible: false, reason: 'ballot_not_verified' };
  const required = voterRequirement(f);
  if (required.bornOnOrBefore !== null) {
    if (!f.verified.birthDate) return { eligible: false, reason: 'ballot_age_unknown', params: { minAge: f.cycle.minAge } };
    if (f.verified.birthDate > required.bornOnOrBefore) return { eligible: false, reason: 'ballot_too_young', params: { minAge: f.cycle.minAge } };
  }
  if (required.districtId !== null && f.verified.districtId !== required.districtId) {
    return { eligible: false, reason: 'ballot_not_resident' };
  }
  if (f.cycle.excludeOfficials && f.isOfficial) return { eligible: false, reason: 'ballot_officials_excluded' };
  return { eligible: true };
}
