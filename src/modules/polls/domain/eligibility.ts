/** Who may answer a poll now, and why not. Pure: every fact is an explicit input. */

/** Reasons a person cannot answer (each has a message `error.<reason>` that says what to do). */
export const pollRefusals = [
  'poll_not_published',
  'poll_not_open',
  'poll_closed',
  'unauthenticated',
  'poll_not_verified',
  'poll_district_unknown',
  'poll_not_in_district',
  'poll_age_unknown',
  'poll_not_in_age_band',
  'poll_already_answered',
] as const;
export type PollRefusal = (typeof pollRefusals)[number];

export interface PollTargets {
  publishedAt: Date | null;
  opensAt: Date;
  closesAt: Date;
  closedAt: Date | null;
  binding: boolean;
  verifiedOnly: boolean;
  /** Empty: the whole city. */
  districtIds: readonly string[];
  /** Empty: every age. */
  ageBands: readonly string[];
}

export interface RespondentFacts {
  signedIn: boolean;
  /** The person's active verification (district and age band on the city-local day), or null. */
  verified: { districtId: string | null; ageBand: string | null } | null;
  /** The district on the account (used by advisory polls when the person is not verified). */
  accountDistrictId: string | null;
  answered: boolean;
}

export type PollEligibility = { eligible: true; districtId: string | null; ageBand: string | null } | { eligible: false; reason: PollRefusal };

/** The district and age band a response is recorded with: the verified ones, or (unverified) the account's district and no age band. */
export function respondentPlace(f: Pick<RespondentFacts, 'verified' | 'accountDistrictId'>): { districtId: string | null; ageBand: string | null } {
  return { districtId: f.verified ? f.verified.districtId : f.accountDistrictId, ageBand: f.verified?.ageBand ?? null };
}

/** Whether a poll needs a verified respondent: binding polls always do. */
export const needsVerification = (p: Pick<PollTargets, 'binding' | 'verifiedOnly'>) => p.binding || p.verifiedOnly;

/**
 * Whether a person may answer a poll at `now`: published; open (opens_at ≤ now < closes_at and not closed early);
 * signed in; verified when the poll is binding or verified-only; living in a targeted district (the verified district,
 * or for an advisory poll of an unverified person the account's district); in a targeted age band (needs a verified
 * birth date); not having answered yet. On success, the district and age band to record with the response.
 */
export function pollEligibility(p: PollTargets, f: RespondentFacts, now: Date): PollEligibility {
  if (!p.publishedAt) return { eligible: false, reason: 'poll_not_published' };
  if (p.closedAt || now >= p.closesAt) return { eligible: false, reason: 'poll_closed' };
  if (now < p.opensAt) return { eligible: false, reason: 'poll_not_open' };
  if (!f.signedIn) return { eligible: false, reason: 'unauthenticated' };
  if (needsVerification(p) && !f.verified) return { eligible: false, reason: 'poll_not_verified' };
  const { districtId, ageBand } = respondentPlace(f);
  if (p.districtIds.length > 0) {
    if (!districtId) return { eligible: false, reason: 'poll_district_unknown' };
    if (!p.districtIds.includes(districtId)) return { eligible: false, reason: 'poll_not_in_district' };
  }
  if (p.ageBands.length > 0) {
    if (!ageBand) return { eligible: false, reason: 'poll_age_unknown' };
    if (!p.ageBands.includes(ageBand)) return { eligible: false, reason: 'poll_not_in_age_band' };
  }
  if (f.answered) return { eligible: false, reason: 'poll_already_answered' };
  return { eligible: true, districtId, ageBand };
}

/** Where a poll stands for the public at `now`. */
export type PollState = 'draft' | 'upcoming' | 'open' | 'closing' | 'closed';

/** draft → upcoming → open → closing (past closes_at, results being computed) → closed (results frozen). */
export function pollState(p: Pick<PollTargets, 'publishedAt' | 'opensAt' | 'closesAt' | 'closedAt'>, now: Date): PollState {
  if (!p.publishedAt) return 'draft';
  if (p.closedAt) return 'closed';
  if (now >= p.closesAt) return 'closing';
  return now < p.opensAt ? 'upcoming' : 'open';
}
