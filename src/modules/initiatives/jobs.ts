import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { closeDueInitiatives } from './use-cases/close-due.js';

/** Kind of the recurring job that ends support windows and marks unanswered initiatives overdue. */
export const closeDueJobKind = 'initiatives.close-due';

/** Every minute: close what is due (a run missed while no server ran happens at the next start). */
export const initiativeJobs: Record<string, JobDefinition<ModuleContext>> = {
  [closeDueJobKind]: {
    run: async (_payload, ctx) => {
      await closeDueInitiatives(ctx);
    },
    every: (after) => new Date(after.getTime() + 60_000),
  },
};
