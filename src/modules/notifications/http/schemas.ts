import { z } from 'zod';
import { emailModes } from '../domain/email-modes.js';

export const emailModeSchema = z.enum(emailModes);

/** An entity named in the address: a type some module declares, and its id. */
export const entityParamsSchema = z.object({
  entityType: z.string().min(1).max(40),
  entityId: z.string().min(1).max(100),
});
export const followStateSchema = z.object({ following: z.boolean(), followers: z.number().int() }).meta({ id: 'FollowState' });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export const myFollowsSchema = z
  .object({
    items: z.array(
      z.object({
        type: z.string(),
        id: z.string(),
        title: z.string(),
        path: z.string(),
        origin: z.enum(['manual', 'auto']),
        createdAt: z.string(),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'MyFollows' });

export const notificationsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  /** The `nextBefore` of the previous page. */
  before: z.iso.datetime({ offset: true }).optional(),
});
export const notificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    /** The sentence in the reader's language. */
    text: z.string(),
    /** The site path to open. */
    path: z.string(),
    createdAt: z.string(),
    read: z.boolean(),
  })
  .meta({ id: 'Notification' });
export const notificationListSchema = z
  .object({ items: z.array(notificationSchema), unread: z.number().int(), nextBefore: z.string().nullable() })
  .meta({ id: 'NotificationList' });
export const unreadSchema = z.object({ unread: z.number().int() }).meta({ id: 'UnreadNotifications' });
export const markReadBodySchema = z
  .strictObject({ ids: z.array(z.uuid()).min(1).max(200).optional(), all: z.literal(true).optional() })
  .refine((b) => b.ids !== undefined || b.all === true, { message: 'field.required', path: ['ids'] });

export const settingsSchema = z.object({ emailMode: emailModeSchema }).meta({ id: 'NotificationSettings' });
export const settingsBodySchema = z.strictObject({ emailMode: emailModeSchema });

const unsubscribeTokenSchema = z.string().min(10).max(200);
/** JSON `{ token }` from the unsubscribe page, or the RFC 8058 form body `List-Unsubscribe=One-Click`. */
export const unsubscribeBodySchema = z.object({ token: unsubscribeTokenSchema.optional(), 'List-Unsubscribe': z.string().max(50).optional() });
/** The one-click address in the mail's List-Unsubscribe header carries the token here. */
export const unsubscribeQuerySchema = z.object({ token: unsubscribeTokenSchema.optional() });
export const unsubscribedSchema = z.object({ emailMode: z.literal('off') }).meta({ id: 'Unsubscribed' });

export const digestResultSchema = z.object({ mailed: z.number().int() }).meta({ id: 'DigestResult' });
