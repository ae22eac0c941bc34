import type { FastifyReply } from 'fastify';
import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { sendImage } from '../../../core/http/send-image.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import type { Actor } from '../../../core/auth/actor.js';
import { extrasOf } from '../db/poll-reactions.js';
import type { GroupRow, MemberRow, PostRow } from '../db/queries.js';
import {
  canClosePoll,
  canCreateGroup,
  canGiveRoles,
  canJoinGroup,
  canLeaveGroup,
  canManageGroup,
  canModerateGroup,
  canPostInGroup,
  canReadFeed,
  canReadGroup,
  canSeeMembers,
  canVerifyGroups,
  type Standing,
} from '../policy.js';
import { groupPath, requirePost } from '../use-cases/common.js';
import { createGroup } from '../use-cases/create-group.js';
import { editGroup, verifyGroup } from '../use-cases/edit-group.js';
import { approveMember, createInvitation, joinGroup, leaveGroup, liftBan, removeMember, setMemberRole } from '../use-cases/membership.js';
import { createPost, hideComment, hidePost, pinPost, readFeed, readGroupImage, readPostPhoto, restorePost } from '../use-cases/posts.js';
import { closePoll, reactToPost, voteInPoll } from '../use-cases/polls.js';
import { getGroup, groupMap, groupMapCap, listGroups, listMembers, listPending, nearPoint } from '../use-cases/read-groups.js';
import { presentGroup, presentPost, presentSummary } from './presenters.js';
import * as s from './schemas.js';

const tags = ['groups'];

/** Communities: the list, a group's page, membership, roles, bans, invitations, the feed and its moderation, verification. */
export function groupRoutes(app: App, ctx: ModuleContext): void {
  const db = ctx.database.db;
  const page = async (req: { actor: Parameters<typeof getGroup>[1] }, id: string) => {
    const g = await getGroup(ctx, req.actor, id);
    return presentGroup(g.group, req.actor, g.me, g.owner, g.activity, g.owners);
  };
  const userIdOf = (actor: Actor) => (actor.kind === 'user' ? actor.userId : null);
  /** Posts of one group as the caller sees them, with their authors, polls and reactions. */
  const presentPosts = async (posts: PostRow[], group: GroupRow, actor: Actor, me: Standing) => {
    const [people, extras] = await Promise.all([
      publicPeople(
        db,
        posts.map((p) => p.authorId),
      ),
      extrasOf(
        db,
        posts.map((p) => p.id),
        userIdOf(actor),
      ),
    ]);
    return posts.map((p) => presentPost(p, group, actor, me, people.get(p.authorId), extras.get(p.id)));
  };
  const postView = async (actor: Actor, id: string) => {
    const { post, group, me } = await requirePost(db, actor, id);
    return (await presentPosts([post], group, actor, me))[0]!;
  };
  const image = (reply: FastifyReply, file: Parameters<typeof sendImage>[1]) => sendImage(reply, file);

  // Who may call: anyone (active groups only); `mine` lists the caller's own groups.
  app.get(
    '/api/groups',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'Groups by kind, district and words; largest first, or near a point',
        description: 'With `lat` and `lon` ("near me") the list holds the groups that have a point on the map, nearest first, each with its distance.',
        querystring: s.listQuerySchema,
        response: { 200: s.listSchema },
      },
    },
    async (req) => {
      const { district, lat, lon, ...rest } = req.query;
      const { rows, total } = await listGroups(ctx, req.actor, { ...rest, districtId: district, near: nearPoint(lat, lon) });
      return { items: rows.map(presentSummary), total };
    },
  );

  // Who may call: anyone: the active groups with a point on the map (no person in the answer).
  app.get(
    '/api/groups/map',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: 'The map of groups: those with a point, largest first',
        description: `The list's filters; at most ${groupMapCap} points (\`truncated\` says there were more: choose a district or a kind).`,
        querystring: s.mapQuerySchema,
        response: { 200: s.mapSchema },
      },
    },
    async (req) => {
      const { district, ...rest } = req.query;
      const { rows, truncated } = await groupMap(ctx, { ...rest, districtId: district });
      return { points: rows.map((g) => ({ id: g.id, kind: g.kind, name: g.name, lat: g.lat!, lon: g.lon!, memberCount: g.memberCount })), truncated };
    },
  );

  // Who may call: verified residents (organisations and public figures wait for an administrator); 5 an hour.
  app.post(
    '/api/groups',
    {
      config: { ...perUserRateLimit(5, 60), policy: canCreateGroup },
      schema: { tags, summary: 'Create a group', body: s.createBodySchema, response: { 201: s.groupSchema } },
    },
    async (req, reply) => {
      const row = await createGroup(ctx, req.actor, req.body);
      return reply.status(201).send(await page(req, row.id));
    },
  );

  // Who may call: administrators: organisations and public figures waiting for verification.
  app.get(
    '/api/groups/pending',
    { config: { policy: canVerifyGroups }, schema: { tags, summary: 'Pages waiting for verification', response: { 200: s.listSchema } } },
    async (req) => {
      const rows = await listPending(ctx, req.actor);
      return { items: rows.map(presentSummary), total: rows.length };
    },
  );

  // Who may call: anyone while it is active; a pending or hidden one its creator, members, administrators and moderators.
  app.get(
    '/api/groups/:id',
    { config: { policy: canReadGroup }, schema: { tags, summary: 'A group', params: s.idParamsSchema, response: { 200: s.groupSchema } } },
    async (req) => page(req, req.params.id),
  );

  // Who may call: the group's owners and admins.
  app.patch(
    '/api/groups/:id',
    {
      config: { ...perUserRateLimit(30, 60), policy: canManageGroup },
      schema: { tags, summary: 'Edit a group', params: s.idParamsSchema, body: s.editBodySchema, response: { 200: s.groupSchema } },
    },
    async (req) => {
      await editGroup(ctx, req.actor, req.params.id, req.body);
      return page(req, req.params.id);
    },
  );

  // Who may call: administrators, for a page waiting for verification.
  app.post(
    '/api/groups/:id/verify',
    {
      config: { policy: canVerifyGroups },
      schema: {
        tags,
        summary: 'Verify or refuse an organisation or a public figure',
        params: s.idParamsSchema,
        body: s.verifyBodySchema,
        response: { 200: s.groupSchema },
      },
    },
    async (req) => {
      await verifyGroup(ctx, req.actor, req.params.id, req.body);
      return page(req, req.params.id);
    },
  );

  // Who may call: signed-in people not banned there (an invitation group needs its link's token); 30 an hour.
  app.post(
    '/api/groups/:id/join',
    {
      config: { ...perUserRateLimit(30, 60), policy: canJoinGroup },
      schema: { tags, summary: 'Join a group or ask to', params: s.idParamsSchema, body: s.joinBodySchema, response: { 200: s.joinResultSchema } },
    },
    async (req) => ({ state: await joinGroup(ctx, req.actor, req.params.id, req.body.invitation) }),
  );

  // Who may call: its members (and those who asked or were invited); not the last owner.
  app.post(
    '/api/groups/:id/leave',
    { config: { policy: canLeaveGroup }, schema: { tags, summary: 'Leave a group', params: s.idParamsSchema } },
    async (req, reply) => {
      await leaveGroup(ctx, req.actor, req.params.id);
      return reply.status(204).send();
    },
  );

  // Who may call: per the group's setting — anyone, members, or its admins; admins also see requests.
  app.get(
    '/api/groups/:id/members',
    {
      config: { policy: canSeeMembers },
      schema: {
        tags,
        summary: 'A group’s members, a page at a time',
        params: s.idParamsSchema,
        querystring: s.pageQuerySchema,
        response: { 200: s.membersSchema },
      },
    },
    async (req) => {
      const { group, rows, requests, next, people } = await listMembers(ctx, req.actor, req.params.id, req.query);
      const member = (m: MemberRow) => ({
        userId: m.userId,
        displayName: people.get(m.userId)?.displayName ?? '',
        role: m.role,
        state: m.state,
        joinedAt: m.joinedAt?.toISOString() ?? null,
      });
      return { items: rows.map(member), requests: requests.map(member), total: group.memberCount, nextCursor: next };
    },
  );

  // Who may call: the group's owners and admins.
  app.post(
    '/api/groups/:id/members/:userId/approve',
    { config: { policy: canManageGroup }, schema: { tags, summary: 'Accept a request to join', params: s.memberParamsSchema } },
    async (req, reply) => {
      await approveMember(ctx, req.actor, req.params.id, req.params.userId);
      return reply.status(204).send();
    },
  );

  // Who may call: the group's owners and admins: remove a member or decline a request, with a reason; `ban` keeps them out.
  app.post(
    '/api/groups/:id/members/:userId/remove',
    { config: { policy: canManageGroup }, schema: { tags, summary: 'Remove or ban a member', params: s.memberParamsSchema, body: s.removeBodySchema } },
    async (req, reply) => {
      await removeMember(ctx, req.actor, req.params.id, req.params.userId, req.body);
      return reply.status(204).send();
    },
  );

  // Who may call: the group's owners and admins.
  app.delete(
    '/api/groups/:id/bans/:userId',
    { config: { policy: canManageGroup }, schema: { tags, summary: 'Lift a ban', params: s.memberParamsSchema } },
    async (req, reply) => {
      await liftBan(ctx, req.actor, req.params.id, req.params.userId);
      return reply.status(204).send();
    },
  );

  // Who may call: the group's owners (giving `owner` hands the group over).
  app.post(
    '/api/groups/:id/members/:userId/role',
    { config: { policy: canGiveRoles }, schema: { tags, summary: 'Give a member a role', params: s.memberParamsSchema, body: s.roleBodySchema } },
    async (req, reply) => {
      await setMemberRole(ctx, req.actor, req.params.id, req.params.userId, req.body.role);
      return reply.status(204).send();
    },
  );

  // Who may call: the group's owners and admins; 20 an hour.
  app.post(
    '/api/groups/:id/invitations',
    {
      config: { ...perUserRateLimit(20, 60), policy: canManageGroup },
      schema: { tags, summary: 'Make an invitation link', params: s.idParamsSchema, body: s.invitationBodySchema, response: { 201: s.invitationSchema } },
    },
    async (req, reply) => {
      const { token, expiresAt } = await createInvitation(ctx, req.actor, req.params.id, req.body.days);
      return reply.status(201).send({ token, path: `${groupPath(req.params.id)}?invitation=${token}`, expiresAt: expiresAt.toISOString() });
    },
  );

  // Who may call: anyone in an open group; members (and the city's moderators) in the others — 404 to anyone else.
  app.get(
    '/api/groups/:id/posts',
    {
      config: { policy: canReadFeed },
      schema: {
        tags,
        summary: 'A group’s feed, pinned posts first, a page at a time',
        params: s.idParamsSchema,
        querystring: s.pageQuerySchema,
        response: { 200: s.feedSchema },
      },
    },
    async (req) => {
      const { group, me, rows, total, next } = await readFeed(ctx, req.actor, req.params.id, req.query);
      return { items: await presentPosts(rows, group, req.actor, me), total, nextCursor: next };
    },
  );

  // Who may call: the group's members, not banned; 30 an hour.
  app.post(
    '/api/groups/:id/posts',
    {
      config: { ...perUserRateLimit(30, 60), policy: canPostInGroup },
      schema: { tags, summary: 'Post in a group', params: s.idParamsSchema, body: s.postBodySchema, response: { 201: s.postSchema } },
    },
    async (req, reply) => {
      const { poll, ...post } = req.body;
      const closesAt = poll?.closesAt ? new Date(poll.closesAt) : undefined;
      const row = await createPost(ctx, req.actor, req.params.id, { ...post, poll: poll && { ...poll, closesAt } });
      return reply.status(201).send(await postView(req.actor, row.id));
    },
  );

  // Who may call: the group's owners and admins, and the city's moderators: hide a comment under one of its posts.
  app.post(
    '/api/groups/:id/comments/:commentId/hide',
    { config: { policy: canModerateGroup }, schema: { tags, summary: 'Hide a comment in the group', params: s.commentParamsSchema, body: s.hideBodySchema } },
    async (req, reply) => {
      await hideComment(ctx, req.actor, req.params.id, req.params.commentId, req.body.reason);
      return reply.status(204).send();
    },
  );

  // Who may call: as for the group: its image (WebP).
  app.get(
    '/api/groups/:id/image',
    { config: { policy: canReadGroup }, schema: { tags, summary: 'A group’s image (WebP)', params: s.idParamsSchema } },
    async (req, reply) => image(reply, await readGroupImage(ctx, req.actor, req.params.id, 'full')),
  );
  // Who may call: as for the group: its image's 320 px preview.
  app.get(
    '/api/groups/:id/image/thumb',
    { config: { policy: canReadGroup }, schema: { tags, summary: 'A group image’s preview (WebP)', params: s.idParamsSchema } },
    async (req, reply) => image(reply, await readGroupImage(ctx, req.actor, req.params.id, 'thumb')),
  );

  // Who may call: whoever may read the group's feed.
  app.get(
    '/api/groups/posts/:id',
    { config: { policy: canReadFeed }, schema: { tags, summary: 'A post', params: s.idParamsSchema, response: { 200: s.postSchema } } },
    async (req) => postView(req.actor, req.params.id),
  );

  // Who may call: the group's owners and admins.
  app.post(
    '/api/groups/posts/:id/pin',
    {
      config: { policy: canManageGroup },
      schema: { tags, summary: 'Pin or unpin a post', params: s.idParamsSchema, body: s.pinBodySchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      await pinPost(ctx, req.actor, req.params.id, req.body.pinned);
      return postView(req.actor, req.params.id);
    },
  );

  // Who may call: the group's owners and admins, and the city's moderators: hide a post with a reason.
  app.post(
    '/api/groups/posts/:id/hide',
    {
      config: { policy: canModerateGroup },
      schema: { tags, summary: 'Hide a post in the group', params: s.idParamsSchema, body: s.hideBodySchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      const { post, group, me } = await hidePost(ctx, req.actor, req.params.id, req.body.reason);
      return (await presentPosts([post], group, req.actor, me))[0]!;
    },
  );

  // Who may call: the group's owners and admins: show again a post the group hid (the city's moderators' hides stay theirs).
  app.post(
    '/api/groups/posts/:id/restore',
    {
      config: { policy: canManageGroup },
      schema: { tags, summary: 'Show again a post the group hid', params: s.idParamsSchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      const { post, group, me } = await restorePost(ctx, req.actor, req.params.id);
      return (await presentPosts([post], group, req.actor, me))[0]!;
    },
  );

  // Who may call: the group's members, not banned, once per poll while it is open; 60 an hour.
  app.post(
    '/api/groups/posts/:id/poll/vote',
    {
      config: { ...perUserRateLimit(60, 60), policy: canPostInGroup },
      schema: { tags, summary: 'Vote in a post’s poll (once)', params: s.idParamsSchema, body: s.voteBodySchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      await voteInPoll(ctx, req.actor, req.params.id, req.body.option);
      return postView(req.actor, req.params.id);
    },
  );

  // Who may call: the post's author (a member) and the group's owners and admins: end the poll now.
  app.post(
    '/api/groups/posts/:id/poll/close',
    { config: { policy: canClosePoll }, schema: { tags, summary: 'Close a post’s poll', params: s.idParamsSchema, response: { 200: s.postSchema } } },
    async (req) => {
      await closePoll(ctx, req.actor, req.params.id);
      return postView(req.actor, req.params.id);
    },
  );

  // Who may call: the group's members, not banned: add a reaction of this kind; 300 an hour.
  app.put(
    '/api/groups/posts/:id/reactions/:kind',
    {
      config: { ...perUserRateLimit(300, 60), policy: canPostInGroup },
      schema: { tags, summary: 'React to a post', params: s.reactionParamsSchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      await reactToPost(ctx, req.actor, req.params.id, req.params.kind, true);
      return postView(req.actor, req.params.id);
    },
  );

  // Who may call: the group's members, not banned: take back their reaction of this kind.
  app.delete(
    '/api/groups/posts/:id/reactions/:kind',
    {
      config: { ...perUserRateLimit(300, 60), policy: canPostInGroup },
      schema: { tags, summary: 'Take back a reaction', params: s.reactionParamsSchema, response: { 200: s.postSchema } },
    },
    async (req) => {
      await reactToPost(ctx, req.actor, req.params.id, req.params.kind, false);
      return postView(req.actor, req.params.id);
    },
  );

  // Who may call: whoever may read the post: one of its photos (WebP).
  app.get(
    '/api/groups/posts/:id/photos/:fileId',
    { config: { policy: canReadFeed }, schema: { tags, summary: 'A post’s photo (WebP)', params: s.photoParamsSchema } },
    async (req, reply) => image(reply, await readPostPhoto(ctx, req.actor, req.params.id, req.params.fileId, 'full')),
  );
  // Who may call: as for the photo: its 320 px preview.
  app.get(
    '/api/groups/posts/:id/photos/:fileId/thumb',
    { config: { policy: canReadFeed }, schema: { tags, summary: 'A post photo’s preview (WebP)', params: s.photoParamsSchema } },
    async (req, reply) => image(reply, await readPostPhoto(ctx, req.actor, req.params.id, req.params.fileId, 'thumb')),
  );
}
