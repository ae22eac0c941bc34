import { z } from 'zod';
import { defineEvent } from '../../core/jobs/events.js';
import { reportStatuses } from './db/schema.js';
import { answerOutcomes } from './domain/answer-ratings.js';
import { reportActions } from './domain/lifecycle.js';

const status = z.enum(reportStatuses);

/** What every report event says, on the report (`report`, its public number): public texts, and people by id only. */
export const reportFacts = z.object({
  number: z.number().int(),
  /** "№ 123 · reason", as on its page. */
  title: z.string(),
  /** The same in English ("No. 123 · reason" with the reason's English name); absent from events stored before it. */
  titleEn: z.string().optional(),
  path: z.string(),
  /** The status before (null for a new report). */
  from: status.nullable(),
  to: status,
  /** The public note of the step, if any. */
  note: z.string().nullable(),
  departmentId: z.string().nullable(),
  districtId: z.string().nullable(),
  reporterId: z.string().nullable(),
});

/** A resident filed a report (or one came through Open311). */
export const reportCreated = defineEvent('report.created', reportFacts);
/** A resident said "me too" (the actor). */
export const reportSupported = defineEvent('report.supported', reportFacts);
/** A step of the report's life: moderation, the department's work and answer, the resident's confirmation, the automatic close. */
export const reportStatusChanged = defineEvent(
  'report.status_changed',
  reportFacts.extend({
    action: z.enum(reportActions),
    /** The rejection reason from the dictionary, in both languages. */
    reasonRu: z.string().optional(),
    reasonEn: z.string().optional(),
    /** The number of the report it was merged into. */
    duplicateOf: z.number().int().optional(),
    /** The department it was redirected from. */
    fromDepartmentId: z.string().nullable().optional(),
  }),
);
/** The resolution deadline passed while the department held it. */
export const reportOverdue = defineEvent('report.overdue', reportFacts.extend({ dueAt: z.iso.datetime() }));
/** The resolution deadline is a working day away (for the official it is assigned to, if any). */
export const reportDeadlineNear = defineEvent('report.deadline_near', reportFacts.extend({ dueAt: z.iso.datetime(), assigneeId: z.string().nullable() }));
/** A head of department assigned the report to one of its officials. */
export const reportAssigned = defineEvent('report.assigned', reportFacts.extend({ assigneeId: z.string() }));
/**
 * A resident (the actor) rated the report's published answer: the outcome and quality, in which capacity, and whether
 * it reopened the report (a reporter's "not fixed" — the dispute's own `report.status_changed` follows). No note:
 * it stays with the rating.
 */
export const reportRated = defineEvent(
  'report.rated',
  reportFacts.extend({ outcome: z.enum(answerOutcomes), quality: z.number().int(), raterRole: z.enum(['reporter', 'supporter']), reopened: z.boolean() }),
);
