import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canDecide, canFlag, canManageForbiddenWords, canReadQueue, moderationScope } from './policy.js';

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
const cityModerator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const nevskyModerator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const cityAdmin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
const expert = user([{ role: 'expert', scopeType: 'city', scopeId: null }]);

/** A refusal as the table states it: not you (403) unless said otherwise. */
const no = (reason: string, kind: DenialKind = reason === 'unauthenticated' ? 'unauthenticated' : reason.endsWith('_not_found') ? 'hidden' : 'forbidden') => ({
  allowed: false,
  reason,
  kind,
});
const yes = { allowed: true };

describe('moderation policy', () => {
  it.each([
    ['a visitor', anonymous, { kind: 'none' }],
    ['a resident', resident, { kind: 'none' }],
    ['an official', official, { kind: 'none' }],
    ['a city moderator', cityModerator, { kind: 'city' }],
    ['a city administrator', cityAdmin, { kind: 'city' }],
    ['a Nevsky moderator', nevskyModerator, { kind: 'districts', ids: ['nevsky'] }],
  ])('scope of %s → %j', (_who, actor, expected) => {
    expect(moderationScope(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, { authorId: 'u2' }, no('unauthenticated')],
    ['a resident, on someone else’s content', resident, { authorId: 'u2' }, yes],
    ['a resident, on their own content', resident, { authorId: 'u1' }, no('own_content_flag')],
    ['a resident, on content without an author', resident, { authorId: null }, yes],
  ])('flagging: %s → %j', (_who, actor, content, expected) => {
    expect(canFlag(actor, content)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('not_moderator')],
    ['an official', official, no('not_moderator')],
    ['an expert', expert, no('not_moderator')],
    ['a Nevsky moderator', nevskyModerator, yes],
    ['a city moderator', cityModerator, yes],
    ['a city administrator', cityAdmin, yes],
  ])('reading the queue: %s → %j', (_who, actor, expected) => {
    expect(canReadQueue(actor)).toEqual(expected);
  });

  it.each([
    ['a resident', resident, 'nevsky', no('not_moderator')],
    ['a Nevsky moderator, Nevsky content', nevskyModerator, 'nevsky', yes],
    ['a Nevsky moderator, Primorsky content', nevskyModerator, 'primorsky', no('not_moderator_here')],
    ['a Nevsky moderator, content without a district', nevskyModerator, null, no('not_moderator_here')],
    ['a city moderator, content without a district', cityModerator, null, yes],
    ['a city administrator, Primorsky content', cityAdmin, 'primorsky', yes],
  ])('deciding: %s → %j', (_who, actor, districtId, expected) => {
    expect(canDecide(actor, { districtId })).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('not_city_moderator')],
    ['a Nevsky moderator', nevskyModerator, no('not_city_moderator')],
    ['a city moderator', cityModerator, yes],
    ['a city administrator', cityAdmin, yes],
  ])('managing forbidden words: %s → %j', (_who, actor, expected) => {
    expect(canManageForbiddenWords(actor)).toEqual(expected);
  });
});
