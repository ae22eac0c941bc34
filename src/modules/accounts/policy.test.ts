import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canBlockUser, canEditOwnProfile, canGrantRole, canManageUsers, canRevokeRole } from './policy.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });
const resident = user([]);
const cityAdmin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const moderator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const cityModerator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);

describe('accounts policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a district moderator', moderator, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['an official', official, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a city administrator', cityAdmin, { allowed: true }],
  ])('managing users: %s → %j', (_who, actor, expected) => {
    expect(canManageUsers(actor)).toEqual(expected);
  });

  it.each([
    [{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }, { allowed: true }],
    [
      { role: 'official', scopeType: 'district', scopeId: 'nevsky' },
      { allowed: false, reason: 'official_needs_department', kind: 'forbidden' },
    ],
    [{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }, { allowed: true }],
    [{ role: 'expert', scopeType: 'city', scopeId: null }, { allowed: true }],
    [{ role: 'administrator', scopeType: 'city', scopeId: null }, { allowed: true }],
    [
      { role: 'administrator', scopeType: 'department', scopeId: 'admin-nevsky' },
      { allowed: false, reason: 'administrator_city_only', kind: 'forbidden' },
    ],
    [
      { role: 'moderator', scopeType: 'district', scopeId: null },
      { allowed: false, reason: 'scope_required', kind: 'forbidden' },
    ],
    [
      { role: 'expert', scopeType: 'city', scopeId: 'nevsky' },
      { allowed: false, reason: 'scope_not_expected', kind: 'forbidden' },
    ],
  ] as const)('an administrator granting %j → %j', (grant, expected) => {
    expect(canGrantRole(cityAdmin, grant)).toEqual(expected);
  });

  it.each([
    ['a visitor blocks a resident', anonymous, [], { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident blocks a resident', resident, [], { allowed: false, reason: 'not_moderator', kind: 'forbidden' }],
    ['a district moderator blocks a resident', moderator, [], { allowed: false, reason: 'not_moderator', kind: 'forbidden' }],
    ['a city moderator blocks a resident', cityModerator, [], { allowed: true }],
    ['a city moderator blocks an official', cityModerator, [{ role: 'official' }], { allowed: false, reason: 'cannot_block_staff', kind: 'forbidden' }],
    ['an administrator blocks an official', cityAdmin, [{ role: 'official' }], { allowed: true }],
  ] as const)('blocking: %s → %j', (_case, actor, targetRoles, expected) => {
    expect(canBlockUser(actor, { roles: targetRoles })).toEqual(expected);
  });

  it('only administrators grant, whatever the grant', () => {
    expect(canGrantRole(moderator, { role: 'moderator', scopeType: 'district', scopeId: 'nevsky' })).toEqual({
      allowed: false,
      reason: 'not_administrator',
      kind: 'forbidden',
    });
  });

  it.each([
    ['administrator', 1, { allowed: false, reason: 'last_administrator', kind: 'forbidden' }],
    ['administrator', 2, { allowed: true }],
    ['moderator', 1, { allowed: true }],
  ] as const)('revoking %s with %d administrators left → %j', (role, n, expected) => {
    expect(canRevokeRole(cityAdmin, { role }, { cityAdministrators: n })).toEqual(expected);
  });

  it('anyone signed in edits their own profile; visitors cannot', () => {
    expect(canEditOwnProfile(resident)).toEqual({ allowed: true });
    expect(canEditOwnProfile(anonymous)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
  });
});
