import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant, UserActor } from '../../core/auth/actor.js';
import { anonymous } from '../../core/auth/actor.js';
import {
  canAdministerVerification,
  canOpenVerificationDesk,
  canSeeOwnVerification,
  canSwitchMethod,
  canUseMethod,
  canVerifyAccount,
  canVerifyInPerson,
  canVerifySelf,
} from './policy.js';

const user = (roles: RoleGrant[] = [], verification: UserActor['verification'] = 'email'): Actor => ({
  kind: 'user',
  userId: 'staff-1',
  displayName: 'Staff',
  verification,
  roles,
  language: 'en',
  districtId: null,
});
const nevskyVerifier = user([{ role: 'verifier', scopeType: 'district', scopeId: 'nevsky' }]);
const cityVerifier = user([{ role: 'verifier', scopeType: 'city', scopeId: null }]);
const administrator = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const moderator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);

describe('who may verify people in person', () => {
  it('lets a district verifier verify residents of their district only', () => {
    expect(canVerifyInPerson(nevskyVerifier, { userId: 'u', districtId: 'nevsky' })).toEqual({ allowed: true });
    expect(canVerifyInPerson(nevskyVerifier, { userId: 'u', districtId: 'primorsky' })).toEqual({
      allowed: false,
      reason: 'verification_not_verifier_of_district',
      kind: 'forbidden',
    });
  });

  it('lets city-wide verifiers and administrators verify residents of any district', () => {
    expect(canVerifyInPerson(cityVerifier, { userId: 'u', districtId: 'primorsky' })).toEqual({ allowed: true });
    expect(canVerifyInPerson(administrator, { userId: 'u', districtId: 'primorsky' })).toEqual({ allowed: true });
  });

  it('refuses other staff, residents, anonymous callers and verifying oneself', () => {
    expect(canVerifyInPerson(moderator, { userId: 'u', districtId: 'nevsky' })).toEqual({
      allowed: false,
      reason: 'verification_not_verifier',
      kind: 'forbidden',
    });
    expect(canVerifyInPerson(user(), { userId: 'u', districtId: 'nevsky' })).toEqual({
      allowed: false,
      reason: 'verification_not_verifier',
      kind: 'forbidden',
    });
    expect(canVerifyInPerson(anonymous, { userId: 'u', districtId: 'nevsky' })).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
    expect(canVerifyInPerson(administrator, { userId: 'staff-1', districtId: 'nevsky' })).toEqual({
      allowed: false,
      reason: 'verification_not_self',
      kind: 'forbidden',
    });
  });

  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', user(), { allowed: false, reason: 'verification_not_verifier', kind: 'forbidden' }],
    ['a moderator', moderator, { allowed: false, reason: 'verification_not_verifier', kind: 'forbidden' }],
    ['a district verifier', nevskyVerifier, { allowed: true }],
    ['a city-wide verifier', cityVerifier, { allowed: true }],
    ['an administrator', administrator, { allowed: true }],
  ])('opens the desk to verifiers of any scope and administrators: %s → %j', (_who, actor, expected) => {
    expect(canOpenVerificationDesk(actor)).toEqual(expected);
  });
});

describe('residents and administrators', () => {
  it.each([
    [
      'a visitor',
      anonymous,
      { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' },
      { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' },
    ],
    ['a person without a confirmed e-mail', user([], 'none'), { allowed: true }, { allowed: false, reason: 'email_not_confirmed', kind: 'forbidden' }],
    ['a person with a confirmed e-mail', user(), { allowed: true }, { allowed: true }],
    ['a verified resident', user([], 'verified'), { allowed: true }, { allowed: true }],
  ])('seeing their own status, and verifying themself: %s → %j, %j', (_who, actor, seeing, verifying) => {
    expect(canSeeOwnVerification(actor)).toEqual(seeing);
    expect(canVerifySelf(actor)).toEqual(verifying);
  });

  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a city-wide verifier', cityVerifier, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a moderator', moderator, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['an administrator', administrator, { allowed: true }],
  ])('keeps methods, the register, the list and revocation to administrators: %s → %j', (_who, actor, expected) => {
    expect(canAdministerVerification(actor)).toEqual(expected);
  });
});

describe('what the city and the identity allow, whoever asks (not now)', () => {
  it.each([
    [{ configured: true, enabled: true }, { allowed: true }],
    [
      { configured: true, enabled: false },
      { allowed: false, reason: 'verification_method_disabled', kind: 'conflict' },
    ],
    [
      { configured: false, enabled: true },
      { allowed: false, reason: 'verification_oidc_not_configured', kind: 'conflict' },
    ],
    [
      { configured: false, enabled: false },
      { allowed: false, reason: 'verification_oidc_not_configured', kind: 'conflict' },
    ],
  ])('using a method %j → %j', (method, expected) => {
    expect(canUseMethod(method)).toEqual(expected);
  });

  it.each([
    [{ enabling: true, configured: true }, { allowed: true }],
    [{ enabling: false, configured: false }, { allowed: true }],
    [
      { enabling: true, configured: false },
      { allowed: false, reason: 'verification_oidc_not_configured', kind: 'conflict' },
    ],
  ])('switching a method %j → %j', (change, expected) => {
    expect(canSwitchMethod(change)).toEqual(expected);
  });

  it.each([
    [{ accountVerified: false }, { allowed: true }],
    [{ accountVerified: false, identityUsedElsewhere: false }, { allowed: true }],
    [{ accountVerified: true }, { allowed: false, reason: 'already_verified', kind: 'conflict' }],
    [
      { accountVerified: true, identityUsedElsewhere: true },
      { allowed: false, reason: 'already_verified', kind: 'conflict' },
    ],
    [
      { accountVerified: false, identityUsedElsewhere: true },
      { allowed: false, reason: 'identity_already_used', kind: 'conflict' },
    ],
  ])('verifying an account %j → %j', (facts, expected) => {
    expect(canVerifyAccount(facts)).toEqual(expected);
  });
});
