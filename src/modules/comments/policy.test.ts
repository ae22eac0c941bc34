import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { allow, deny } from '../../core/auth/decision.js';
import { canAnswerAsOfficial, canComment, canDelete, canEdit, canSeeModerated, canVote, needsHostDistrict } from './policy.js';

const user = (userId: string, roles: RoleGrant[] = []): Actor => ({
  kind: 'user',
  userId,
  displayName: 'U',
  verification: 'email',
  roles,
  language: 'ru',
  districtId: null,
});
const author = user('author');
const other = user('other');
const cityModerator = user('mod', [{ role: 'moderator', scopeType: 'city', scopeId: null }]);
const nevskyModerator = user('nmod', [{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const official = user('off', [{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
const administrator = user('adm', [{ role: 'administrator', scopeType: 'city', scopeId: null }]);

const posted = new Date('2026-03-01T10:00:00Z');
const soon = new Date('2026-03-01T10:10:00Z');
const late = new Date('2026-03-01T10:20:00Z');
const comment = (over: Partial<{ moderation: string; deletedAt: Date | null }> = {}) => ({
  authorId: 'author',
  createdAt: posted,
  moderation: 'visible',
  deletedAt: null,
  ...over,
});

describe('comments policy', () => {
  it.each([
    ['a visitor, open host', anonymous, allow, deny('unauthenticated')],
    ['a resident, open host', other, allow, allow],
    ['a resident, host closed', other, deny('phase_closed'), deny('phase_closed')],
  ])('commenting: %s', (_what, actor, host, expected) => {
    expect(canComment(actor, host)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, comment(), soon, deny('unauthenticated')],
    ['someone else', other, comment(), soon, deny('not_author')],
    ['a city moderator', cityModerator, comment(), soon, deny('not_author')],
    ['the author within 15 minutes', author, comment(), soon, allow],
    ['the author after 15 minutes', author, comment(), late, deny('edit_window_closed')],
    ['the author of a deleted comment', author, comment({ deletedAt: soon }), soon, deny('comment_unavailable')],
    ['the author of a held comment', author, comment({ moderation: 'held' }), soon, allow],
  ])('editing: %s', (_what, actor, c, now, expected) => {
    expect(canEdit(actor, c, now)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, deny('unauthenticated')],
    ['someone else', other, deny('not_author')],
    ['a city moderator', cityModerator, deny('not_author')],
    ['the author', author, allow],
  ])('deleting: %s', (_what, actor, expected) => {
    expect(canDelete(actor, comment())).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, comment(), deny('unauthenticated')],
    ['the author', author, comment(), deny('own_comment_vote')],
    ['someone else', other, comment(), allow],
    ['someone else, hidden comment', other, comment({ moderation: 'hidden' }), deny('comment_unavailable')],
    ['someone else, held comment', other, comment({ moderation: 'held' }), deny('comment_unavailable')],
    ['someone else, deleted comment', other, comment({ deletedAt: soon }), deny('comment_unavailable')],
  ])('voting: %s', (_what, actor, c, expected) => {
    expect(canVote(actor, c)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, { authorId: 'author' }, null, deny('unauthenticated')],
    ['the author', author, { authorId: 'author' }, 'nevsky', allow],
    ['someone else', other, { authorId: 'author' }, 'nevsky', deny('not_moderator')],
    ['an administrator', administrator, { authorId: 'author' }, 'nevsky', deny('not_moderator')],
    ['a city moderator, any district', cityModerator, { authorId: 'author' }, 'vyborgsky', allow],
    ['a city moderator, no district', cityModerator, { authorId: 'author' }, null, allow],
    ['a city moderator, whole thread', cityModerator, null, null, allow],
    ['a Nevsky moderator, Nevsky host', nevskyModerator, { authorId: 'author' }, 'nevsky', allow],
    ['a Nevsky moderator, whole Nevsky thread', nevskyModerator, null, 'nevsky', allow],
    ['a Nevsky moderator, Vyborgsky host', nevskyModerator, { authorId: 'author' }, 'vyborgsky', deny('not_moderator')],
    ['a Nevsky moderator, host without district', nevskyModerator, { authorId: 'author' }, null, deny('not_moderator')],
    ['the author of nothing, whole thread', author, null, null, deny('not_moderator')],
  ] as const)('seeing hidden and held text: %s', (_what, actor, c, district, expected) => {
    expect(canSeeModerated(actor, c, district)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, false],
    ['a resident', other, false],
    ['a city moderator', cityModerator, false],
    ['a district moderator', nevskyModerator, true],
  ])('the host district matters to %s: %j', (_what, actor, expected) => {
    expect(needsHostDistrict(actor)).toBe(expected);
  });

  it.each([
    ['a visitor', anonymous, 'admin-nevsky', deny('unauthenticated')],
    ['a resident', other, 'admin-nevsky', deny('not_official_of_department')],
    ['an official of that department', official, 'admin-nevsky', allow],
    ['an official of another department', official, 'admin-vyborgsky', deny('not_official_of_department')],
    ['a city administrator', administrator, 'admin-nevsky', deny('not_official_of_department')],
  ])('answering as a department: %s', (_what, actor, department, expected) => {
    expect(canAnswerAsOfficial(actor, department)).toEqual(expected);
  });
});
