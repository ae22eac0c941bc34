import type { Actor } from '../../../core/auth/actor.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { PublicPerson } from '../../accounts/index.js';
import type { PostExtras } from '../db/poll-reactions.js';
import type { GroupRow, PostRow } from '../db/queries.js';
import { excerptOf, isPollOpen, pollResults, reactionKinds } from '../domain/groups.js';
import {
  canClosePoll,
  canGiveRoles,
  canJoinGroup,
  canLeaveGroup,
  canManageGroup,
  canModerateGroup,
  canPostInGroup,
  canReadFeed,
  canSeeMembers,
  canVerifyGroups,
  type Standing,
} from '../policy.js';
import { groupImagePath, postPhotoPaths } from '../use-cases/common.js';

/** A group in a list (anyone), with its distance from the point asked for when the list was "near me". */
export function presentSummary(g: GroupRow & { distanceMeters?: number | null }) {
  return {
    id: g.id,
    kind: g.kind,
    name: g.name,
    excerpt: excerptOf(g.description),
    districtId: g.districtId,
    imageUrl: groupImagePath(g.id, g.imageFileId),
    membership: g.membership,
    memberCount: g.memberCount,
    postCount: g.postCount,
    verified: g.verifiedAt !== null,
    status: g.status,
    distanceMeters: g.distanceMeters ?? null,
  };
}

/** A group's page: what it says, and what the caller may do there (the buttons follow the same rules as the routes). */
export function presentGroup(g: GroupRow, actor: Actor, me: Standing, owner: PublicPerson | undefined, activity: EntitySummary[], owners: number) {
  const isCreator = actor.kind === 'user' && actor.userId === g.createdBy;
  return {
    ...presentSummary(g),
    description: g.description,
    address: g.address,
    lat: g.lat,
    lon: g.lon,
    rules: g.rules,
    memberListVisibility: g.memberListVisibility,
    memberCap: g.memberCap,
    registrationNumber: g.registrationNumber,
    officeHours: g.officeHours,
    responsibilities: g.responsibilities,
    verifiedAt: g.verifiedAt?.toISOString() ?? null,
    statusReason: isCreator ? g.statusReason : null,
    ownerId: g.createdBy,
    ownerName: owner?.displayName ?? '',
    createdAt: g.createdAt.toISOString(),
    me: {
      role: me.role,
      state: me.state,
      banned: me.banned,
      canJoin: canJoinGroup(actor, g, me).allowed,
      canLeave: canLeaveGroup(actor, me, owners).allowed,
      canManage: canManageGroup(actor, me).allowed,
      canGiveRoles: canGiveRoles(actor, me).allowed,
      canPost: canPostInGroup(actor, g, me).allowed,
      canReadFeed: canReadFeed(actor, g, me).allowed,
      canSeeMembers: canSeeMembers(actor, g, me).allowed,
      canVerify: g.status === 'pending' && canVerifyGroups(actor).allowed,
    },
    activity: activity.map((a) => ({ type: a.type, id: a.id, title: a.title, path: a.path, createdAt: a.createdAt.toISOString() })),
  };
}

/** A post's poll with its results, and whether the caller may vote (a member, once, while it is open) and close it. */
function presentPoll(poll: NonNullable<PostExtras['poll']>, p: PostRow, canPost: boolean, actor: Actor, me: Standing, now: Date) {
  const results = pollResults(poll.options.length, poll.votes);
  const open = p.moderation === 'visible' && isPollOpen(poll, now);
  return {
    question: poll.question,
    options: poll.options.map((text, i) => ({ text, votes: results.votes[i]!, share: results.shares[i]! })),
    total: results.total,
    closesAt: poll.closesAt?.toISOString() ?? null,
    closed: !open,
    myVote: poll.myVote,
    canVote: open && canPost && poll.myVote === null,
    canClose: open && canClosePoll(actor, me, p.authorId).allowed,
  };
}

/**
 * A post in a feed or on its page with its poll and reactions (`extras`; none: a post without either): the moderation
 * reason only for its author and the group's admins.
 */
export function presentPost(p: PostRow, g: GroupRow, actor: Actor, me: Standing, author: PublicPerson | undefined, extras: PostExtras | undefined) {
  const canModerate = canModerateGroup(actor, g, me).allowed;
  const canPost = canPostInGroup(actor, g, me).allowed;
  const mine = actor.kind === 'user' && actor.userId === p.authorId;
  return {
    id: p.id,
    groupId: g.id,
    groupName: g.name,
    body: p.body,
    author: { id: p.authorId, displayName: author?.displayName ?? '' },
    photos: p.photoFileIds.map((id) => ({ id, ...postPhotoPaths(p.id, id) })),
    pinned: p.pinnedAt !== null,
    moderation: p.moderation,
    moderationReason: mine || canModerate ? p.moderationReason : null,
    commentCount: p.commentCount,
    createdAt: p.createdAt.toISOString(),
    canModerate,
    poll: extras?.poll ? presentPoll(extras.poll, p, canPost, actor, me, new Date()) : null,
    reactions: reactionKinds.map((kind) => ({ kind, count: extras?.reactions.get(kind) ?? 0, mine: extras?.mine.has(kind) ?? false })),
    canReact: canPost && p.moderation === 'visible',
  };
}
