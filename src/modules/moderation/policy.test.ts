import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canDecide, canFlag, canManageForbiddenWords, canReadQueue, canTakeAction, moderationScope } from './policy.js';

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

/** A refusal as the table states it, with its kind: sign in (401), not you (403), not now (409). */
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const signInFirst = no('unauthenticated', 'unauthenticated');
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
    ['a visitor', anonymous, { authorId: 'u2' }, signInFirst],
    ['a resident, on someone else’s content', resident, { authorId: 'u2' }, yes],
    ['a resident, on their own content', resident, { authorId: 'u1' }, no('own_content_flag', 'forbidden')],
    ['a resident, on content without an author', resident, { authorId: null }, yes],
  ])('flagging: %s → %j', (_who, actor, content, expected) => {
    expect(canFlag(actor, content)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signInFirst],
    ['a resident', resident, no('not_moderator', 'forbidden')],
    ['an official', official, no('not_moderator', 'forbidden')],
    ['an expert', expert, no('not_moderator', 'forbidden')],
    ['a Nevsky moderator', nevskyModerator, yes],
    ['a city moderator', cityModerator, yes],
    ['a city administrator', cityAdmin, yes],
  ])('reading the queue: %s → %j', (_who, actor, expected) => {
    expect(canReadQueue(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, 'nevsky', signInFirst],
    ['a resident', resident, 'nevsky', no('not_moderator', 'forbidden')],
    ['a Nevsky moderator, Nevsky content', nevskyModerator, 'nevsky', yes],
    ['a Nevsky moderator, Primorsky content', nevskyModerator, 'primorsky', no('not_moderator_here', 'forbidden')],
    ['a Nevsky moderator, content without a district', nevskyModerator, null, no('not_moderator_here', 'forbidden')],
    ['a city moderator, content without a district', cityModerator, null, yes],
    ['a city administrator, Primorsky content', cityAdmin, 'primorsky', yes],
  ])('deciding: %s → %j', (_who, actor, districtId, expected) => {
    expect(canDecide(actor, { districtId })).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signInFirst],
    ['a resident', resident, no('not_city_moderator', 'forbidden')],
    ['a Nevsky moderator', nevskyModerator, no('not_city_moderator', 'forbidden')],
    ['a city moderator', cityModerator, yes],
    ['a city administrator', cityAdmin, yes],
  ])('managing forbidden words: %s → %j', (_who, actor, expected) => {
    expect(canManageForbiddenWords(actor)).toEqual(expected);
  });

  it.each([
    ['visible', 'hide', yes],
    ['held', 'hide', yes],
    ['hidden', 'hide', yes],
    ['hidden', 'restore', yes],
    ['held', 'restore', yes],
    ['visible', 'restore', no('nothing_to_restore', 'conflict')],
    ['visible', 'dismiss', yes],
    ['hidden', 'dismiss', no('restore_or_hide', 'conflict')],
    ['held', 'dismiss', no('restore_or_hide', 'conflict')],
  ] as const)('an action on %s content: %s → %j (not now, whoever decides)', (state, action, expected) => {
    expect(canTakeAction(state, action)).toEqual(expected);
  });
});
