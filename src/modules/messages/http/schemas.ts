import { z } from 'zod';
import { lineSchema, textSchema } from '../../../core/text/schemas.js';
import { conversationKinds, messageLimits, whoMayWriteOptions } from '../domain/rules.js';

const messageTextSchema = textSchema(1, messageLimits.text);
const photosSchema = z.array(z.uuid()).max(messageLimits.photos);

export const startBodySchema = z.strictObject({
  recipientIds: z.array(z.uuid()).min(1).max(messageLimits.groupMembers).optional(),
  toDepartment: z.string().min(1).max(64).optional(),
  title: lineSchema(0, messageLimits.title).optional(),
  text: messageTextSchema,
  photoFileIds: photosSchema.optional(),
});

export const sendBodySchema = z.strictObject({ text: messageTextSchema, photoFileIds: photosSchema.optional() });
export const membersBodySchema = z.strictObject({ userIds: z.array(z.uuid()).min(1).max(messageLimits.groupMembers) });
export const muteBodySchema = z.strictObject({ muted: z.boolean() });
export const blockBodySchema = z.strictObject({ userId: z.uuid(), blocked: z.boolean() });
export const settingsBodySchema = z.strictObject({
  whoMayWrite: z.enum(whoMayWriteOptions).optional(),
  readReceipts: z.boolean().optional(),
  emailNotice: z.boolean().optional(),
});

export const noContentSchema = z.null();
export const idParamsSchema = z.object({ id: z.uuid() });
export const photoParamsSchema = z.object({ id: z.uuid(), fileId: z.uuid() });
export const threadQuerySchema = z.object({ olderThan: z.iso.datetime({ offset: true }).optional() });

const personSchema = z
  .object({
    id: z.uuid(),
    displayName: z.string(),
    official: z.boolean(),
  })
  .meta({ id: 'MessagePerson' });

const departmentSchema = z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }).meta({ id: 'MessageDepartment' });

export const messageSchema = z
  .object({
    id: z.uuid(),
    /** Null once the author's account was deleted. */
    author: personSchema.nullable(),
    mine: z.boolean(),
    /** Empty when moderators hid it. */
    text: z.string(),
    photos: z.array(z.object({ url: z.string(), thumbUrl: z.string() })),
    hidden: z.boolean(),
    /** It has links and its author is someone the reader has not written to nor shares a group with. */
    linksFromStranger: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'Message' });

export const conversationSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(conversationKinds),
    title: z.string().nullable(),
    department: departmentSchema.nullable(),
    /** The others in it now. */
    members: z.array(personSchema),
    unread: z.number().int(),
    /** I muted it: no e-mail notice, not in the header's badge (its unread count still shows here). */
    muted: z.boolean(),
    lastMessage: z.object({ excerpt: z.string(), mine: z.boolean() }).nullable(),
    lastMessageAt: z.string(),
  })
  .meta({ id: 'ConversationSummary' });

export const conversationListSchema = z
  .object({
    items: z.array(conversationSummarySchema),
    /** How many of my conversations, muted ones left out, have messages I have not read. */
    unread: z.number().int(),
  })
  .meta({ id: 'ConversationList' });

export const conversationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(conversationKinds),
    title: z.string().nullable(),
    department: departmentSchema.nullable(),
    members: z.array(personSchema.extend({ readUpTo: z.string().nullable(), blockedByMe: z.boolean() })),
    messages: z.array(messageSchema),
    /** Older messages exist (ask with `olderThan` = the first one's time). */
    more: z.boolean(),
    /** The caller may write here now (a direct conversation's other person blocked them: false). */
    canWrite: z.boolean(),
    /** I muted it. */
    muted: z.boolean(),
    /** I started this group chat and may add people to it. */
    canAddMembers: z.boolean(),
    /** I am in it and may leave it. */
    canLeave: z.boolean(),
    /** Group chats take members up to this many. */
    maxMembers: z.number().int(),
  })
  .meta({ id: 'Conversation' });

export const startedSchema = z.object({ conversationId: z.uuid(), message: messageSchema }).meta({ id: 'ConversationStarted' });
/** The header's badge: how many of my conversations, muted ones left out, have messages I have not read. */
export const unreadSchema = z.object({ unread: z.number().int() }).meta({ id: 'MessagesUnread' });
export const mutedSchema = z.object({ muted: z.boolean() }).meta({ id: 'ConversationMuted' });
export const blockSchema = z.object({ userId: z.uuid(), blocked: z.boolean() }).meta({ id: 'MessageBlock' });
export const settingsSchema = z
  .object({ whoMayWrite: z.enum(whoMayWriteOptions), readReceipts: z.boolean(), emailNotice: z.boolean() })
  .meta({ id: 'MessageSettings' });
