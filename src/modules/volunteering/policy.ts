import { hasRole, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { hoursRefusal, signupRefusal, type ShiftFacts, type SignupState } from './domain/volunteering.js';

/** What the rules need to know about a project. */
export interface ProjectFacts {
  organiserId: string;
  departmentId: string | null;
  /** The verified organisation group that runs it, if one does. */
  groupId: string | null;
  /** Whether the actor runs that group now (its owner or admin, not banned, the group active and verified). */
  runsGroup: boolean;
  districtId: string | null;
  moderation: 'visible' | 'held' | 'hidden';
}

/** The facts that say who organises a project. */
export type OrganiserFacts = Pick<ProjectFacts, 'organiserId' | 'departmentId' | 'groupId' | 'runsGroup'>;

const isUser = (actor: Actor): actor is UserActor => actor.kind === 'user';
const isAdmin = (actor: Actor) => hasRole(actor, 'administrator');

function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (!isUser(actor)) return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

/**
 * The organiser — the one rule every organiser's act goes through: for a department's project that department's
 * officials; for a group's project the group's current owners and admins (not banned; the group verified); for an
 * outside organisation named in text the administrator who entered it; administrators always.
 */
export function isProjectOrganiser(actor: Actor, p: OrganiserFacts): boolean {
  if (!isUser(actor)) return false;
  if (isAdmin(actor)) return true;
  if (p.departmentId !== null) return hasRole(actor, 'official', { type: 'department', id: p.departmentId });
  if (p.groupId !== null) return p.runsGroup;
  return actor.userId === p.organiserId;
}

/** Who may see a project: anyone unless moderation hid it; then its organisers and the district's moderators. */
export function canReadProject(actor: Actor, p: ProjectFacts): Decision {
  if (p.moderation === 'visible' || isProjectOrganiser(actor, p) || isModeratorOf(actor, p.districtId)) return allow;
  return notVisible('volunteer_project_not_found');
}

/**
 * Who may announce a project: for a department, its officials (and administrators); for a group, a verified
 * organisation's owners and admins (and administrators), never an unverified group's; for an outside organisation
 * named in text, administrators only.
 */
export const canCreateProject = signedIn(function canCreateProject(
  actor,
  organiser: { departmentId: string | null; group?: { verified: boolean; runsIt: boolean } | null },
) {
  if (organiser.group) {
    if (!organiser.group.verified) return deny('volunteer_group_not_verified');
    return organiser.group.runsIt || isAdmin(actor) ? allow : deny('volunteer_group_not_run');
  }
  if (isAdmin(actor)) return allow;
  if (organiser.departmentId !== null)
    return hasRole(actor, 'official', { type: 'department', id: organiser.departmentId }) ? allow : deny('not_volunteer_department_official');
  return deny('volunteer_organisation_admin_only');
});

/** Who may add shifts, see the sign-ups and confirm hours: the project's organisers. */
export const canManageProject = signedIn(function canManageProject(actor, p: OrganiserFacts) {
  return isProjectOrganiser(actor, p) ? allow : deny('not_volunteer_organiser');
});

/** Who may change or cancel a project now: its organisers, until it is cancelled (409 after). */
export const canChangeProject = signedIn(function canChangeProject(actor, p: OrganiserFacts & { cancelledAt: Date | null }) {
  if (!isProjectOrganiser(actor, p)) return deny('not_volunteer_organiser');
  return p.cancelledAt ? notNow('volunteer_project_cancelled') : allow;
});

/** Who may change or cancel a shift now: the project's organisers, before it starts and while it is not cancelled (409). */
export const canChangeShift = signedIn(function canChangeShift(actor, p: OrganiserFacts, shift: Pick<ShiftFacts, 'startsAt' | 'cancelledAt'>, now: Date) {
  if (!isProjectOrganiser(actor, p)) return deny('not_volunteer_organiser');
  if (shift.cancelledAt) return notNow('volunteer_shift_cancelled');
  return now.getTime() >= shift.startsAt.getTime() ? notNow('volunteer_shift_started') : allow;
});

/** Who may sign up at `now`: a signed-in person, once per shift, before it starts, of its minimum age (verified). */
export const canSignUp = signedIn(function canSignUp(_actor, shift: ShiftFacts, person: { state: SignupState | null; age: number | null }, now: Date) {
  const reason = signupRefusal(shift, person, now);
  if (!reason) return allow;
  return reason === 'volunteer_age_unknown' || reason === 'volunteer_under_age' ? deny(reason) : notNow(reason);
});

/** Who may cancel their sign-up: a person in or waiting, until the shift starts (a cancelled shift needs nothing more). */
export const canCancelSignup = signedIn(function canCancelSignup(
  _actor,
  shift: Pick<ShiftFacts, 'startsAt' | 'cancelledAt'>,
  state: SignupState | null,
  now: Date,
) {
  if (shift.cancelledAt) return notNow('volunteer_shift_cancelled');
  if (state !== 'registered' && state !== 'waitlisted') return notNow('volunteer_not_signed_up');
  return now.getTime() >= shift.startsAt.getTime() ? notNow('volunteer_shift_started') : allow;
});

/** Whether the organiser may confirm hours for a person now: after the shift, for someone who was in (the amount: hoursRefusal). */
export const canConfirmHours = signedIn(function canConfirmHours(
  actor,
  p: OrganiserFacts,
  shift: Pick<ShiftFacts, 'startsAt' | 'endsAt' | 'cancelledAt'>,
  state: SignupState | null,
  now: Date,
) {
  if (!isProjectOrganiser(actor, p)) return deny('not_volunteer_organiser');
  const reason = hoursRefusal(shift, state, 0, now);
  return reason ? notNow(reason) : allow;
});

/** Who may read their own sign-ups, set whether their record is public and list the organisations they run: any signed-in person. */
export const canReadOwnVolunteering = signedIn(function canReadOwnVolunteering() {
  return allow;
});
