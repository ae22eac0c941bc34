import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';
import { proposalStatuses, workStatuses } from './db/schema.js';
import { pbPhases } from './domain/phases.js';

/** What every proposal event says, on the proposal (`proposal`, its public number): public texts, its author by id. */
export const proposalFacts = z.object({
  number: z.number().int(),
  title: z.string(),
  path: z.string(),
  status: z.enum(proposalStatuses),
  authorId: z.string().nullable(),
});

/** A resident submitted a proposal. */
export const proposalCreated = defineEvent('proposal.created', proposalFacts);
/** A resident supported a proposal (the actor). */
export const proposalSupported = defineEvent('proposal.supported', proposalFacts);
/** Its author withdrew a proposal. */
export const proposalWithdrawn = defineEvent('proposal.withdrawn', proposalFacts);
/** An expert decided whether a proposal can be built; its authors (author and co-authors) by id. */
export const proposalReviewed = defineEvent('proposal.reviewed', proposalFacts.extend({ decision: z.enum(proposalStatuses), authorIds: z.array(z.string()) }));
/** A proposal was merged into another (`into…`); its authors are co-authors of that one now. */
export const proposalMerged = defineEvent(
  'proposal.merged',
  proposalFacts.extend({ intoNumber: z.number().int(), intoTitle: z.string(), authorIds: z.array(z.string()) }),
);
/** The author named a co-author. */
export const proposalCoauthorAdded = defineEvent('proposal.coauthor_added', proposalFacts.extend({ coauthorId: z.string() }));

/** A resident cast their first ballot in a heading (`pb_heading`, its id); a replaced ballot is not news. */
export const ballotCast = defineEvent('pb_ballot.cast', z.object({ cycleId: z.string() }));

/** A department reported on a work (`pb_work`, its id): its stage, progress and money, and the proposal it builds. */
export const workUpdated = defineEvent(
  'pb_work.updated',
  z.object({
    status: z.enum(workStatuses),
    previousStatus: z.enum(workStatuses),
    progress: z.number(),
    spent: z.string(),
    photos: z.number().int(),
    updateId: z.string(),
    proposalId: z.string(),
    proposalNumber: z.number().int(),
    title: z.string(),
  }),
);

/** A heading's outcome (`pb_heading`, its id): each proposal's number, title and whether it is funded. */
const headingOutcome = z.object({
  headingTitle: z.string(),
  /** The cycle's phase when it happened: results are public from `results` on. */
  phase: z.enum(['draft', ...pbPhases]),
  /** The results page. */
  path: z.string(),
  proposals: z.array(z.object({ number: z.number().int(), title: z.string(), funded: z.boolean() })),
});
/** An administrator tallied a heading (again). */
export const headingTallied = defineEvent('pb_heading.tallied', headingOutcome);
/** A tally made before the results phase became public when it began. */
export const headingResultsPublic = defineEvent('pb_heading.results_public', headingOutcome);
