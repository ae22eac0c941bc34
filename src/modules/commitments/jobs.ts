import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { localParts, zonedToUtc } from '../../core/time/time.js';
import { markOverdueCommitments } from './use-cases/mark-overdue.js';

/** Kind of the recurring job that marks commitments overdue. */
export const overdueJobKind = 'commitments.overdue';

/** Five minutes past the next midnight on the city's clock: a due day ends at midnight. */
export function nextOverdueRun(after: Date, timeZone: string): Date {
  const p = localParts(after, timeZone);
  return new Date(zonedToUtc(p.year, p.month, p.day + 1, 0, timeZone).getTime() + 5 * 60_000);
}

/** Daily (a run missed while no server ran happens at the next start). */
export const commitmentJobs: Record<string, JobDefinition<ModuleContext>> = {
  [overdueJobKind]: {
    run: async (_payload, ctx) => {
      await markOverdueCommitments(ctx);
    },
    every: (after, ctx) => nextOverdueRun(after, ctx.config.cityTimezone),
  },
};
