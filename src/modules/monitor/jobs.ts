import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';
import { localParts, zonedToUtc } from '../../core/time/time.js';
import { computeMonitor } from './use-cases/compute.js';

/** Kind of the recurring job that computes the monitor's months. */
export const monitorJobKind = 'monitor.compute';

/** 03:30 the next night on the city's clock, when the day's acts are in and few residents are about. */
export function nextMonitorRun(after: Date, timeZone: string): Date {
  const p = localParts(after, timeZone);
  const today = new Date(zonedToUtc(p.year, p.month, p.day, 3, timeZone).getTime() + 30 * 60_000);
  return today > after ? today : new Date(zonedToUtc(p.year, p.month, p.day + 1, 3, timeZone).getTime() + 30 * 60_000);
}

/** Daily (a run missed while no server ran happens at the next start). */
export const monitorJobs: Record<string, JobDefinition<ModuleContext>> = {
  [monitorJobKind]: {
    run: async (_payload, ctx) => {
      await computeMonitor(ctx);
    },
    every: (after, ctx) => nextMonitorRun(after, ctx.config.cityTimezone),
  },
};
