import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canImportPlaces } from './policy.js';

const user = (roles: RoleGrant[] = []): Actor => ({ kind: 'user', userId: 'u', roles, verifications: [] }) as unknown as Actor;

describe('places policy', () => {
  it.each([
    ['an administrator imports a layer', user([{ role: 'administrator', scopeType: 'city', scopeId: null }]), { allowed: true }],
    ['a resident may not', user(), { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    [
      'a moderator may not',
      user([{ role: 'moderator', scopeType: 'city', scopeId: null }]),
      { allowed: false, reason: 'not_administrator', kind: 'forbidden' },
    ],
    ['a visitor signs in first', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
  ] as const)('%s', (_name, actor, decision) => {
    expect(canImportPlaces(actor)).toEqual(decision);
  });
});
