/** Who may author, join and support an initiative, and why not. Pure: every fact is an explicit input. */
import type { InitiativeStatus } from './lifecycle.js';

/** Reasons a person cannot take part (each has a message `error.<reason>` that says what to do). */
export const initiativeRefusals = [
  'unauthenticated',
  'initiative_not_verified',
  'initiative_district_unknown',
  'initiative_not_in_district',
  'initiative_not_draft',
  'initiative_author_joins',
  'initiative_already_coinitiator',
  'initiative_not_collecting',
  'initiative_support_closed',
  'initiative_already_supported',
] as const;
export type InitiativeRefusal = (typeof initiativeRefusals)[number];

/** Where an initiative applies: the whole city, or one district whose residents alone take part. */
export interface InitiativePlace {
  scope: 'city' | 'district';
  districtId: string | null;
}

/** What is known of the person: signed in, and their active verification (its district) when the account is `verified`. */
export interface PersonFacts {
  signedIn: boolean;
  verified: { districtId: string | null } | null;
}

export type Eligibility = { eligible: true; districtId: string | null } | { eligible: false; reason: InitiativeRefusal };

const no = (reason: InitiativeRefusal): Eligibility => ({ eligible: false, reason });

/**
 * A verified resident of the place: signed in; verified; for a district initiative, verified as living in that
 * district (the district on the account does not count: anyone can type one). The district to record, on success.
 */
export function residentOf(place: InitiativePlace, p: PersonFacts): Eligibility {
  if (!p.signedIn) return no('unauthenticated');
  if (!p.verified) return no('initiative_not_verified');
  if (place.scope === 'district') {
    if (!p.verified.districtId) return no('initiative_district_unknown');
    if (p.verified.districtId !== place.districtId) return no('initiative_not_in_district');
  }
  return { eligible: true, districtId: p.verified.districtId };
}

/** Who may start an initiative for a place: a verified resident of it. */
export const authorEligibility = (place: InitiativePlace, p: PersonFacts): Eligibility => residentOf(place, p);

/** Who may join a draft as a co-initiator: a verified resident of its place, not its author, not already one; drafts only. */
export function joinEligibility(
  i: InitiativePlace & { status: InitiativeStatus },
  p: PersonFacts & { isAuthor: boolean; isCoinitiator: boolean },
): Eligibility {
  if (i.status !== 'draft') return no('initiative_not_draft');
  const who = residentOf(i, p);
  if (!who.eligible) return who;
  if (p.isAuthor) return no('initiative_author_joins');
  if (p.isCoinitiator) return no('initiative_already_coinitiator');
  return who;
}

/**
 * Who may support an initiative at `now`: while it collects (admitted, opens_at ≤ now < closes_at), a verified
 * resident of its place, once. Its author and co-initiators may support it too (once, like anyone).
 */
export function supportEligibility(
  i: InitiativePlace & { status: InitiativeStatus; supportOpensAt: Date | null; supportClosesAt: Date | null },
  p: PersonFacts & { supported: boolean },
  now: Date,
): Eligibility {
  if (i.status !== 'collecting' || !i.supportOpensAt || !i.supportClosesAt || now < i.supportOpensAt) return no('initiative_not_collecting');
  if (now >= i.supportClosesAt) return no('initiative_support_closed');
  const who = residentOf(i, p);
  if (!who.eligible) return who;
  if (p.supported) return no('initiative_already_supported');
  return who;
}
