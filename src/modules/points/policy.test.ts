import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type VerificationLevel } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import { adjustmentFits, canAdministerPoints, canRedeemReward, canSeeOwnPoints, requestReplayable, rewardObtainable } from './policy.js';

const user = (verification: VerificationLevel, admin = false): Actor => ({
  kind: 'user',
  userId: 'u',
  displayName: 'U',
  verification,
  roles: admin ? [{ role: 'administrator', scopeType: 'city', scopeId: null }] : [],
  language: 'en',
  districtId: null,
});
const yes: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');

describe('points policy: who', () => {
  it.each<[string, Decision, Decision]>([
    ['anonymous sees nothing', canSeeOwnPoints(anonymous), signIn],
    ['a resident sees own points', canSeeOwnPoints(user('none')), yes],
    ['anonymous cannot redeem', canRedeemReward(anonymous), signIn],
    ['an unconfirmed e-mail cannot redeem', canRedeemReward(user('none')), no('email_not_confirmed', 'forbidden')],
    ['a confirmed resident redeems', canRedeemReward(user('email')), yes],
    ['anonymous does not administer', canAdministerPoints(anonymous), signIn],
    ['a resident does not administer', canAdministerPoints(user('verified')), no('not_administrator', 'forbidden')],
    ['an administrator administers', canAdministerPoints(user('email', true)), yes],
  ])('%s', (_name, decision, expected) => expect(decision).toEqual(expected));
});

describe('points policy: the moment', () => {
  const now = new Date('2027-03-10');
  const reward = { active: true, validUntil: null as Date | null, stock: 3, cost: 50 };
  it.each<[string, typeof reward, number, Decision]>([
    ['offered, in stock, affordable', reward, 50, yes],
    ['not enough points', reward, 49, no('points_not_enough', 'conflict')],
    ['sold out', { ...reward, stock: 0 }, 100, no('reward_sold_out', 'conflict')],
    ['switched off', { ...reward, active: false }, 100, no('reward_unavailable', 'conflict')],
    ['past its date', { ...reward, validUntil: now }, 100, no('reward_unavailable', 'conflict')],
    ['before its date', { ...reward, validUntil: new Date('2027-03-11') }, 100, yes],
    ['withdrawn and sold out: not offered comes first', { ...reward, active: false, stock: 0 }, 0, no('reward_unavailable', 'conflict')],
  ])('redeeming: %s', (_name, r, balance, expected) => expect(rewardObtainable(r, balance, now)).toEqual(expected));

  it.each<[string, string, Decision]>([
    ['the same reward again', 'r1', yes],
    ['another reward', 'r2', no('redemption_request_reused', 'conflict')],
  ])('a request id used before, for %s', (_name, rewardId, expected) => expect(requestReplayable({ rewardId: 'r1' }, rewardId)).toEqual(expected));

  it.each<[number, number, Decision]>([
    [60, -60, yes],
    [60, -61, no('points_adjustment_negative', 'conflict')],
    [0, 10, yes],
  ])('adjusting a balance of %i by %i', (balance, delta, expected) => expect(adjustmentFits(balance, delta)).toEqual(expected));
});
