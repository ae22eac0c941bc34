import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { allow, notNow } from '../../core/auth/decision.js';
import { canAnswerAsOfficial, canComment, canDelete, canEdit, canHideAsHost, canRestoreAsHost, canSeeModerated, canVote, needsHostDistrict } from './policy.js';

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

// whole decisions, with the kind that decides the status: sign in (401), not you (403), not now (409)
const signInFirst = { allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' } as const;
const notYou = (reason: string) => ({ allowed: false, reason, kind: 'forbidden' }) as const;
const conflict = (reason: string) => ({ allowed: false, reason, kind: 'conflict' }) as const;
const allowed = { allowed: true } as const;

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
    ['a visitor, open host', anonymous, allow, signInFirst],
    ['a resident, open host', other, allow, allowed],
    ['a resident, host closed: its own decision and kind', other, notNow('phase_closed'), conflict('phase_closed')],
  ])('commenting: %s', (_what, actor, host, expected) => {
    expect(canComment(actor, host)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, comment(), soon, signInFirst],
    ['someone else', other, comment(), soon, notYou('not_author')],
    ['a city moderator', cityModerator, comment(), soon, notYou('not_author')],
    ['the author within 15 minutes', author, comment(), soon, allowed],
    ['the author after 15 minutes', author, comment(), late, conflict('edit_window_closed')],
    ['the author of a deleted comment', author, comment({ deletedAt: soon }), soon, conflict('comment_unavailable')],
    ['the author of a held comment', author, comment({ moderation: 'held' }), soon, allowed],
  ])('editing: %s', (_what, actor, c, now, expected) => {
    expect(canEdit(actor, c, now)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signInFirst],
    ['someone else', other, notYou('not_author')],
    ['a city moderator', cityModerator, notYou('not_author')],
    ['the author', author, allowed],
  ])('deleting: %s', (_what, actor, expected) => {
    expect(canDelete(actor, comment())).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, comment(), signInFirst],
    ['the author', author, comment(), notYou('own_comment_vote')],
    ['someone else', other, comment(), allowed],
    ['someone else, hidden comment', other, comment({ moderation: 'hidden' }), conflict('comment_unavailable')],
    ['someone else, held comment', other, comment({ moderation: 'held' }), conflict('comment_unavailable')],
    ['someone else, deleted comment', other, comment({ deletedAt: soon }), conflict('comment_unavailable')],
  ])('voting: %s', (_what, actor, c, expected) => {
    expect(canVote(actor, c)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, { authorId: 'author' }, null, signInFirst],
    ['the author', author, { authorId: 'author' }, 'nevsky', allowed],
    ['someone else', other, { authorId: 'author' }, 'nevsky', notYou('not_moderator')],
    ['an administrator', administrator, { authorId: 'author' }, 'nevsky', notYou('not_moderator')],
    ['a city moderator, any district', cityModerator, { authorId: 'author' }, 'vyborgsky', allowed],
    ['a city moderator, no district', cityModerator, { authorId: 'author' }, null, allowed],
    ['a city moderator, whole thread', cityModerator, null, null, allowed],
    ['a Nevsky moderator, Nevsky host', nevskyModerator, { authorId: 'author' }, 'nevsky', allowed],
    ['a Nevsky moderator, whole Nevsky thread', nevskyModerator, null, 'nevsky', allowed],
    ['a Nevsky moderator, Vyborgsky host', nevskyModerator, { authorId: 'author' }, 'vyborgsky', notYou('not_moderator')],
    ['a Nevsky moderator, host without district', nevskyModerator, { authorId: 'author' }, null, notYou('not_moderator')],
    ['the author of nothing, whole thread', author, null, null, notYou('not_moderator')],
  ] as const)('seeing hidden and held text: %s', (_what, actor, c, district, expected) => {
    expect(canSeeModerated(actor, c, district)).toEqual(expected);
  });

  it.each([
    ['a community’s admin, a comment the community hid', other, 'host', true, allowed],
    ['a community’s admin, a comment the city hid', other, 'city', true, notYou('not_moderator')],
    ['a member who does not run it, a comment the community hid', other, 'host', false, notYou('not_moderator')],
  ] as const)('seeing what the host’s own moderators hid: %s', (_what, actor, hiddenBy, hostModerator, expected) => {
    expect(canSeeModerated(actor, { authorId: 'author', hiddenBy }, null, hostModerator)).toEqual(expected);
  });

  const hidden = (hiddenBy: 'host' | 'city' | null, moderation = 'hidden', deletedAt: Date | null = null) => ({ moderation, hiddenBy, deletedAt });
  it.each([
    ['a visitor', anonymous, hidden('host'), false, signInFirst],
    ['a community’s admin, a comment the community hid', other, hidden('host'), true, allowed],
    ['a community’s admin, a comment the city’s moderators hid', other, hidden('city'), true, notYou('comment_hidden_by_city')],
    ['a community’s admin, a comment held by the screen', other, hidden(null, 'held'), true, notYou('comment_hidden_by_city')],
    ['a community’s admin, a shown comment', other, hidden(null, 'visible'), true, conflict('comment_not_hidden')],
    ['a community’s admin, a deleted comment', other, hidden('host', 'hidden', soon), true, conflict('comment_not_hidden')],
    ['a member who does not run it', other, hidden('host'), false, notYou('not_host_moderator')],
    ['a city moderator (restores through moderation)', cityModerator, hidden('host'), false, notYou('not_host_moderator')],
  ] as const)('showing a hidden comment again as the host’s moderator: %s', (_what, actor, c, hostModerator, expected) => {
    expect(canRestoreAsHost(actor, c, hostModerator)).toEqual(expected);
  });

  it.each([
    ['a community’s admin, a shown comment', other, hidden(null, 'visible'), true, allowed],
    ['a community’s admin, a comment the city’s moderators hid', other, hidden('city'), true, conflict('comment_unavailable')],
    ['a member who does not run it', other, hidden(null, 'visible'), false, notYou('not_host_moderator')],
  ] as const)('hiding a comment as the host’s moderator: %s', (_what, actor, c, hostModerator, expected) => {
    expect(canHideAsHost(actor, c, hostModerator)).toEqual(expected);
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
    ['a visitor', anonymous, 'admin-nevsky', signInFirst],
    ['a resident', other, 'admin-nevsky', notYou('not_official_of_department')],
    ['an official of that department', official, 'admin-nevsky', allowed],
    ['an official of another department', official, 'admin-vyborgsky', notYou('not_official_of_department')],
    ['a city administrator', administrator, 'admin-nevsky', notYou('not_official_of_department')],
  ])('answering as a department: %s', (_what, actor, department, expected) => {
    expect(canAnswerAsOfficial(actor, department)).toEqual(expected);
  });
});
