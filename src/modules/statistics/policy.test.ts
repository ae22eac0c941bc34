import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canEditPopulation } from './policy.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });

describe('statistics policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', user([]), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    [
      'a district moderator',
      user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]),
      { allowed: false, reason: 'not_administrator', kind: 'forbidden' },
    ],
    ['an administrator', user([{ role: 'administrator', scopeType: 'city', scopeId: null }]), { allowed: true }],
  ])('editing district populations: %s → %j', (_who, actor, expected) => {
    expect(canEditPopulation(actor)).toEqual(expected);
  });
});
