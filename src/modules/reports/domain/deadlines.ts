import { addWorkingDays, localDay, type WorkCalendar } from '../../../core/time/calendar.js';
import { zonedToUtc } from '../../../core/time/time.js';
import type { ReportStatus } from './lifecycle.js';
import { confirmWindowDays, withDepartmentStatuses } from './report-rules.js';

/** A reason's deadlines in working days. */
export interface ReasonDeadlines {
  premoderationDays: number;
  resolutionDays: number;
  answerModerationDays: number;
}

/** When the current step is due, and the department's resolution deadline. */
export interface Deadlines {
  dueAt: Date | null;
  resolutionDueAt: Date | null;
}

const dayMs = 86_400_000;

/**
 * The deadlines after entering a status at `at`, on the working-day calendar of the city:
 * - moderation: pre-moderation days; the resolution deadline is estimated as if sent at the end of them;
 * - sent (approved or redirected) and reopened: a fresh resolution deadline, which is also the step's;
 * - in progress: the resolution deadline runs on;
 * - answer on moderation: answer-moderation days (the resolution deadline is kept for the record);
 * - answered: the resident's window to confirm or dispute, in calendar days;
 * - final statuses: nothing is due.
 */
export function deadlinesFor(status: ReportStatus, at: Date, reason: ReasonDeadlines, current: Deadlines, calendar: WorkCalendar, timeZone: string): Deadlines {
  switch (status) {
    case 'moderation': {
      return {
        dueAt: addWorkingDays(at, reason.premoderationDays, calendar, timeZone),
        resolutionDueAt: addWorkingDays(at, reason.premoderationDays + reason.resolutionDays, calendar, timeZone),
      };
    }
    case 'sent':
    case 'reopened': {
      const resolution = addWorkingDays(at, reason.resolutionDays, calendar, timeZone);
      return { dueAt: resolution, resolutionDueAt: resolution };
    }
    case 'in_progress':
      return { dueAt: current.resolutionDueAt, resolutionDueAt: current.resolutionDueAt };
    case 'answer_moderation':
      return { dueAt: addWorkingDays(at, reason.answerModerationDays, calendar, timeZone), resolutionDueAt: current.resolutionDueAt };
    case 'answered':
      return { dueAt: new Date(at.getTime() + confirmWindowDays * dayMs), resolutionDueAt: current.resolutionDueAt };
    default:
      return { dueAt: null, resolutionDueAt: current.resolutionDueAt };
  }
}

/** Whether the department is late now: it holds the report and the resolution deadline passed. */
export function isOverdue(r: { status: ReportStatus; resolutionDueAt: Date | null }, now: Date): boolean {
  return withDepartmentStatuses.includes(r.status) && r.resolutionDueAt !== null && r.resolutionDueAt.getTime() <= now.getTime();
}

/**
 * When the department is warned of an approaching deadline: at the start of the last working day
 * (a deadline is the end of a working day, so this is the midnight that begins it, city time).
 */
export function warningTime(due: Date, timeZone: string): Date {
  const [y, m, d] = localDay(new Date(due.getTime() - 1), timeZone)
    .split('-')
    .map(Number) as [number, number, number];
  return zonedToUtc(y, m, d, 0, timeZone);
}

/** Whether the resident may still confirm or dispute an answer published at `publishedAt`. */
export function confirmWindowOpen(publishedAt: Date | null, now: Date): boolean {
  return publishedAt !== null && now.getTime() <= publishedAt.getTime() + confirmWindowDays * dayMs;
}
