import type { JobDefinition } from '../../core/jobs/jobs.js';
import type { ModuleContext } from '../../core/module/module.js';

/** Background work of reports: deadlines, escalation, automatic closing. */
export const reportJobs: Record<string, JobDefinition<ModuleContext>> = {};
