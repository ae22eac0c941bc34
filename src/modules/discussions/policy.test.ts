import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant, type VerificationLevel } from '../../core/auth/actor.js';
import { canCommentOnDiscussion, canCreateDiscussion, canEditDiscussion, canReadDiscussion, canSeeModeration, type DiscussionFacts } from './policy.js';

const user = (roles: RoleGrant[], userId = 'u1', verification: VerificationLevel = 'email'): Actor => ({
  kind: 'user',
  userId,
  displayName: 'U',
  verification,
  roles,
  language: 'ru',
  districtId: null,
});
const author = user([], 'author');
const resident = user([]);
const unconfirmed = user([], 'u1', 'none');
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
const cityModerator = user([{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const nevskyModerator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const primorskyModerator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'primorsky' }]);
const cityAdmin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);

const created = new Date('2026-03-01T10:00:00Z');
const d = (moderation: DiscussionFacts['moderation'], districtId: string | null = 'nevsky'): DiscussionFacts => ({
  authorId: 'author',
  districtId,
  moderation,
  createdAt: created,
});
/** A refusal as the table states it, with its kind: sign in (401), not you (403), not now (409), not visible (404). */
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const signInFirst = no('unauthenticated', 'unauthenticated');
const yes = { allowed: true };

describe('discussions policy', () => {
  it.each([
    ['a visitor', anonymous, {}, signInFirst],
    ['a person without a confirmed e-mail', unconfirmed, {}, no('email_not_confirmed', 'forbidden')],
    ['a resident', resident, {}, yes],
    ['a resident in a department’s role', resident, { asOfficial: 'admin-nevsky' }, no('not_official_of_department', 'forbidden')],
    ['an official of the department', official, { asOfficial: 'admin-nevsky' }, yes],
    ['an official of another department', official, { asOfficial: 'admin-primorsky' }, no('not_official_of_department', 'forbidden')],
  ])('opening: %s → %j', (_who, actor, input, expected) => {
    expect(canCreateDiscussion(actor, input)).toEqual(expected);
  });

  it.each([
    ['a visitor, public', anonymous, d('visible'), yes],
    ['a visitor, hidden', anonymous, d('hidden'), no('discussion_not_found', 'hidden')],
    ['a resident, held', resident, d('held'), no('discussion_not_found', 'hidden')],
    ['the author, held', author, d('held'), yes],
    ['the author, hidden', author, d('hidden'), yes],
    ['a city moderator, hidden', cityModerator, d('hidden'), yes],
    ['a Nevsky moderator, hidden in Nevsky', nevskyModerator, d('hidden'), yes],
    ['a Primorsky moderator, hidden in Nevsky', primorskyModerator, d('hidden'), no('discussion_not_found', 'hidden')],
    ['a Nevsky moderator, hidden without a district', nevskyModerator, d('hidden', null), no('discussion_not_found', 'hidden')],
    ['a city administrator, hidden', cityAdmin, d('hidden'), yes],
    ['an official, hidden', official, d('hidden'), no('discussion_not_found', 'hidden')],
  ])('reading: %s → %j', (_who, actor, facts, expected) => {
    expect(canReadDiscussion(actor, facts)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signInFirst],
    ['a resident', resident, no('not_moderator', 'forbidden')],
    ['the author', author, yes],
    ['a Nevsky moderator', nevskyModerator, yes],
  ])('seeing the moderation reason: %s → %j', (_who, actor, expected) => {
    expect(canSeeModeration(actor, d('hidden'))).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, '2026-03-01T12:00:00Z', signInFirst],
    ['another resident', resident, '2026-03-01T12:00:00Z', no('not_discussion_author', 'forbidden')],
    ['a moderator', cityModerator, '2026-03-01T12:00:00Z', no('not_discussion_author', 'forbidden')],
    ['the author, after 2 hours', author, '2026-03-01T12:00:00Z', yes],
    ['the author, after 25 hours', author, '2026-03-02T11:00:00Z', no('discussion_edit_closed', 'conflict')],
  ])('editing: %s → %j', (_who, actor, now, expected) => {
    expect(canEditDiscussion(actor, d('visible'), new Date(now))).toEqual(expected);
  });

  it.each([
    ['a visitor, public', anonymous, d('visible'), signInFirst],
    ['a resident, public', resident, d('visible'), yes],
    ['the author, held', author, d('held'), no('discussion_not_public', 'conflict')],
    ['a moderator, hidden', cityModerator, d('hidden'), no('discussion_not_public', 'conflict')],
  ])('commenting: %s → %j', (_who, actor, facts, expected) => {
    expect(canCommentOnDiscussion(actor, facts)).toEqual(expected);
  });
});
