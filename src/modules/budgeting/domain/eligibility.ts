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

/** Whole years between a birth date and a day (both 'YYYY-MM-DD'). */
function yearsOn(birthDate: string, day: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
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
  if (f.cycle.minAge > 0) {
    if (!f.verified.birthDate) return { eligible: false, reason: 'ballot_age_unknown', params: { minAge: f.cycle.minAge } };
    if (yearsOn(f.verified.birthDate, f.today) < f.cycle.minAge) return { eligible: false, reason: 'ballot_too_young', params: { minAge: f.cycle.minAge } };
  }
  if (f.heading.residentsOnly && f.heading.districtId !== null && f.verified.districtId !== f.heading.districtId) {
    return { eligible: false, reason: 'ballot_not_resident' };
  }
  if (f.cycle.excludeOfficials && f.isOfficial) return { eligible: false, reason: 'ballot_officials_excluded' };
  return { eligible: true };
}
