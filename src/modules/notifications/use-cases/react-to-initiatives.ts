import type { DomainEvent } from '../../../core/jobs/jobs.js';
import type { ModuleContext } from '../../../core/module/module.js';

/** Notifications about the initiatives module's events, by event type. */
export const initiativeReactions: Record<string, (event: DomainEvent, ctx: ModuleContext) => Promise<void>> = {};
