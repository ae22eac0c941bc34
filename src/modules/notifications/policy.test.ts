import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canFollow, canManageOwnNotifications, canSeeEntity, canSendDigests } from './policy.js';

const user = (roles: RoleGrant[], userId = 'u1'): Actor => ({
  kind: 'user',
  userId,
  displayName: 'U',
  verification: 'email',
  roles,
  language: 'ru',
  districtId: null,
});
const resident = user([]);
const cityAdmin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const moderator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);

describe('notifications policy', () => {
  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, { allowed: true }],
    ['an official', official, { allowed: true }],
  ])('following and the notification centre: %s → %j', (_who, actor, expected) => {
    expect(canFollow(actor)).toEqual(expected);
    expect(canManageOwnNotifications(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' }],
    ['a resident', resident, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a city moderator', moderator, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['an official', official, { allowed: false, reason: 'not_administrator', kind: 'forbidden' }],
    ['a city administrator', cityAdmin, { allowed: true }],
  ])('sending digests now: %s → %j', (_who, actor, expected) => {
    expect(canSendDigests(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor, visible', anonymous, { visible: true, authorId: 'u1' }, { allowed: true }],
    ['a visitor, hidden', anonymous, { visible: false, authorId: 'u1' }, { allowed: false, reason: 'follow_target_not_found', kind: 'hidden' }],
    ['someone else, hidden', user([], 'u2'), { visible: false, authorId: 'u1' }, { allowed: false, reason: 'follow_target_not_found', kind: 'hidden' }],
    ['the author, hidden', resident, { visible: false, authorId: 'u1' }, { allowed: true }],
    ['anyone, hidden and authorless', resident, { visible: false, authorId: null }, { allowed: false, reason: 'follow_target_not_found', kind: 'hidden' }],
  ] as const)('seeing an entity: %s → %j', (_who, actor, entity, expected) => {
    expect(canSeeEntity(actor, entity)).toEqual(expected);
  });
});
