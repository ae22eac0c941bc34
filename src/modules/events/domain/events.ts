/**
 * The vocabulary and the pure rules of city events (meetings, cleanups, hearings…): kinds, states, limits, the
 * checks of an event's times, place and capacity, and whether a person may register now (where they land, registered
 * or on the waitlist, is core/capacity's rule, as for volunteering's shifts). No I/O: the web imports the vocabulary from here.
 */

export const eventKinds = ['meeting', 'cleanup', 'hearing', 'excursion', 'workshop', 'online'] as const;
export type EventKind = (typeof eventKinds)[number];

/** An event is published (held by moderation first when a resident organises it) or cancelled by its organiser. */
export const eventStatuses = ['published', 'cancelled'] as const;
export type EventStatus = (typeof eventStatuses)[number];

/** A registration: in (registered), in line (waitlisted), withdrawn (cancelled), or marked present by the organiser (attended). */
export const registrationStates = ['registered', 'waitlisted', 'cancelled', 'attended'] as const;
export type RegistrationState = (typeof registrationStates)[number];

/** What an event may link to as its source (a meeting on a poll's result…), for later. */
export const eventSourceTypes = ['poll', 'initiative', 'crowd_project'] as const;
export type EventSourceType = (typeof eventSourceTypes)[number];

/** Text and number limits (after the text rule cleaned the input). */
export const eventLimits = {
  title: { min: 3, max: 200 },
  description: { min: 10, max: 10_000 },
  address: { min: 0, max: 300 },
  accessibility: { min: 0, max: 2_000 },
  capacity: { min: 1, max: 100_000 },
  minAge: { min: 0, max: 99 },
  /** The organiser's reason for cancelling, told to those registered. */
  cancelReason: { max: 1_000 },
  /** An event lasts at most this long (a festival's days, not a season). */
  maxDurationDays: 31,
} as const;

/** A refusal of the input that names the field it is about. */
export interface EventInputProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** The times an event is given, checked: ends after it starts, within the longest duration; registration closes by its end and opens before it closes. */
export function timesProblem(input: {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}): EventInputProblem | null {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) return { field: 'endsAt', code: 'event_ends_before_start' };
  if (input.endsAt.getTime() - input.startsAt.getTime() > eventLimits.maxDurationDays * 86_400_000)
    return { field: 'endsAt', code: 'event_too_long', params: { days: eventLimits.maxDurationDays } };
  const { registrationOpensAt: opens, registrationClosesAt: closes } = input;
  if (closes && closes.getTime() > input.endsAt.getTime()) return { field: 'registrationClosesAt', code: 'event_registration_closes_after_end' };
  if (opens && closes && opens.getTime() >= closes.getTime()) return { field: 'registrationClosesAt', code: 'event_registration_closes_before_opens' };
  return null;
}

/** An event happens somewhere: a point on the map, or an online link (an online event needs the link). */
export function placeProblem(input: { kind: EventKind; lat: number | null; lon: number | null; onlineUrl: string | null }): EventInputProblem | null {
  if ((input.lat === null) !== (input.lon === null)) return { field: 'lat', code: 'event_place_incomplete' };
  if (input.kind === 'online' && !input.onlineUrl) return { field: 'onlineUrl', code: 'event_online_link_required' };
  if (input.lat === null && !input.onlineUrl) return { field: 'lat', code: 'event_place_required' };
  return null;
}

/** A capacity may not fall below those already registered (lower it only as far as the registered, or leave it open). */
export function capacityProblem(capacity: number | null, registered: number): EventInputProblem | null {
  if (capacity !== null && capacity < registered) return { field: 'capacity', code: 'event_capacity_below_registered', params: { registered } };
  return null;
}

/** What the registration rules need to know of an event. */
export interface RegistrationFacts {
  status: EventStatus;
  startsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
  /** The organiser closed registration (capped it) for now. */
  registrationPaused: boolean;
  minAge: number | null;
  /** A meeting opened on a source: its participants may register this many days before registration opens. */
  priorityDays?: number;
}

/** When registration opens for this person: earlier by the event's priority days for a participant of its source. */
export function registrationOpensFor(e: Pick<RegistrationFacts, 'registrationOpensAt' | 'priorityDays'>, priority: boolean): Date | null {
  if (!e.registrationOpensAt) return null;
  return priority && e.priorityDays ? new Date(e.registrationOpensAt.getTime() - e.priorityDays * 86_400_000) : e.registrationOpensAt;
}

/** Why a person may not register now. */
export type RegistrationRefusal =
  | 'event_cancelled'
  | 'event_started'
  | 'event_registration_not_open'
  | 'event_registration_closed'
  | 'event_registration_paused'
  | 'event_age_unknown'
  | 'event_under_age'
  | 'event_already_registered';

/**
 * Whether a person may register at `now`: the event is on, has not started, its window is open (for a participant of
 * the meeting's source, `priorityDays` earlier) and the organiser has not closed registration; a person already registered or waitlisted may not again (a cancelled registration may);
 * with an age limit, the person's age on the event's day (their verified birth date) must reach it.
 */
export function registrationRefusal(
  e: RegistrationFacts,
  person: { state: RegistrationState | null; age: number | null; priority?: boolean },
  now: Date,
): RegistrationRefusal | null {
  if (e.status === 'cancelled') return 'event_cancelled';
  if (now.getTime() >= e.startsAt.getTime()) return 'event_started';
  if (person.state === 'registered' || person.state === 'waitlisted' || person.state === 'attended') return 'event_already_registered';
  const opens = registrationOpensFor(e, person.priority ?? false);
  if (opens && now.getTime() < opens.getTime()) return 'event_registration_not_open';
  if (e.registrationClosesAt && now.getTime() >= e.registrationClosesAt.getTime()) return 'event_registration_closed';
  if (e.registrationPaused) return 'event_registration_paused';
  if (e.minAge !== null && e.minAge > 0) {
    if (person.age === null) return 'event_age_unknown';
    if (person.age < e.minAge) return 'event_under_age';
  }
  return null;
}

/** Where an event stands for anyone at a glance (the area page words it): cancelled, over, under way, or how registration stands. */
export type EventStanding = 'cancelled' | 'ended' | 'started' | 'not_open' | 'closed' | 'full' | 'open';

/** An event's standing at `now` by the registration rules, for a person with no priority and no age to check. */
export function eventStanding(e: RegistrationFacts & { endsAt: Date; isFull: boolean }, now: Date): EventStanding {
  if (e.status === 'cancelled') return 'cancelled';
  if (now.getTime() >= e.endsAt.getTime()) return 'ended';
  switch (registrationRefusal({ ...e, minAge: null }, { state: null, age: null }, now)) {
    case 'event_started':
      return 'started';
    case 'event_registration_not_open':
      return 'not_open';
    case 'event_registration_closed':
    case 'event_registration_paused':
      return 'closed';
    default:
      return e.isFull ? 'full' : 'open';
  }
}

/** Free places (null: no limit): core/capacity's rule, named here with the events' vocabulary. */
export { freePlaces } from '../../../core/capacity/capacity.js';

/** What a meeting may be opened on, as `type:id` in a list's filter (`poll:<uuid>`, `initiative:12`, `crowd_project:3`). */
export function parseSourceRef(ref: string): { type: EventSourceType; id: string } | null {
  const at = ref.indexOf(':');
  if (at <= 0) return null;
  const type = ref.slice(0, at);
  const id = ref.slice(at + 1);
  if (!(eventSourceTypes as readonly string[]).includes(type) || !/^[0-9A-Za-z-]{1,64}$/.test(id)) return null;
  return { type: type as EventSourceType, id };
}

/** Limits of what comes after an event: the minutes, their decisions and photos; the check-in code; the priority window. */
export const afterLimits = {
  minutesText: { min: 10, max: 20_000 },
  decision: { min: 2, max: 500 },
  decisions: 50,
  photos: 12,
  priorityDays: { min: 0, max: 60 },
  /** Residents may check in from this long before the start until this long after the end. */
  checkInMarginMinutes: 60,
  checkInCodeLength: 6,
  /** People marked in one request. */
  attendanceBatch: 500,
} as const;

/** Letters and digits people do not confuse when read off a poster (no 0/O, 1/I/L). */
const checkInAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A check-in code from random bytes (at least `checkInCodeLength`), e.g. `K7Q4M2`. */
export function checkInCode(bytes: Uint8Array): string {
  return Array.from(bytes.slice(0, afterLimits.checkInCodeLength), (b) => checkInAlphabet[b % checkInAlphabet.length]).join('');
}

/** A code as typed: spaces and dashes dropped, upper case. */
export const normalizeCheckInCode = (typed: string): string => typed.replace(/[\s-]/g, '').toUpperCase();

/** Why attendance may not be marked now: the event was cancelled, or has not started. */
export function attendanceRefusal(e: { status: EventStatus; startsAt: Date }, now: Date): 'event_cancelled' | 'event_not_started' | null {
  if (e.status === 'cancelled') return 'event_cancelled';
  return now.getTime() < e.startsAt.getTime() ? 'event_not_started' : null;
}

/** Why a person may not check in now: cancelled, outside the event's time (± the margin), or not registered. */
export function checkInRefusal(
  e: { status: EventStatus; startsAt: Date; endsAt: Date },
  state: RegistrationState | null,
  now: Date,
): 'event_cancelled' | 'event_check_in_not_open' | 'event_check_in_over' | 'event_not_registered' | null {
  if (e.status === 'cancelled') return 'event_cancelled';
  const margin = afterLimits.checkInMarginMinutes * 60_000;
  if (now.getTime() < e.startsAt.getTime() - margin) return 'event_check_in_not_open';
  if (now.getTime() > e.endsAt.getTime() + margin) return 'event_check_in_over';
  if (state !== 'registered' && state !== 'attended') return 'event_not_registered';
  return null;
}
