import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What every idea event says, on the idea (`idea`, its public number): its title and page, its author by id. */
export const ideaEventFacts = z.object({
  number: z.number().int(),
  /** "№ 12. Title". */
  title: z.string(),
  path: z.string(),
  authorId: z.string().nullable(),
});

/** A resident submitted an idea to a project (the author is the actor). */
export const ideaCreated = defineEvent('idea.created', ideaEventFacts.extend({ projectNumber: z.number().int() }));
/** A resident rated an idea for the first time (changing a rating is not news). */
export const ideaRated = defineEvent('idea.rated', ideaEventFacts.extend({ value: z.number().int() }));
/** The project's experts shortlisted, rejected or merged an idea (into another: `into…`). */
export const ideaReviewed = defineEvent(
  'idea.reviewed',
  ideaEventFacts.extend({
    decision: z.enum(['shortlisted', 'rejected', 'merged']),
    intoNumber: z.number().int().nullable(),
    intoTitle: z.string().nullable(),
  }),
);
/** The project's report accepted an idea: its author and the authors of ideas merged into it are credited. */
export const ideaAccepted = defineEvent('idea.accepted', ideaEventFacts.extend({ authorIds: z.array(z.string()), projectNumber: z.number().int() }));

/** What every project event says, on the project (`crowd_project`, its public number). */
export const projectEventFacts = z.object({ number: z.number().int(), title: z.string(), path: z.string() });

/** The vote over the shortlist started (a poll of the polls module). */
export const projectVoteStarted = defineEvent('crowd_project.vote_started', projectEventFacts.extend({ pollId: z.string(), pollPath: z.string() }));
/** The city published what was done, with the numbers of the accepted ideas. */
export const projectReported = defineEvent('crowd_project.reported', projectEventFacts.extend({ accepted: z.array(z.number().int()) }));
