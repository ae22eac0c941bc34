import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { sendShiftReminders } from './use-cases/reminders.js';

/** Kind of the recurring job that sends shifts' day-before and two-hours-before reminders. */
export const remindJobKind = 'volunteering.remind';

/** Every five minutes (a run missed while no server ran happens at the next start; each reminder goes once). */
export const volunteeringJobs: Record<string, JobDefinition<ModuleContext>> = {
  [remindJobKind]: {
    run: async (_payload, ctx) => {
      await sendShiftReminders(ctx);
    },
    every: (after) => new Date(after.getTime() + 5 * 60_000),
  },
};
