import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import {
  canBlockUser,
  canDeleteOwnAccount,
  canFindPeopleAtDesk,
  canGrantRole,
  canManageUsers,
  canReadOutbox,
  canRevokeRole,
  canSignIn,
  canUseOwnAccount,
} from './policy.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });
const resident = user([]);
const cityAdmin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const moderator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const cityModerator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);

describe('accounts policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, { allowed: false, reason: 'not_desk_staff', kind: 'forbidden' }],
    ['a city moderator', cityModerator, { allowed: false, reason: 'not_desk_staff', kind: 'forbidden' }],
    ['an official', official, { allowed: false, reason: 'not_desk_staff', kind: 'forbidden' }],
    ['a district verifier', user([{ role: 'verifier', scopeType: 'district', scopeId: 'nevsky' }]), { allowed: true }],
    ['a city verifier', user([{ role: 'verifier', scopeType: 'city', scopeId: null }]), { allowed: true }],
    ['a city administrator', cityAdmin, { allowed: true }],
  ])('finding a person at a desk by code, e-mail or name: %s → %j', (_who, actor, expected) => {
    expect(canFindPeopleAtDesk(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a district moderator', moderator, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['an official', official, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a city administrator', cityAdmin, { allowed: true }],
  ])('managing users and reading the outbox: %s → %j', (_who, actor, expected) => {
    expect(canManageUsers(actor)).toEqual(expected);
    expect(canReadOutbox(actor)).toEqual(expected);
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
    // not now: whoever asks, another administrator must be named first
    ['administrator', 1, { allowed: false, reason: 'last_administrator', kind: 'conflict' }],
    ['administrator', 2, { allowed: true }],
    ['moderator', 1, { allowed: true }],
  ] as const)('revoking %s with %d administrators left → %j', (role, n, expected) => {
    expect(canRevokeRole(cityAdmin, { role }, { cityAdministrators: n })).toEqual(expected);
  });

  it('only administrators revoke, whatever the grant', () => {
    expect(canRevokeRole(cityModerator, { role: 'moderator' }, { cityAdministrators: 2 })).toEqual({
      allowed: false,
      reason: 'not_administrator',
      kind: 'forbidden',
    });
    expect(canRevokeRole(anonymous, { role: 'moderator' }, { cityAdministrators: 2 })).toEqual({
      allowed: false,
      reason: 'unauthenticated',
      kind: 'unauthenticated',
    });
  });

  it('anyone signed in reads and edits their own account; visitors are asked to sign in', () => {
    expect(canUseOwnAccount(resident)).toEqual({ allowed: true });
    expect(canUseOwnAccount(anonymous)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
  });

  const now = new Date('2026-05-01T10:00:00Z');
  const account = { blockedAt: null, blockedUntil: null, emailConfirmedAt: new Date('2026-01-01T00:00:00Z') };
  it.each([
    ['a confirmed account', account, { allowed: true }],
    ['an unconfirmed account', { ...account, emailConfirmedAt: null }, { allowed: false, reason: 'email_not_confirmed', kind: 'forbidden' }],
    ['an account blocked until lifted', { ...account, blockedAt: now }, { allowed: false, reason: 'account_blocked', kind: 'forbidden' }],
    [
      'an account blocked until tomorrow',
      { ...account, blockedAt: now, blockedUntil: new Date('2026-05-02T10:00:00Z') },
      { allowed: false, reason: 'account_blocked_until', kind: 'forbidden' },
    ],
    ['an account whose block ended', { ...account, blockedAt: now, blockedUntil: new Date('2026-05-01T09:00:00Z') }, { allowed: true }],
    [
      'an unconfirmed blocked account (the block is the reason given)',
      { blockedAt: now, blockedUntil: null, emailConfirmedAt: null },
      { allowed: false, reason: 'account_blocked', kind: 'forbidden' },
    ],
  ])('signing in with the right password: %s → %j', (_case, facts, expected) => {
    expect(canSignIn(facts, now)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, false, 2, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, false, 1, { allowed: true }],
    ['an official', official, false, 1, { allowed: true }],
    ['one of two city administrators', cityAdmin, true, 2, { allowed: true }],
    ['the last city administrator', cityAdmin, true, 1, { allowed: false, reason: 'last_administrator', kind: 'conflict' }],
  ] as const)('deleting one’s own account: %s → %j', (_case, actor, isCityAdministrator, cityAdministrators, expected) => {
    expect(canDeleteOwnAccount(actor, { isCityAdministrator, cityAdministrators })).toEqual(expected);
  });
});
