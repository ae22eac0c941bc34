import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';
import { answerDecisions, initiativeStatuses } from './db/schema.js';

/** What every initiative event says, on the initiative (`initiative`, its public number): public texts, people by id. */
export const initiativeFacts = z.object({
  number: z.number().int(),
  title: z.string(),
  path: z.string(),
  status: z.enum(initiativeStatuses),
  authorId: z.string().nullable(),
  /** The department that must answer. */
  departmentId: z.string().nullable(),
});

/** A resident drafted an initiative (the author is the actor). */
export const initiativeCreated = defineEvent('initiative.created', initiativeFacts);
/** A resident joined a draft as a co-initiator. */
export const initiativeCoinitiatorJoined = defineEvent(
  'initiative.coinitiator_joined',
  initiativeFacts.extend({ coinitiatorId: z.string(), coinitiators: z.number().int() }),
);
/** A co-initiator left a draft. */
export const initiativeCoinitiatorLeft = defineEvent('initiative.coinitiator_left', initiativeFacts.extend({ coinitiatorId: z.string() }));
/** The author submitted it for screening. */
export const initiativeSubmitted = defineEvent('initiative.submitted', initiativeFacts);
/** The author withdrew it. */
export const initiativeWithdrawn = defineEvent('initiative.withdrawn', initiativeFacts.extend({ previousStatus: z.enum(initiativeStatuses) }));
/** Experts screened it: admitted to collect support, or not. */
export const initiativeScreened = defineEvent('initiative.screened', initiativeFacts.extend({ decision: z.enum(['admissible', 'inadmissible']) }));
/** A verified resident supported it (the actor; demo supports are marked). */
export const initiativeSupported = defineEvent(
  'initiative.supported',
  initiativeFacts.extend({ supportCount: z.number().int().optional(), demo: z.boolean().optional() }),
);
/** It reached its threshold: the department must answer by `answerDueAt`. */
export const initiativeThresholdReached = defineEvent(
  'initiative.threshold_reached',
  initiativeFacts.extend({ supportCount: z.number().int(), answerDueAt: z.iso.datetime().nullable() }),
);
/** Its support window ended below the threshold. */
export const initiativeNotReached = defineEvent('initiative.not_reached', initiativeFacts.extend({ supportCount: z.number().int() }));
/** The department answered it. */
export const initiativeAnswered = defineEvent('initiative.answered', initiativeFacts.extend({ decision: z.enum(answerDecisions) }));
/** The answer's deadline passed without one. */
export const initiativeOverdue = defineEvent('initiative.overdue', initiativeFacts.extend({ answerDueAt: z.iso.datetime() }));
