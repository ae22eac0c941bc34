import { perUserRateLimit } from '../../../core/http/rate-limits.js';
import { sendImage } from '../../../core/http/send-image.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { messageLimits } from '../domain/rules.js';
import { canAddMembers, canLeaveConversation, canReadConversation, canSend, canStartWith, canUseMessages } from '../policy.js';
import { addMembers, blockPerson, getMessageSettings, leaveConversation, muteConversation, updateMessageSettings } from '../use-cases/manage-conversations.js';
import { readMessagePhoto } from '../use-cases/message-photos.js';
import { countUnread, getConversation, listConversations, readConversation } from '../use-cases/read-conversations.js';
import { sendMessage, startConversation } from '../use-cases/send-message.js';
import { departmentOf, presentLine, presentMessage, presentPerson, presentSent } from './presenters.js';
import * as s from './schemas.js';

/** A message is small: anything bigger is refused before it is read (413). */
const messageBodyLimit = 64 * 1024;
const tags = ['messages'];

/** Private messages: conversations, group chats and requests to departments, with settings, blocks and reports. */
export function messageRoutes(app: App, ctx: ModuleContext): void {
  const db = ctx.database.db;

  // Who may call: signed-in people (their own conversations and their departments' requests).
  app.get(
    '/api/messages',
    { config: { policy: canUseMessages }, schema: { tags, summary: 'My conversations with unread counts', response: { 200: s.conversationListSchema } } },
    async (req) => {
      const r = await listConversations(ctx, req.actor);
      return { items: r.lines.map((l) => presentLine(l, r.people, r.departments, r.me)), unread: r.unread };
    },
  );

  // Who may call: signed-in people (their own count: the header's badge, kept small).
  app.get(
    '/api/messages/unread',
    {
      config: { policy: canUseMessages },
      schema: { tags, summary: 'How many of my conversations have unread messages (muted ones left out)', response: { 200: s.unreadSchema } },
    },
    async (req) => ({ unread: await countUnread(ctx, req.actor) }),
  );

  // Who may call: signed-in people with a confirmed e-mail, to people who accept them (20 new conversations an hour).
  app.post(
    '/api/messages',
    {
      bodyLimit: messageBodyLimit,
      config: { ...perUserRateLimit(20, 60), policy: canStartWith },
      schema: { tags, summary: 'Start a conversation, a group chat or a request to a department', body: s.startBodySchema, response: { 201: s.startedSchema } },
    },
    async (req, reply) => {
      const { conversationId, message } = await startConversation(ctx, req.actor, req.body);
      const me = req.actor.kind === 'user' ? req.actor.userId : '';
      return reply.status(201).send({ conversationId, message: presentSent(message, await publicPeople(db, [me]), me) });
    },
  );

  // Who may call: signed-in people (their own settings).
  app.get(
    '/api/messages/settings',
    { config: { policy: canUseMessages }, schema: { tags, summary: 'My messaging settings', response: { 200: s.settingsSchema } } },
    async (req) => getMessageSettings(ctx, req.actor),
  );

  // Who may call: signed-in people (their own settings).
  app.put(
    '/api/messages/settings',
    {
      config: { policy: canUseMessages },
      schema: { tags, summary: 'Who may message me, read receipts, e-mail notices', body: s.settingsBodySchema, response: { 200: s.settingsSchema } },
    },
    async (req) => updateMessageSettings(ctx, req.actor, req.body),
  );

  // Who may call: signed-in people (their own blocks).
  app.post(
    '/api/messages/blocks',
    {
      config: { ...perUserRateLimit(60, 60), policy: canUseMessages },
      schema: { tags, summary: 'Block or unblock a person', body: s.blockBodySchema, response: { 200: s.blockSchema } },
    },
    async (req) => {
      await blockPerson(ctx, req.actor, req.body.userId, req.body.blocked);
      return req.body;
    },
  );

  // Who may call: its members, and for a request to a department that department's officials (404 for everyone else).
  app.get(
    '/api/messages/:id',
    {
      config: { policy: canReadConversation },
      schema: {
        tags,
        summary: 'A conversation with its latest messages',
        params: s.idParamsSchema,
        querystring: s.threadQuerySchema,
        response: { 200: s.conversationSchema },
      },
    },
    async (req) => {
      const older = req.query.olderThan ? new Date(req.query.olderThan) : undefined;
      const { c, messages, people, departments, receipts, blocked, canWrite } = await getConversation(ctx, req.actor, req.params.id, older);
      const me = c.actor.userId;
      const others = c.members.filter((p) => p.userId !== me);
      return {
        id: c.row.id,
        kind: c.row.kind,
        title: c.row.title,
        department: departmentOf(c.row.departmentId, departments),
        members: others
          .map((p) => ({ p, person: people.get(p.userId) }))
          .filter((x) => !!x.person)
          .map(({ p, person }) => ({
            ...presentPerson(person!),
            readUpTo: receipts.get(p.userId)?.toISOString() ?? null,
            blockedByMe: blocked.has(p.userId),
          })),
        messages: messages.map((m) => presentMessage(m, people, me)),
        more: messages.length === 100,
        canWrite,
        muted: c.participants.find((p) => p.userId === me && !p.leftAt)?.muted ?? false,
        canAddMembers: canAddMembers(c.actor, c.facts, 0).allowed,
        canLeave: canLeaveConversation(c.actor, c.facts).allowed,
        maxMembers: messageLimits.groupMembers,
      };
    },
  );

  // Who may call: those who may read it and write there (30 messages a minute each, refused before the body is read).
  app.post(
    '/api/messages/:id',
    {
      bodyLimit: messageBodyLimit,
      config: { ...perUserRateLimit(30, 1), policy: canSend },
      schema: { tags, summary: 'Send a message', params: s.idParamsSchema, body: s.sendBodySchema, response: { 201: s.messageSchema } },
    },
    async (req, reply) => {
      const row = await sendMessage(ctx, req.actor, req.params.id, req.body);
      const me = row.authorId!;
      return reply.status(201).send(presentSent(row, await publicPeople(db, [me]), me));
    },
  );

  // Who may call: those who may read it (their own read mark).
  app.post(
    '/api/messages/:id/read',
    {
      config: { policy: canReadConversation },
      schema: { tags, summary: 'Mark a conversation read', params: s.idParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await readConversation(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  // Who may call: its members.
  app.post(
    '/api/messages/:id/leave',
    {
      config: { policy: canLeaveConversation },
      schema: { tags, summary: 'Leave a conversation', params: s.idParamsSchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await leaveConversation(ctx, req.actor, req.params.id);
      return reply.status(204).send(null);
    },
  );

  // Who may call: those who may read it (their own mute; an official muting their department's request joins it).
  app.put(
    '/api/messages/:id/muted',
    {
      config: { policy: canReadConversation },
      schema: { tags, summary: 'Mute or unmute a conversation', params: s.idParamsSchema, body: s.muteBodySchema, response: { 200: s.mutedSchema } },
    },
    async (req) => {
      await muteConversation(ctx, req.actor, req.params.id, req.body.muted);
      return req.body;
    },
  );

  // Who may call: the member who started a group chat, adding people who accept them, up to 100 members (30 times an hour).
  app.post(
    '/api/messages/:id/members',
    {
      config: { ...perUserRateLimit(30, 60), policy: canAddMembers },
      schema: { tags, summary: 'Add people to a group chat', params: s.idParamsSchema, body: s.membersBodySchema, response: { 204: s.noContentSchema } },
    },
    async (req, reply) => {
      await addMembers(ctx, req.actor, req.params.id, req.body.userIds);
      return reply.status(204).send(null);
    },
  );

  // Who may call: those who may read the conversation (404 otherwise, and for a file not on one of its messages).
  for (const variant of ['full', 'thumb'] as const) {
    app.get(
      variant === 'full' ? '/api/messages/:id/photos/:fileId' : '/api/messages/:id/photos/:fileId/thumb',
      {
        config: { policy: canReadConversation },
        schema: { tags, summary: variant === 'full' ? 'A photo of a message' : 'The preview of a photo of a message', params: s.photoParamsSchema },
      },
      async (req, reply) => sendImage(reply, await readMessagePhoto(ctx, req.actor, req.params.id, req.params.fileId, variant)),
    );
  }
}
