import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { closeUnconfirmed, markOverdue, warnDeadlines } from './use-cases/reports/deadline-jobs.js';

/** Kind of the recurring job that watches deadlines. */
export const deadlinesJobKind = 'reports.deadlines';

/** How often deadlines are checked. */
const everyMs = 10 * 60_000;

/**
 * Background work of reports, every ten minutes (a run missed while no server ran happens at the
 * next start): overdue reports are marked and escalated to the department's head, departments are
 * warned a working day before a deadline, and answered reports nobody confirmed or disputed in 15
 * days are closed.
 */
export const reportJobs: Record<string, JobDefinition<ModuleContext>> = {
  [deadlinesJobKind]: {
    run: async (_payload, ctx) => {
      const now = new Date();
      await markOverdue(ctx, now);
      await warnDeadlines(ctx, now);
      await closeUnconfirmed(ctx, now);
    },
    every: (after) => new Date(Math.floor(after.getTime() / everyMs) * everyMs + everyMs),
  },
};
