import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canCreateWorks, canImportCityBudget, canUpdateWork } from './policy-works.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u', displayName: 'U', verification: 'email', roles, language: 'en', districtId: null });
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const improvement = user([{ role: 'official', scopeType: 'department', scopeId: 'committee-improvement' }]);
const roads = user([{ role: 'official', scopeType: 'department', scopeId: 'committee-roads' }]);
const resident = user([]);
const work = { departmentId: 'committee-improvement' };

describe('who may track works', () => {
  it.each([
    ['an administrator', admin, { allowed: true }],
    ['an official of the responsible department', improvement, { allowed: true }],
    ['an official of another department', roads, { allowed: false, reason: 'works_not_responsible', kind: 'forbidden' }],
    ['a resident', resident, { allowed: false, reason: 'works_not_responsible', kind: 'forbidden' }],
    ['nobody signed in', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
  ])('updating a work: %s', (_label, actor, expected) => expect(canUpdateWork(actor, work)).toEqual(expected));

  it('a work without a department is updated by administrators only', () => {
    expect(canUpdateWork(improvement, { departmentId: null })).toEqual({ allowed: false, reason: 'works_not_responsible', kind: 'forbidden' });
    expect(canUpdateWork(admin, { departmentId: null }).allowed).toBe(true);
  });

  it('creating works and importing the city budget are for administrators', () => {
    for (const rule of [canCreateWorks, canImportCityBudget]) {
      expect(rule(admin).allowed).toBe(true);
      expect(rule(improvement)).toEqual({ allowed: false, reason: 'not_administrator', kind: 'forbidden' });
      expect(rule(anonymous)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
    }
  });
});
