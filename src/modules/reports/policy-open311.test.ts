import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canFileReasonThroughOpen311, canFileThroughOpen311, canManageApiKeys } from './policy-open311.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });
/** A refusal as the table states it, with its kind (401 sign in, 403 not you). */
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const yes = { allowed: true };

describe('Open311 policy', () => {
  it.each([
    ['no key sent', { sent: false, key: null }, no('open311_api_key_missing', 'forbidden')],
    ['a key that matches none', { sent: true, key: null }, no('open311_api_key_invalid', 'forbidden')],
    ['a revoked key', { sent: true, key: { revokedAt: new Date('2026-01-01') } }, no('open311_api_key_revoked', 'forbidden')],
    ['a current key', { sent: true, key: { revokedAt: null } }, yes],
  ])('filing: %s → %j', (_what, facts, expected) => {
    expect(canFileThroughOpen311(facts)).toEqual(expected);
  });

  it.each([
    ['a reason for anyone', { verifiedRequired: false }, yes],
    ['a reason for verified accounts (a client cannot vouch for the resident)', { verifiedRequired: true }, no('report_verified_required', 'forbidden')],
  ])('filing a reason: %s → %j', (_what, reason, expected) => {
    expect(canFileReasonThroughOpen311(reason)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, no('unauthenticated', 'unauthenticated')],
    ['a resident', user([]), no('not_administrator', 'forbidden')],
    ['an official', user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]), no('not_administrator', 'forbidden')],
    ['a city moderator', user([{ role: 'moderator', scopeType: 'city', scopeId: null }]), no('not_administrator', 'forbidden')],
    [
      'a district administrator grant (not valid, but never enough)',
      user([{ role: 'administrator', scopeType: 'district', scopeId: 'nevsky' }]),
      no('not_administrator', 'forbidden'),
    ],
    ['a city administrator', user([{ role: 'administrator', scopeType: 'city', scopeId: null }]), yes],
  ])('managing API keys: %s → %j', (_who, actor, expected) => {
    expect(canManageApiKeys(actor)).toEqual(expected);
  });
});
