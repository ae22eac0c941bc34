/**
 * The vocabulary and the pure rules of volunteering: projects with shifts (a date and time, a place or online, slots,
 * an age requirement, what to bring), sign-ups with a waitlist, no two overlapping shifts for one person, and the
 * hours an organiser confirms (at most the shift's length). No I/O: the web imports the vocabulary from here.
 * Where a sign-up lands, who moves up and the free slots are core/capacity's rules, as for events' registrations.
 */

/** A sign-up: in (registered), in line (waitlisted) or withdrawn (cancelled). Confirmed hours sit beside a registered one. */
export const signupStates = ['registered', 'waitlisted', 'cancelled'] as const;
export type SignupState = (typeof signupStates)[number];

/** The age requirements a shift may have (none, 14+ or 18+): checked against the verified birth date on the shift's day. */
export const shiftMinAges = [14, 18] as const;
export type ShiftMinAge = (typeof shiftMinAges)[number];

/** Text and number limits (after the text rule cleaned the input). */
export const volunteeringLimits = {
  title: { min: 3, max: 200 },
  description: { min: 10, max: 10_000 },
  organisationName: { min: 3, max: 200 },
  organisationRegNumber: { min: 5, max: 20 },
  shiftTitle: { min: 3, max: 200 },
  address: { min: 0, max: 300 },
  bring: { min: 0, max: 1_000 },
  cancelReason: { min: 3, max: 1_000 },
  capacity: { min: 1, max: 10_000 },
  /** A project is given at most this many shifts at once. */
  shiftsAtOnce: 30,
  /** A shift lasts at most this long. */
  maxShiftHours: 24,
} as const;

/** A refusal of the input that names the field it is about. */
export interface ShiftInputProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A shift's times and place, checked: ends after it starts, at most a day long; a point on the map or an online link. */
export function shiftProblem(input: {
  startsAt: Date;
  endsAt: Date;
  lat: number | null;
  lon: number | null;
  onlineUrl: string | null;
}): ShiftInputProblem | null {
  if (input.endsAt.getTime() <= input.startsAt.getTime()) return { field: 'endsAt', code: 'volunteer_shift_ends_before_start' };
  if (input.endsAt.getTime() - input.startsAt.getTime() > volunteeringLimits.maxShiftHours * 3_600_000)
    return { field: 'endsAt', code: 'volunteer_shift_too_long', params: { hours: volunteeringLimits.maxShiftHours } };
  if ((input.lat === null) !== (input.lon === null)) return { field: 'lat', code: 'volunteer_shift_place_incomplete' };
  if (input.lat === null && !input.onlineUrl) return { field: 'lat', code: 'volunteer_shift_place_required' };
  return null;
}

/** Who organises a project: exactly one of a department (its officials), a verified organisation group, or an outside organisation named with its registration number. */
export function organiserProblem(input: {
  departmentId: string | null;
  groupId: string | null;
  organisationName: string | null;
  organisationRegNumber: string | null;
}): ShiftInputProblem | null {
  const given = [input.departmentId, input.groupId, input.organisationName].filter((v) => v !== null).length;
  if (given > 1) return { field: input.groupId !== null ? 'groupId' : 'organisationName', code: 'volunteer_organiser_twice' };
  if (given === 0) return { field: 'departmentId', code: 'volunteer_organiser_required' };
  if (input.organisationName !== null && input.organisationRegNumber === null)
    return { field: 'organisationRegNumber', code: 'volunteer_organisation_reg_number_required' };
  return null;
}

/** Slots cannot drop below the people already signed up (they would lose a slot they were promised). */
export function capacityProblem(capacity: number, registered: number): ShiftInputProblem | null {
  if (capacity < registered) return { field: 'capacity', code: 'volunteer_capacity_below_signed_up', params: { registered } };
  return null;
}

type Whereabouts = { startsAt: Date; endsAt: Date; lat: number | null; lon: number | null; address: string; onlineUrl: string | null };

/** Whether a shift's time or place changed, so those signed up or waiting must be told. */
export const shiftMoved = (a: Whereabouts, b: Whereabouts): boolean =>
  a.startsAt.getTime() !== b.startsAt.getTime() ||
  a.endsAt.getTime() !== b.endsAt.getTime() ||
  a.lat !== b.lat ||
  a.lon !== b.lon ||
  a.address !== b.address ||
  a.onlineUrl !== b.onlineUrl;

/** What called a person's shift off: the shift itself, or its whole project (its shifts to come went with it). */
export const calledOffKinds = ['shift', 'project'] as const;
export type CalledOff = (typeof calledOffKinds)[number];

/**
 * Whether a shift is off for those on it, and why: a project's cancellation stamps its shifts to come with its own
 * time (one statement, use-cases/cancel.ts), so a shift cancelled at the project's moment went with the project; one
 * cancelled before on its own keeps its own reason. A past shift of a cancelled project took place: it is not off.
 */
export function calledOff(shift: { cancelledAt: Date | null }, project: { cancelledAt: Date | null }): CalledOff | null {
  if (!shift.cancelledAt) return null;
  return project.cancelledAt && project.cancelledAt.getTime() === shift.cancelledAt.getTime() ? 'project' : 'shift';
}

/** What the sign-up rules need to know of a shift (a cancelled one takes nobody). */
export interface ShiftFacts {
  startsAt: Date;
  endsAt: Date;
  minAge: number | null;
  cancelledAt?: Date | null;
}

/** Why a person may not sign up now. */
export type SignupRefusal =
  'volunteer_shift_cancelled' | 'volunteer_shift_started' | 'volunteer_already_signed_up' | 'volunteer_age_unknown' | 'volunteer_under_age';

/**
 * Whether a person may sign up at `now`: the shift has not started, the person is not already in (or waiting; a
 * cancelled sign-up may come back), and with an age requirement their age on the shift's day reaches it.
 */
export function signupRefusal(shift: ShiftFacts, person: { state: SignupState | null; age: number | null }, now: Date): SignupRefusal | null {
  if (shift.cancelledAt) return 'volunteer_shift_cancelled';
  if (now.getTime() >= shift.startsAt.getTime()) return 'volunteer_shift_started';
  if (person.state === 'registered' || person.state === 'waitlisted') return 'volunteer_already_signed_up';
  if (shift.minAge !== null && shift.minAge > 0) {
    if (person.age === null) return 'volunteer_age_unknown';
    if (person.age < shift.minAge) return 'volunteer_under_age';
  }
  return null;
}

/** Whether two shifts overlap in time (touching ends do not: one may end at 12:00 and the next start at 12:00). */
export const overlaps = (a: { startsAt: Date; endsAt: Date }, b: { startsAt: Date; endsAt: Date }): boolean =>
  a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();

/**
 * The most minutes an organiser may confirm for a shift: its length, rounded up to a quarter of an hour (hours are
 * confirmed in quarters, so a 2 h 10 min shift may be confirmed as 2¼ h, never as 2½ h).
 */
export const shiftMinutes = (shift: { startsAt: Date; endsAt: Date }): number => Math.ceil((shift.endsAt.getTime() - shift.startsAt.getTime()) / 900_000) * 15;

/** Why the organiser may not confirm these hours: before the shift ended, more than its length, for someone not in. */
export type HoursRefusal = 'volunteer_shift_cancelled' | 'volunteer_shift_not_over' | 'volunteer_hours_beyond_shift' | 'volunteer_not_signed_up';

/** Whether `minutes` may be confirmed for a person in `state` at `now` (0 says they did not come); never on a cancelled shift. */
export function hoursRefusal(
  shift: { startsAt: Date; endsAt: Date; cancelledAt?: Date | null },
  state: SignupState | null,
  minutes: number,
  now: Date,
): HoursRefusal | null {
  if (shift.cancelledAt) return 'volunteer_shift_cancelled';
  if (state !== 'registered') return 'volunteer_not_signed_up';
  if (now.getTime() < shift.endsAt.getTime()) return 'volunteer_shift_not_over';
  if (minutes > shiftMinutes(shift)) return 'volunteer_hours_beyond_shift';
  return null;
}
