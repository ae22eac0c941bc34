import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** A person answered a poll (`poll`, its id), once: the points module rewards taking part. The answers stay in the poll. */
export const pollResponded = defineEvent('poll.responded', z.object({ pollId: z.string(), respondentId: z.string() }));
