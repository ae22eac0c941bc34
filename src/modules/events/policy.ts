import { hasRole, hasVerification, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import {
  attendanceRefusal,
  checkInRefusal,
  registrationRefusal,
  type EventStatus,
  type RegistrationFacts,
  type RegistrationRefusal,
  type RegistrationState,
} from './domain/events.js';

/** What the rules need to know about an event (for one viewer: `runsGroup`). */
export interface EventFacts extends RegistrationFacts {
  organiserId: string;
  departmentId: string | null;
  /** The group on whose behalf it is organised, or null. */
  groupId: string | null;
  /** Whether the viewer runs that group now (owner or admin, not banned; groups' `groupsRunBy`); false without a group. */
  runsGroup: boolean;
  districtId: string | null;
  endsAt: Date;
  moderation: 'visible' | 'held' | 'hidden';
}

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');

/** Moderators whose scope covers the district (city-wide moderators and administrators: all). */
function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (!isUser(actor)) return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

type Organiser = Pick<EventFacts, 'organiserId' | 'departmentId' | 'groupId' | 'runsGroup'>;

/**
 * The organisers, the one rule every organiser's right (edit, cancel, attendance, minutes, the list of names) goes
 * through: for a department's event, that department's officials; for a group's, whoever runs the group now (its
 * owners and admins — the person who created it only while they still do); otherwise the resident who created it.
 * Administrators too.
 */
export function isEventOrganiser(actor: Actor, e: Organiser): boolean {
  if (!isUser(actor)) return false;
  if (isAdmin(actor)) return true;
  if (e.departmentId !== null) return hasRole(actor, 'official', { type: 'department', id: e.departmentId });
  if (e.groupId !== null) return e.runsGroup;
  return actor.userId === e.organiserId;
}

/** Who may see an event: anyone once published; held for moderation or hidden: its organisers and the district's moderators. */
export function canReadEvent(actor: Actor, e: Organiser & Pick<EventFacts, 'districtId' | 'moderation'>): Decision {
  if (e.moderation === 'visible' || isEventOrganiser(actor, e) || isModeratorOf(actor, e.districtId)) return allow;
  return notVisible('event_not_found');
}

/** On whose behalf an event is organised: a department, a group (with whether the creator runs it now), or neither. */
export interface EventOrganiser {
  departmentId: string | null;
  group?: { runs: boolean; verified: boolean } | null | undefined;
}

/**
 * Who may organise: for a department, its officials (and administrators); for a group, whoever runs it now (owner
 * or admin, not banned — the group vouches for them, so no verification of their own is asked); as a resident, a
 * verified resident. See `isHeldForModeration` for which of these wait for a moderator.
 */
export const canCreateEvent = signedIn(function canCreateEvent(actor, organiser: EventOrganiser) {
  if (organiser.departmentId !== null) {
    return hasRole(actor, 'official', { type: 'department', id: organiser.departmentId }) || isAdmin(actor) ? allow : deny('not_event_department_official');
  }
  if (organiser.group) return organiser.group.runs ? allow : deny('event_group_not_run');
  return hasVerification(actor, 'verified') ? allow : deny('event_organiser_not_verified');
});

/**
 * Whether a new event waits for a moderator before it is public: a resident's and an ordinary group's do. A
 * department's is public at once, and so is a verified organisation's or public figure's (only those kinds are
 * ever verified): an administrator already vetted the organisation when verifying it.
 */
export function isHeldForModeration(organiser: EventOrganiser): boolean {
  if (organiser.departmentId !== null) return false;
  return !organiser.group?.verified;
}

/** Who may edit, cancel, close or reopen registration: its organisers, while it is not cancelled. */
export const canManageEvent = signedIn(function canManageEvent(actor, e: Organiser & Pick<EventFacts, 'status'>) {
  if (!isEventOrganiser(actor, e)) return deny('not_event_organiser');
  return e.status === 'cancelled' ? notNow('event_cancelled') : allow;
});

/** Who may read the names of those registered: its organisers only. */
export const canSeeRegistrations = signedIn(function canSeeRegistrations(actor, e: Organiser) {
  return isEventOrganiser(actor, e) ? allow : deny('not_event_organiser');
});

function refusal(reason: RegistrationRefusal): Decision {
  switch (reason) {
    case 'event_age_unknown':
    case 'event_under_age':
      return deny(reason);
    case 'event_cancelled':
    case 'event_started':
    case 'event_registration_not_open':
    case 'event_registration_closed':
    case 'event_registration_paused':
    case 'event_already_registered':
      return notNow(reason);
  }
}

/** Who may register at `now`: a signed-in person, once, while registration is open, of the event's minimum age. */
export const canRegister = signedIn(function canRegister(
  _actor,
  e: RegistrationFacts,
  person: { state: RegistrationState | null; age: number | null; priority?: boolean },
  now: Date,
) {
  const reason = registrationRefusal(e, person, now);
  return reason ? refusal(reason) : allow;
});

/** Who may cancel their registration: a person registered or on the waitlist, until the event starts. */
export const canCancelRegistration = signedIn(function canCancelRegistration(
  _actor,
  e: Pick<EventFacts, 'startsAt'>,
  state: RegistrationState | null,
  now: Date,
) {
  if (state !== 'registered' && state !== 'waitlisted') return notNow('event_not_registered');
  return now.getTime() >= e.startsAt.getTime() ? notNow('event_started') : allow;
});

/** Who may read their own events and manage their calendar feed: any signed-in person. */
export const canReadOwnEvents = signedIn(function canReadOwnEvents() {
  return allow;
});

type Organised = Organiser & Pick<EventFacts, 'status' | 'startsAt'>;

/** Who may mark who attended (and unmark): its organisers, once the event has started, unless it was cancelled. */
export const canMarkAttendance = signedIn(function canMarkAttendance(actor, e: Organised, now: Date) {
  if (!isEventOrganiser(actor, e)) return deny('not_event_organiser');
  const reason = attendanceRefusal(e, now);
  return reason ? notNow(reason) : allow;
});

/** Who may check in with the code at the door: a registered person, during the event (an hour's margin either side). */
export const canCheckIn = signedIn(function canCheckIn(
  _actor,
  e: { status: EventStatus; startsAt: Date; endsAt: Date },
  state: RegistrationState | null,
  now: Date,
) {
  const reason = checkInRefusal(e, state, now);
  return reason ? notNow(reason) : allow;
});

/** Who may publish and edit the minutes: its organisers, once the event has started, unless it was cancelled. */
export const canWriteMinutes = signedIn(function canWriteMinutes(actor, e: Organised, now: Date) {
  if (!isEventOrganiser(actor, e)) return deny('not_event_organiser');
  const reason = attendanceRefusal(e, now);
  return reason ? notNow(reason) : allow;
});

/**
 * Who may open a meeting on a poll, an initiative or a crowdsourcing project: the people its module says are
 * responsible for it (administrators for polls and projects; the addressed department's officials for an
 * initiative), once it is ready (a poll closed with its results). A source that does not exist or is not public is
 * refused as the input's mistake (400, see createEvent), before this rule.
 */
export const canOpenMeetingOn = signedIn(function canOpenMeetingOn(_actor, source: { responsible: boolean; ready: boolean }) {
  if (!source.responsible) return deny('event_source_not_responsible');
  return source.ready ? allow : notNow('event_source_not_ready');
});
