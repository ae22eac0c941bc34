import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant, UserActor } from '../../core/auth/actor.js';
import { anonymous } from '../../core/auth/actor.js';
import { canAdministerVerification, canOpenVerificationDesk, canSeeOwnVerification, canVerifyInPerson, canVerifySelf } from './policy.js';

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
    expect(canVerifyInPerson(cityVerifier, { userId: 'u', districtId: 'primorsky' }).allowed).toBe(true);
    expect(canVerifyInPerson(administrator, { userId: 'u', districtId: 'primorsky' }).allowed).toBe(true);
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

  it('opens the desk to verifiers of any scope and administrators', () => {
    expect(canOpenVerificationDesk(nevskyVerifier).allowed).toBe(true);
    expect(canOpenVerificationDesk(administrator).allowed).toBe(true);
    expect(canOpenVerificationDesk(moderator).allowed).toBe(false);
  });
});

describe('residents and administrators', () => {
  it('lets signed-in people see their own status and confirmed ones verify themselves', () => {
    expect(canSeeOwnVerification(user([], 'none')).allowed).toBe(true);
    expect(canSeeOwnVerification(anonymous)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
    expect(canVerifySelf(user([], 'none'))).toEqual({ allowed: false, reason: 'email_not_confirmed', kind: 'forbidden' });
    expect(canVerifySelf(user()).allowed).toBe(true);
  });

  it('keeps methods, the register, the list and revocation to administrators', () => {
    expect(canAdministerVerification(administrator).allowed).toBe(true);
    expect(canAdministerVerification(cityVerifier)).toEqual({ allowed: false, reason: 'not_administrator', kind: 'forbidden' });
    expect(canAdministerVerification(anonymous)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
  });
});
