import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** A discussion was opened (its author is the event's actor). */
export const discussionCreated = defineEvent('discussion.created', z.object({ title: z.string(), path: z.string() }));
