import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../auth/actor.js';
import { canOperate } from './core-policy.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });

describe('kernel policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', user([]), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a city moderator', user([{ role: 'moderator', scopeType: 'city', scopeId: null }]), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    [
      'a district administrator',
      user([{ role: 'administrator', scopeType: 'district', scopeId: 'nevsky' }]),
      { allowed: false, reason: 'not_administrator', kind: 'forbidden' },
    ],
    ['a city administrator', user([{ role: 'administrator', scopeType: 'city', scopeId: null }]), { allowed: true }],
  ])('operating the installation (jobs): %s → %j', (_who, actor, expected) => {
    expect(canOperate(actor)).toEqual(expected);
  });

  it('needs a session, and says so to the routes that name it', () => {
    expect(canOperate.session).toBe('required');
    expect(canOperate.name).toBe('canOperate');
  });
});
