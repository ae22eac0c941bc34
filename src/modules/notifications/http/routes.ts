import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../core/http/errors.js';
import type { App, ModuleContext } from '../../../core/module/module.js';
import { followEntity, followState, listMyFollows, unfollowEntity } from '../use-cases/follow-entity.js';
import { countUnread, listNotifications, markNotificationsRead } from '../use-cases/notification-centre.js';
import { getNotificationSettings, unsubscribeByToken, updateNotificationSettings } from '../use-cases/notification-settings.js';
import { sendDigestsNow } from '../use-cases/send-digests.js';
import { presentFollow, presentNotification } from './presenters.js';
import * as s from './schemas.js';
import { canFollow, canManageOwnNotifications, canSeeEntity, canSendDigests } from '../policy.js';

const tags = ['notifications'];

/** Follows, the notification centre, notification settings, unsubscribing, digests on demand. */
export async function notificationRoutes(app: App, ctx: ModuleContext): Promise<void> {
  const ref = (p: { entityType: string; entityId: string }) => ({ type: p.entityType, id: p.entityId });

  // Who may call: anyone; `following` is false for visitors. 404 for an unknown or hidden entity.
  app.get(
    '/api/follows/:entityType/:entityId',
    {
      schema: { tags, summary: 'Follow state of an entity', params: s.entityParamsSchema, response: { 200: s.followStateSchema } },
      config: { policy: 'public' },
    },
    async (req) => followState(ctx, req.actor, ref(req.params)),
  );

  // Who may call: anyone signed in; follows an entity they can see.
  app.put(
    '/api/follows/:entityType/:entityId',
    {
      schema: { tags, summary: 'Follow an entity', params: s.entityParamsSchema, response: { 200: s.followStateSchema } },
      config: { policy: [canFollow, canSeeEntity] },
    },
    async (req) => followEntity(ctx, req.actor, ref(req.params)),
  );

  // Who may call: anyone signed in; stops following (also what was hidden or removed since).
  app.delete(
    '/api/follows/:entityType/:entityId',
    {
      schema: { tags, summary: 'Stop following an entity', params: s.entityParamsSchema, response: { 200: s.followStateSchema } },
      config: { policy: canFollow },
    },
    async (req) => unfollowEntity(ctx, req.actor, ref(req.params)),
  );

  // Who may call: anyone signed in; what they follow.
  app.get(
    '/api/me/follows',
    { schema: { tags, summary: 'What I follow', querystring: s.pageQuerySchema, response: { 200: s.myFollowsSchema } }, config: { policy: canFollow } },
    async (req) => {
      const { items, total } = await listMyFollows(ctx, req.actor, req.query);
      return { items: items.map(presentFollow), total };
    },
  );

  // Who may call: anyone signed in; their own notifications, newest first, in their language.
  app.get(
    '/api/notifications',
    {
      schema: { tags, summary: 'My notifications', querystring: s.notificationsQuerySchema, response: { 200: s.notificationListSchema } },
      config: { policy: canManageOwnNotifications },
    },
    async (req) => {
      const page = await listNotifications(ctx, req.actor, req.query);
      return { items: page.items.map((n) => presentNotification(n, req.lang, ctx.notificationKinds)), unread: page.unread, nextBefore: page.nextBefore };
    },
  );

  // Who may call: anyone signed in; the number on the bell.
  app.get(
    '/api/notifications/unread-count',
    { schema: { tags, summary: 'My unread notifications', response: { 200: s.unreadSchema } }, config: { policy: canManageOwnNotifications } },
    async (req) => ({
      unread: await countUnread(ctx, req.actor),
    }),
  );

  // Who may call: anyone signed in; marks their own notifications read (some, or all).
  app.post(
    '/api/notifications/read',
    {
      schema: { tags, summary: 'Mark notifications read', body: s.markReadBodySchema, response: { 200: s.unreadSchema } },
      config: { policy: canManageOwnNotifications },
    },
    async (req) => ({
      unread: await markNotificationsRead(ctx, req.actor, req.body),
    }),
  );

  // Who may call: anyone signed in; their own e-mail mode.
  app.get(
    '/api/me/notification-settings',
    { schema: { tags, summary: 'My notification settings', response: { 200: s.settingsSchema } }, config: { policy: canManageOwnNotifications } },
    async (req) => getNotificationSettings(ctx, req.actor),
  );

  // Who may call: anyone signed in; changes their own e-mail mode.
  app.patch(
    '/api/me/notification-settings',
    {
      schema: { tags, summary: 'Change my notification settings', body: s.settingsBodySchema, response: { 200: s.settingsSchema } },
      config: { policy: canManageOwnNotifications },
    },
    async (req) => updateNotificationSettings(ctx, req.actor, req.body),
  );

  // Who may call: city administrators; mails the due digests now instead of at the daily hour.
  app.post(
    '/api/admin/notifications/digest',
    { schema: { tags: ['admin'], summary: 'Send notification digests now', response: { 200: s.digestResultSchema } }, config: { policy: canSendDigests } },
    async (req) => ({
      mailed: await sendDigestsNow(ctx, req.actor),
    }),
  );

  // The one route that takes a form body (RFC 8058 one-click unsubscribe from a mail client), in its
  // own encapsulated scope so that every other route keeps accepting JSON only.
  await app.register(async (plain) => {
    const scope = plain.withTypeProvider<ZodTypeProvider>();
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    });
    // Who may call: anyone holding the secret from a notification mail (no session needed): turns notification mail off.
    // No rate limit: the secret is 32 random bytes, and mail providers send one-click posts for many people from few addresses.
    scope.post(
      '/api/notifications/unsubscribe',
      {
        schema: {
          tags,
          summary: 'Unsubscribe from notification mail',
          description:
            "JSON `{ token }` from the unsubscribe page, or the RFC 8058 one-click POST to the address in the mail's `List-Unsubscribe` header (`?token=…`, form body `List-Unsubscribe=One-Click`).",
          consumes: ['application/json', 'application/x-www-form-urlencoded'],
          querystring: s.unsubscribeQuerySchema,
          body: s.unsubscribeBodySchema.optional(),
          response: { 200: s.unsubscribedSchema },
        },
        config: { policy: 'public' },
      },
      async (req) => {
        const token = req.body?.token ?? req.query.token;
        if (!token) throw new AppError(400, 'unsubscribe_token_missing');
        return unsubscribeByToken(ctx, token);
      },
    );
  });
}
