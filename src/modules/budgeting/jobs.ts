import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { announceDueResults } from './use-cases/tally/tally-heading.js';

/** Kind of the recurring job that announces tallies when their cycle's results phase begins. */
export const announceResultsJobKind = 'budgeting.announce-results';

/** Every minute (a run missed while no server ran happens at the next start). */
export const budgetingJobs: Record<string, JobDefinition<ModuleContext>> = {
  [announceResultsJobKind]: {
    run: async (_payload, ctx) => {
      await announceDueResults(ctx);
    },
    every: (after) => new Date(after.getTime() + 60_000),
  },
};
