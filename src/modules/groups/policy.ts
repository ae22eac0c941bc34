import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import { hasVerification, type Actor } from '../../core/auth/actor.js';
import type { ModerationState } from '../../core/module/entities.js';
import type { GroupKind, GroupRole, GroupStatus, MemberListVisibility, MemberState, MembershipMode } from './domain/groups.js';

/** What the rules need to know about a group. */
export interface GroupFacts {
  kind: GroupKind;
  status: GroupStatus;
  membership: MembershipMode;
  memberListVisibility: MemberListVisibility;
  districtId: string | null;
  createdBy: string;
  moderation: ModerationState;
}

/** The caller's place in the group: their membership row (if any) and whether they are banned there. */
export interface Standing {
  role: GroupRole | null;
  state: MemberState | null;
  banned: boolean;
}

export const outsider: Standing = { role: null, state: null, banned: false };

const isMember = (s: Standing) => s.state === 'member';
const isGroupAdmin = (s: Standing) => isMember(s) && (s.role === 'owner' || s.role === 'admin');

/** City administrators (they verify organisations and public figures). */
export const isCityAdministrator = (actor: Actor) => actor.kind === 'user' && actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');

/** Moderators whose scope covers the group's district (city-wide moderators and administrators: all): the level above a group's admins. */
export function isCityModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

/** Who may create a group: verified residents; organisations and public figures wait for an administrator. */
export const canCreateGroup = signedIn(function canCreateGroup(actor) {
  return hasVerification(actor, 'verified') ? allow : deny('group_needs_verified_resident');
});

/**
 * Who may see a group: everyone while it is active and not hidden; a pending, refused or hidden one only its creator,
 * its members and the city's administrators and moderators (404 to everyone else).
 */
export function canReadGroup(actor: Actor, g: GroupFacts, me: Standing = outsider): Decision {
  if (g.status === 'active' && g.moderation === 'visible') return allow;
  if (actor.kind === 'user' && (actor.userId === g.createdBy || isMember(me) || isCityAdministrator(actor) || isCityModeratorOf(actor, g.districtId)))
    return allow;
  return notVisible('group_not_found');
}

/** Who may read a group's feed and its posts: anyone in an open group; only members (and the city's moderators) in the others — 404 otherwise. */
export function canReadFeed(actor: Actor, g: GroupFacts, me: Standing = outsider): Decision {
  if (!canReadGroup(actor, g, me).allowed) return notVisible('group_not_found');
  if (g.membership === 'open' || isMember(me) || isCityModeratorOf(actor, g.districtId)) return allow;
  return notVisible('group_feed_not_found');
}

/** Who of a group's followers hears of its new posts: anyone not banned in an open group, its members in the others. */
export function hearsOfPosts(g: GroupFacts, me: Standing): boolean {
  return !me.banned && (g.membership === 'open' || isMember(me));
}

/** Who may join or ask to join: anyone signed in who is not banned nor already in, while the group is active. */
export const canJoinGroup = signedIn(function canJoinGroup(_actor, g: GroupFacts, me: Standing) {
  if (me.banned) return deny('group_banned');
  if (g.status !== 'active') return notNow('group_not_active');
  if (isMember(me)) return notNow('group_already_member');
  if (me.state === 'requested') return notNow('group_already_requested');
  return allow;
});

/** Who may leave: a member (or one who asked or was invited: it withdraws), but not the last owner before handing the group over. */
export const canLeaveGroup = signedIn(function canLeaveGroup(_actor, me: Standing, owners: number) {
  if (me.state === null) return notNow('group_not_member');
  if (me.role === 'owner' && isMember(me) && owners <= 1) return notNow('group_last_owner');
  return allow;
});

/** Who may run a group (edit it, approve requests, invite, remove and ban, pin and hide posts): its owners and admins. */
export const canManageGroup = signedIn(function canManageGroup(_actor, me: Standing) {
  return isGroupAdmin(me) ? allow : deny('not_group_admin');
});

/** Who may give roles (and hand the group over): its owners. */
export const canGiveRoles = signedIn(function canGiveRoles(_actor, me: Standing) {
  return isMember(me) && me.role === 'owner' ? allow : deny('not_group_owner');
});

/** Who may post in a group and comment on its posts: its current members; a banned person is told so. */
export const canPostInGroup = signedIn(function canPostInGroup(_actor, g: GroupFacts, me: Standing) {
  if (me.banned) return deny('group_banned');
  if (!isMember(me)) return deny('not_group_member');
  if (g.status !== 'active') return notNow('group_not_active');
  return allow;
});

/** Who may close a post's poll before its time: the post's author while a member, and the group's owners and admins. */
export const canClosePoll = signedIn(function canClosePoll(actor, me: Standing, authorId: string) {
  return isGroupAdmin(me) || (isMember(me) && actor.userId === authorId) ? allow : deny('not_poll_author');
});

/** Who may hide a post or a comment inside a group: its owners and admins, and above them the city's moderators. */
export const canModerateGroup = signedIn(function canModerateGroup(actor, g: GroupFacts, me: Standing) {
  return isGroupAdmin(me) || isCityModeratorOf(actor, g.districtId) ? allow : deny('not_group_admin');
});

/** Who sees the member list: per the group's setting — everyone, members, or the group's admins. */
export function canSeeMembers(actor: Actor, g: GroupFacts, me: Standing): Decision {
  if (g.memberListVisibility === 'public') return allow;
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (g.memberListVisibility === 'members' && isMember(me)) return allow;
  if (isGroupAdmin(me) || isCityAdministrator(actor)) return allow;
  return deny('group_members_hidden');
}

/**
 * Who sees the report answers a public figure's person wrote as an official: anyone, on a verified page (active,
 * verified by an administrator, not hidden — the page is then the person's own public record, as for messages'
 * `verifiedPublicFigures`); 404 for any other group or page, as for a group the caller may not see.
 */
export function canSeeFigureAnswers(actor: Actor, g: GroupFacts & { verifiedAt: Date | null }, me: Standing = outsider): Decision {
  if (!canReadGroup(actor, g, me).allowed) return notVisible('group_not_found');
  if (g.kind === 'public_figure' && g.status === 'active' && g.verifiedAt !== null && g.moderation !== 'hidden') return allow;
  return notVisible('group_answers_not_found');
}

/** Who verifies organisations and public figures (and sees the queue): the city's administrators. */
export const canVerifyGroups = signedIn(function canVerifyGroups(actor) {
  return isCityAdministrator(actor) ? allow : deny('not_administrator');
});
