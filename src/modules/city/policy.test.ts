import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canEditCalendar, canManageDistricts } from './policy.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });

describe('city policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', user([]), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    [
      'an official',
      user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]),
      { allowed: false, reason: 'not_administrator', kind: 'forbidden' },
    ],
    ['a city moderator', user([{ role: 'moderator', scopeType: 'city', scopeId: null }]), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['an administrator', user([{ role: 'administrator', scopeType: 'city', scopeId: null }]), { allowed: true }],
  ])('editing the calendar and managing districts: %s → %j', (_who, actor, expected) => {
    expect(canEditCalendar(actor)).toEqual(expected);
    expect(canManageDistricts(actor)).toEqual(expected);
  });
});
