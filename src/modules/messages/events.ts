import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/**
 * A person has had unread messages in a conversation for a while (the delayed notice): they are told once per unread
 * spell. Its data carries no text of the messages, only how many and where.
 */
export const messagesUnread = defineEvent('messages.unread', z.object({ userId: z.uuid(), count: z.number().int(), path: z.string() }));
