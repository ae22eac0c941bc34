import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** A person answered a poll (`poll`, its id), once: the points module rewards taking part. The answers stay in the poll. */
export const pollResponded = defineEvent('poll.responded', z.object({ pollId: z.string(), respondentId: z.string() }));
/**
 * A poll was published (`poll`, its id): from `opensAt` residents may answer it (polls open at their time, with no
 * step of their own, so publication is when the city learns of one). `districtIds`: the districts it asks, empty for
 * the whole city. Area subscribers hear of it (topic `polls`).
 */
export const pollPublished = defineEvent(
  'poll.published',
  z.object({ title: z.string(), path: z.string(), districtIds: z.array(z.string()), opensAt: z.iso.datetime() }),
);
/**
 * A poll closed (`poll`, its id) and its results were frozen: by an administrator early, or at its closing time.
 * `passed`: whether its decision rule passed, null when it has none. The audit log publishes a signed checkpoint.
 */
export const pollClosed = defineEvent(
  'poll.closed',
  z.object({ title: z.string(), path: z.string(), responses: z.number().int(), passed: z.boolean().nullable() }),
);
