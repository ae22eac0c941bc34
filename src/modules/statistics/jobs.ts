import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { refreshJobKind, refreshParticipation } from './use-cases/participation.js';

export { refreshJobKind };

/** Every ten minutes: the published statistics are at most that old (a request never counts). */
export const statisticsJobs: Record<string, JobDefinition<ModuleContext>> = {
  [refreshJobKind]: {
    run: async (_payload, ctx) => {
      await refreshParticipation(ctx);
    },
    every: (after) => new Date(after.getTime() + 10 * 60_000),
  },
};
