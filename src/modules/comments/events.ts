import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/**
 * A comment was published (also one posted for another module, e.g. an official's answer): on the comment
 * (`comment`, its id), with its host's facts, the author of the comment it answers, and an excerpt of its text.
 */
export const commentCreated = defineEvent(
  'comment.created',
  z.object({
    hostType: z.string().min(1),
    hostId: z.string().min(1),
    hostTitle: z.string(),
    /** The host's title in English when it differs (a report's reason); absent from events stored before it. */
    hostTitleEn: z.string().optional(),
    hostPath: z.string(),
    parentId: z.string().nullable(),
    parentAuthorId: z.string().nullable(),
    excerpt: z.string(),
  }),
);
