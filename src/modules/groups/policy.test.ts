import { describe, expect, it } from 'vitest';
import type { Actor, UserActor } from '../../core/auth/actor.js';
import { anonymous } from '../../core/auth/actor.js';
import { joinOutcome, pollResults } from './domain/groups.js';
import {
  canClosePoll,
  canCreateGroup,
  canJoinGroup,
  canLeaveGroup,
  canModerateGroup,
  canPostInGroup,
  canReadFeed,
  canReadGroup,
  canSeeFigureAnswers,
  canSeeMembers,
  outsider,
  type GroupFacts,
  type Standing,
} from './policy.js';

const user = (over: Partial<UserActor> = {}): UserActor => ({
  kind: 'user',
  userId: 'u1',
  displayName: '',
  verification: 'verified',
  roles: [],
  language: 'ru',
  districtId: null,
  ...over,
});
const group = (over: Partial<GroupFacts> = {}): GroupFacts => ({
  kind: 'interest',
  status: 'active',
  membership: 'open',
  memberListVisibility: 'members',
  districtId: 'admiralteysky',
  createdBy: 'owner',
  moderation: 'visible',
  ...over,
});
const member: Standing = { role: 'member', state: 'member', banned: false };
const owner: Standing = { role: 'owner', state: 'member', banned: false };
const banned: Standing = { role: null, state: null, banned: true };
const requested: Standing = { role: 'member', state: 'requested', banned: false };
const moderator = user({ roles: [{ role: 'moderator', scopeType: 'city', scopeId: null }] });

const reason = (d: { allowed: boolean; reason?: string }) => (d.allowed ? 'allowed' : d.reason);

describe('groups policy', () => {
  it.each<[string, string, Actor, GroupFacts, Standing, string]>([
    ['read', 'anyone reads an active group', anonymous, group(), outsider, 'allowed'],
    ['read', 'a pending page is hidden from others', user(), group({ status: 'pending' }), outsider, 'group_not_found'],
    ['read', 'its creator sees it pending', user({ userId: 'owner' }), group({ status: 'pending' }), outsider, 'allowed'],
    ['feed', 'an open group’s feed is public', anonymous, group(), outsider, 'allowed'],
    ['feed', 'a group by request shows its feed to members', user(), group({ membership: 'request' }), member, 'allowed'],
    ['feed', 'not to others (404)', user(), group({ membership: 'request' }), outsider, 'group_feed_not_found'],
    ['feed', 'nor to one who only asked', user(), group({ membership: 'invitation' }), requested, 'group_feed_not_found'],
    ['feed', 'a city moderator reads it', moderator, group({ membership: 'request' }), outsider, 'allowed'],
    ['join', 'a banned person cannot rejoin', user(), group(), banned, 'group_banned'],
    ['join', 'a member cannot join twice', user(), group(), member, 'group_already_member'],
    ['join', 'a visitor signs in first', anonymous, group(), outsider, 'unauthenticated'],
    ['post', 'a member posts', user(), group(), member, 'allowed'],
    ['post', 'a banned person is told so', user(), group(), banned, 'group_banned'],
    ['post', 'an outsider may not', user(), group(), outsider, 'not_group_member'],
    ['moderate', 'a member may not hide posts', user(), group(), member, 'not_group_admin'],
    ['moderate', 'the owner may', user(), group(), owner, 'allowed'],
    ['moderate', 'a city moderator may', moderator, group(), outsider, 'allowed'],
    ['members', 'members see a members-only list', user(), group(), member, 'allowed'],
    ['members', 'outsiders do not', user(), group(), outsider, 'group_members_hidden'],
    ['members', 'anyone sees a public list', anonymous, group({ memberListVisibility: 'public' }), outsider, 'allowed'],
    ['close poll', 'its post’s author closes it', user({ userId: 'author' }), group(), member, 'allowed'],
    ['close poll', 'the group’s owner closes it', user(), group(), owner, 'allowed'],
    ['close poll', 'another member may not', user(), group(), member, 'not_poll_author'],
    ['close poll', 'nor its author once out of the group', user({ userId: 'author' }), group(), outsider, 'not_poll_author'],
  ])('%s: %s', (rule, _name, actor, g, me, expected) => {
    const decide = {
      read: () => canReadGroup(actor, g, me),
      feed: () => canReadFeed(actor, g, me),
      join: () => canJoinGroup(actor, g, me),
      post: () => canPostInGroup(actor, g, me),
      moderate: () => canModerateGroup(actor, g, me),
      members: () => canSeeMembers(actor, g, me),
      'close poll': () => canClosePoll(actor, me, 'author'),
    }[rule]!;
    expect(reason(decide())).toBe(expected);
  });

  it('a public figure’s report answers: anyone sees them on a verified page; an unverified page or another kind has none (404)', () => {
    const figure = group({ kind: 'public_figure', memberListVisibility: 'public' });
    const verifiedAt = new Date('2026-11-01T10:00:00Z');
    expect(reason(canSeeFigureAnswers(anonymous, { ...figure, verifiedAt }))).toBe('allowed');
    expect(reason(canSeeFigureAnswers(anonymous, { ...figure, verifiedAt: null }))).toBe('group_answers_not_found');
    expect(reason(canSeeFigureAnswers(anonymous, { ...group(), verifiedAt }))).toBe('group_answers_not_found');
    // its creator sees the pending page, but it is nobody's public record yet
    expect(reason(canSeeFigureAnswers(user({ userId: 'owner' }), { ...figure, status: 'pending', verifiedAt: null }))).toBe('group_answers_not_found');
    expect(reason(canSeeFigureAnswers(anonymous, { ...figure, moderation: 'hidden', verifiedAt }))).toBe('group_not_found');
    expect(reason(canSeeFigureAnswers(moderator, { ...figure, moderation: 'hidden', verifiedAt }))).toBe('group_answers_not_found');
  });

  it('creating needs a verified resident; the last owner cannot leave', () => {
    expect(reason(canCreateGroup(user({ verification: 'email' })))).toBe('group_needs_verified_resident');
    expect(reason(canCreateGroup(user()))).toBe('allowed');
    expect(reason(canLeaveGroup(user(), owner, 1))).toBe('group_last_owner');
    expect(reason(canLeaveGroup(user(), owner, 2))).toBe('allowed');
    expect(reason(canLeaveGroup(user(), outsider, 0))).toBe('group_not_member');
  });

  it('joining: an open building group takes its district’s verified residents at once and asks everyone else; invitation groups need a link', () => {
    const building = { kind: 'building' as const, membership: 'open' as const, districtId: 'admiralteysky' };
    expect(joinOutcome(building, { verifiedResidentOf: 'admiralteysky', hasInvitation: false })).toEqual({ ok: true, state: 'member' });
    expect(joinOutcome(building, { verifiedResidentOf: 'nevsky', hasInvitation: false })).toEqual({ ok: true, state: 'requested' });
    expect(joinOutcome(building, { verifiedResidentOf: null, hasInvitation: true })).toEqual({ ok: true, state: 'member' });
    expect(joinOutcome({ ...building, kind: 'interest', membership: 'invitation' }, { verifiedResidentOf: null, hasInvitation: false })).toEqual({
      ok: false,
      reason: 'invitation_required',
    });
    expect(joinOutcome({ ...building, kind: 'interest', membership: 'request' }, { verifiedResidentOf: 'admiralteysky', hasInvitation: false })).toEqual({
      ok: true,
      state: 'requested',
    });
  });

  it('a poll’s shares are whole per cent adding up to 100 (largest remainder); nobody voted: all 0', () => {
    // 1, 1, 1 of 3: 33.3 each, the first option takes the spare point
    expect(
      pollResults(
        3,
        new Map([
          [0, 1],
          [1, 1],
          [2, 1],
        ]),
      ),
    ).toEqual({ votes: [1, 1, 1], shares: [34, 33, 33], total: 3 });
    // 2 of 3 and 1 of 3: 66.7 and 33.3
    expect(
      pollResults(
        2,
        new Map([
          [0, 2],
          [1, 1],
        ]),
      ).shares,
    ).toEqual([67, 33]);
    expect(pollResults(2, new Map())).toEqual({ votes: [0, 0], shares: [0, 0], total: 0 });
  });
});
