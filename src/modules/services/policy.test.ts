import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canAdministerServices, canChooseMyRoles, canMarkService, canProposeToCatalogue, canReadCatalogueItem } from './policy.js';

const user = (roles: RoleGrant[] = [], userId = 'u'): Actor => ({ kind: 'user', userId, roles, verifications: [] }) as unknown as Actor;
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const moderator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const hidden = { allowed: false, reason: 'service_not_found', kind: 'hidden' };

describe('services policy', () => {
  it.each([
    ['anyone sees a public service', anonymous, { moderation: 'visible', proposedBy: null }, { allowed: true }],
    ['a held proposal is not there for a visitor', anonymous, { moderation: 'held', proposedBy: 'p' }, hidden],
    ['nor for another resident', user(), { moderation: 'held', proposedBy: 'p' }, hidden],
    ['its proposer sees it while it waits', user([], 'p'), { moderation: 'held', proposedBy: 'p' }, { allowed: true }],
    ['a moderator sees it to decide', moderator, { moderation: 'held', proposedBy: 'p' }, { allowed: true }],
    ['an administrator sees a hidden one', admin, { moderation: 'hidden', proposedBy: null }, { allowed: true }],
  ] as const)('%s', (_name, actor, facts, decision) => {
    expect(canReadCatalogueItem(actor, facts)).toEqual(decision);
  });

  it('only administrators edit, import and read usefulness', () => {
    expect(canAdministerServices(admin)).toEqual({ allowed: true });
    expect(canAdministerServices(moderator)).toEqual({ allowed: false, reason: 'not_administrator', kind: 'forbidden' });
    expect(canAdministerServices(anonymous).allowed).toBe(false);
  });

  it('signed-in residents choose roles, propose and mark a public service; visitors are asked to sign in', () => {
    for (const rule of [canChooseMyRoles, canProposeToCatalogue, canMarkService]) {
      expect(rule(user())).toEqual({ allowed: true });
      expect(rule(anonymous)).toMatchObject({ allowed: false, kind: 'unauthenticated' });
    }
    expect(canMarkService(user(), { moderation: 'held', proposedBy: null })).toEqual(hidden);
  });
});
