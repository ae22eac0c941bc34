import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { nextDigestTime } from './domain/digest-schedule.js';
import { sendDigests } from './use-cases/send-digests.js';

/** Kind of the recurring job that mails the daily digests. */
export const digestJobKind = 'notifications.digest';

/** The module's background jobs: the daily digest at DIGEST_HOUR in CITY_TIMEZONE (a run missed while no server ran happens at the next start). */
export const notificationJobs: Record<string, JobDefinition<ModuleContext>> = {
  [digestJobKind]: {
    run: async (_payload, ctx) => {
      await sendDigests(ctx);
    },
    every: (after, ctx) => nextDigestTime(after, ctx.config.digestHour, ctx.config.cityTimezone),
  },
};
