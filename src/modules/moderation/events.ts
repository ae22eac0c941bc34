import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What moderation events say about the content (the entity of the event): its author, title and page, and why. */
const contentModerated = z.object({
  /** The moderator's reason; null when hidden after flags, before any moderator looked. */
  reason: z.string().nullable(),
  authorId: z.string().nullable(),
  title: z.string(),
  /** The title in English when it differs (a report's reason); absent from events stored before it. */
  titleEn: z.string().optional(),
  path: z.string(),
  /** Hidden after several flags until a moderator reviews it (no moderator acted). */
  pending: z.boolean().optional(),
});

/** Content was hidden: by a moderator's decision, or after several flags until one reviews it (`pending`). */
export const contentHidden = defineEvent('content.hidden', contentModerated);
/** A moderator restored hidden content. */
export const contentRestored = defineEvent('content.restored', contentModerated);
