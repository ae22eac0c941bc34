import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { closeDuePolls } from './use-cases/close-poll.js';

/** Kind of the recurring job that closes polls past their closing time and freezes their results. */
export const closeJobKind = 'polls.close-due';

/** Every minute: close what is due (a run missed while no server ran happens at the next start). */
export const pollJobs: Record<string, JobDefinition<ModuleContext>> = {
  [closeJobKind]: {
    run: async (_payload, ctx) => {
      await closeDuePolls(ctx);
    },
    every: (after) => new Date(after.getTime() + 60_000),
  },
};
