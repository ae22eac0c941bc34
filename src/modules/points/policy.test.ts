import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type VerificationLevel } from '../../core/auth/actor.js';
import { canAdministerPoints, canRedeemReward, canSeeOwnPoints } from './policy.js';

const user = (verification: VerificationLevel, admin = false): Actor => ({
  kind: 'user',
  userId: 'u',
  displayName: 'U',
  verification,
  roles: admin ? [{ role: 'administrator', scopeType: 'city', scopeId: null }] : [],
  language: 'en',
  districtId: null,
});

describe('points policy', () => {
  it.each([
    ['anonymous sees nothing', canSeeOwnPoints(anonymous), false],
    ['a resident sees own points', canSeeOwnPoints(user('none')), true],
    ['an unconfirmed e-mail cannot redeem', canRedeemReward(user('none')), false],
    ['a confirmed resident redeems', canRedeemReward(user('email')), true],
    ['anonymous cannot redeem', canRedeemReward(anonymous), false],
    ['a resident does not administer', canAdministerPoints(user('verified')), false],
    ['an administrator administers', canAdministerPoints(user('email', true)), true],
  ])('%s', (_name, decision, allowed) => {
    expect(decision.allowed).toBe(allowed);
  });
});
