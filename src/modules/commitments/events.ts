import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';

/** What every commitment event says, on the commitment (`commitment`, its public number). */
export const commitmentFacts = z.object({
  number: z.number().int(),
  title: z.string(),
  path: z.string(),
  departmentId: z.string(),
  sourceType: z.string(),
  sourceId: z.string(),
  dueOn: z.string(),
});

/** A source's acceptance created it (the official who accepted is the actor); followers of the source follow it. */
export const commitmentCreated = defineEvent('commitment.created', commitmentFacts);
/** The department posted progress. */
export const commitmentProgressed = defineEvent('commitment.progressed', commitmentFacts.extend({ stage: z.string(), percent: z.number().int() }));
/** The department confirmed delivery. */
export const commitmentDelivered = defineEvent('commitment.delivered', commitmentFacts.extend({ deliveredOn: z.string(), onTime: z.boolean() }));
/** A participant of the source disputed the delivery: it is open again with the department. */
export const commitmentDisputed = defineEvent('commitment.disputed', commitmentFacts);
/** The due date passed while not delivered (once). */
export const commitmentOverdue = defineEvent('commitment.overdue', commitmentFacts);
