import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canCreateProject, canManageProject, isProjectOrganiser, type OrganiserFacts } from './policy.js';

const user = (roles: RoleGrant[] = [], userId = 'u'): Actor => ({ kind: 'user', userId, roles, verifications: [] }) as unknown as Actor;
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'roads' }]);
const groupProject = (runsGroup: boolean): OrganiserFacts => ({ organiserId: 'someone', departmentId: null, groupId: 'g', runsGroup });

describe('who organises a volunteering project', () => {
  it.each([
    ['the admin of the organising community', user(), groupProject(true), true],
    ['a member who does not run it (or a banned admin)', user(), groupProject(false), false],
    ['the person who created it, once no longer running the community', user([], 'someone'), groupProject(false), false],
    ['an administrator', admin, groupProject(false), true],
    ['the department’s official', official, { organiserId: 'x', departmentId: 'roads', groupId: null, runsGroup: false }, true],
    ['anonymous', anonymous, groupProject(true), false],
  ] as const)('%s', (_name, actor, facts, expected) => {
    expect(isProjectOrganiser(actor, facts)).toBe(expected);
    expect(canManageProject(actor, facts).allowed).toBe(expected);
  });

  it.each([
    ['a verified organisation’s admin', user(), { verified: true, runsIt: true }, { allowed: true }],
    [
      'a plain member of a verified organisation',
      user(),
      { verified: true, runsIt: false },
      { allowed: false, reason: 'volunteer_group_not_run', kind: 'forbidden' },
    ],
    ['an unverified group’s admin', user(), { verified: false, runsIt: true }, { allowed: false, reason: 'volunteer_group_not_verified', kind: 'forbidden' }],
    ['an administrator for a verified organisation', admin, { verified: true, runsIt: false }, { allowed: true }],
    [
      'an administrator for an unverified group',
      admin,
      { verified: false, runsIt: false },
      { allowed: false, reason: 'volunteer_group_not_verified', kind: 'forbidden' },
    ],
  ] as const)('announcing on a community’s behalf: %s', (_name, actor, group, decision) => {
    expect(canCreateProject(actor, { departmentId: null, group })).toEqual(decision);
  });
});
