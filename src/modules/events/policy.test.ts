import { describe, expect, it } from 'vitest';
import { anonymous, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signInFirst } from '../../core/auth/decision.js';
import {
  canCancelRegistration,
  canCreateEvent,
  canManageEvent,
  canReadEvent,
  canRegister,
  canSeeRegistrations,
  isHeldForModeration,
  type EventFacts,
} from './policy.js';

const user = (over: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  userId: 'u-1',
  displayName: 'Anna',
  verification: 'email',
  roles: [],
  language: 'en',
  districtId: null,
  ...over,
});
const resident = user();
const verified = user({ verification: 'verified' });
const organiser = user({ userId: 'org', verification: 'verified' });
const official = user({ userId: 'off', roles: [{ role: 'official', scopeType: 'department', scopeId: 'roads' }] });
const otherOfficial = user({ userId: 'off2', roles: [{ role: 'official', scopeType: 'department', scopeId: 'parks' }] });
const moderator = user({ userId: 'mod', roles: [{ role: 'moderator', scopeType: 'city', scopeId: null }] });
const admin = user({ userId: 'adm', roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }] });

const now = new Date('2030-05-05T12:00:00Z');
const residentsEvent: EventFacts = {
  organiserId: 'org',
  departmentId: null,
  groupId: null,
  runsGroup: false,
  districtId: 'nevsky',
  moderation: 'visible',
  status: 'published',
  startsAt: new Date('2030-05-10T10:00:00Z'),
  endsAt: new Date('2030-05-10T12:00:00Z'),
  registrationOpensAt: null,
  registrationClosesAt: null,
  registrationPaused: false,
  minAge: null,
};
const departmentsEvent: EventFacts = { ...residentsEvent, organiserId: 'off', departmentId: 'roads' };
const held: EventFacts = { ...residentsEvent, moderation: 'held' };
// a group's event, as seen by a viewer who runs the group now (runsGroup) or not
const groupsEvent: EventFacts = { ...residentsEvent, groupId: 'g-1' };
const runGroup: EventFacts = { ...groupsEvent, runsGroup: true };

describe('events policy', () => {
  it.each([
    ['anyone reads a published event', canReadEvent(anonymous, residentsEvent), allow],
    ['a held event is not visible to others', canReadEvent(resident, held), notVisible('event_not_found')],
    ['its organiser sees it held', canReadEvent(organiser, held), allow],
    ['moderators see it held', canReadEvent(moderator, held), allow],
    ['a visitor organises nothing', canCreateEvent(anonymous, { departmentId: null }), signInFirst],
    ['an unverified resident may not organise', canCreateEvent(resident, { departmentId: null }), deny('event_organiser_not_verified')],
    ['a verified resident may', canCreateEvent(verified, { departmentId: null }), allow],
    ['an official for their department', canCreateEvent(official, { departmentId: 'roads' }), allow],
    ['not for another department', canCreateEvent(otherOfficial, { departmentId: 'roads' }), deny('not_event_department_official')],
    ['a verified resident not for a department', canCreateEvent(verified, { departmentId: 'roads' }), deny('not_event_department_official')],
    ['administrators for any department', canCreateEvent(admin, { departmentId: 'roads' }), allow],
    [
      'whoever runs the group organises on its behalf, unverified too',
      canCreateEvent(resident, { departmentId: null, group: { runs: true, verified: false } }),
      allow,
    ],
    [
      'a person who does not run it may not',
      canCreateEvent(verified, { departmentId: null, group: { runs: false, verified: true } }),
      deny('event_group_not_run'),
    ],
    ['a co-admin of the group manages its event', canManageEvent(verified, runGroup), allow],
    ['its creator no longer, once they stop running the group', canManageEvent(organiser, groupsEvent), deny('not_event_organiser')],
    ['whoever runs the group sees its event held', canReadEvent(verified, { ...runGroup, moderation: 'held' }), allow],
    ['and reads the names of those registered', canSeeRegistrations(verified, runGroup), allow],
    ['the resident organiser manages theirs', canManageEvent(organiser, residentsEvent), allow],
    ['another resident may not', canManageEvent(verified, residentsEvent), deny('not_event_organiser')],
    ['the department’s officials manage its event', canManageEvent(user({ userId: 'x', roles: official.roles }), departmentsEvent), allow],
    ['another department’s official may not', canManageEvent(otherOfficial, departmentsEvent), deny('not_event_organiser')],
    ['nothing once cancelled', canManageEvent(organiser, { ...residentsEvent, status: 'cancelled' }), notNow('event_cancelled')],
    ['names to organisers', canSeeRegistrations(official, departmentsEvent), allow],
    ['not to a registered resident', canSeeRegistrations(resident, departmentsEvent), deny('not_event_organiser')],
    ['a resident registers', canRegister(resident, residentsEvent, { state: null, age: null }, now), allow],
    ['under age is not them', canRegister(resident, { ...residentsEvent, minAge: 18 }, { state: null, age: 16 }, now), deny('event_under_age')],
    ['twice is not now', canRegister(resident, residentsEvent, { state: 'waitlisted', age: null }, now), notNow('event_already_registered')],
    ['a visitor signs in first', canRegister(anonymous, residentsEvent, { state: null, age: null }, now), signInFirst],
    ['a registered person cancels', canCancelRegistration(resident, residentsEvent, 'registered', now), allow],
    ['not when not registered', canCancelRegistration(resident, residentsEvent, 'cancelled', now), notNow('event_not_registered')],
    ['not once it started', canCancelRegistration(resident, residentsEvent, 'waitlisted', residentsEvent.startsAt), notNow('event_started')],
  ])('%s', (_name, decision, expected) => {
    expect(decision).toEqual(expected);
  });

  it.each([
    ['a resident’s event waits for a moderator', { departmentId: null }, true],
    ['a department’s is public at once', { departmentId: 'roads' }, false],
    ['an ordinary group’s waits', { departmentId: null, group: { runs: true, verified: false } }, true],
    ['a verified organisation’s is public at once: an administrator vetted it', { departmentId: null, group: { runs: true, verified: true } }, false],
  ])('%s', (_name, organiser, expected) => {
    expect(isHeldForModeration(organiser)).toBe(expected);
  });
});
