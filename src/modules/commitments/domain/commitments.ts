/** The commitments ledger's rules: statuses, stages, what a due date and a progress entry may say, overdue. Pure. */
import { isWorkingDay, type WorkCalendar } from '../../../core/time/calendar.js';

/** open: being carried out; delivered: the department confirmed it; disputed: a participant disputed the delivery (back with the department). */
export const commitmentStatuses = ['open', 'delivered', 'disputed'] as const;
export type CommitmentStatus = (typeof commitmentStatuses)[number];

/** What the public list filters by: the stored statuses and `overdue` (due date passed while not delivered). */
export const commitmentFilters = [...commitmentStatuses, 'overdue'] as const;

/** Stages of carrying it out, the same values as a budgeting work's (a work's stage is its commitment's). */
export const commitmentStages = ['planned', 'design', 'procurement', 'in_progress', 'done', 'cancelled'] as const;
export type CommitmentStage = (typeof commitmentStages)[number];

/** The kinds of accepted outcomes a commitment comes from (the source's entity type). */
export const commitmentSourceKinds = ['initiative', 'proposal', 'idea', 'report', 'poll'] as const;
export type CommitmentSourceKind = (typeof commitmentSourceKinds)[number];

/** What one entry of the public history is. */
export const commitmentEntryKinds = ['created', 'progress', 'delivered', 'disputed', 'overdue'] as const;

export const promiseMax = 4000;
export const noteMax = 4000;
export const photosMax = 6;
/** Days the source's participants have to dispute a confirmed delivery (as a report's answer: 15 days). */
export const disputeDays = 15;
/** Exact money as the API takes it: roubles with up to two decimals. */
export const moneyPattern = /^\d{1,14}(\.\d{1,2})?$/;

/** Why a due date is refused (400 naming `dueOn`), or null: it must be a working day on the city's calendar, today or later. */
export function dueDateProblem(dueOn: string, today: string, calendar: WorkCalendar): 'commitments.due_past' | 'commitments.due_not_working_day' | null {
  if (dueOn < today) return 'commitments.due_past';
  if (!isWorkingDay(dueOn, calendar)) return 'commitments.due_not_working_day';
  return null;
}

/** Overdue: the due date (a city-local day) has passed and it is not delivered. */
export function isOverdue(c: { status: CommitmentStatus; dueOn: string }, today: string): boolean {
  return c.status !== 'delivered' && c.dueOn < today;
}

/** Whether a delivery confirmed at `deliveredAt` may still be disputed. */
export function disputeWindowOpen(deliveredAt: Date | null, now: Date): boolean {
  return deliveredAt !== null && now.getTime() - deliveredAt.getTime() <= disputeDays * 86_400_000;
}

/** Delivered on time: confirmed on or before the due day. */
export function deliveredOnTime(c: { dueOn: string; deliveredOn: string | null }): boolean {
  return c.deliveredOn !== null && c.deliveredOn <= c.dueOn;
}

export interface ProgressChange {
  stage?: CommitmentStage | undefined;
  percent?: number | undefined;
  spent?: string | undefined;
  note?: string | undefined;
  photoIds?: string[] | undefined;
}

/** The first problem with a progress entry (field and message key), or null: it must say something; `done` is 100 %; `planned` is 0 %. */
export function progressProblem(current: { stage: CommitmentStage; percent: number }, change: ProgressChange): { field: string; key: string } | null {
  if (change.spent !== undefined && !moneyPattern.test(change.spent)) return { field: 'spent', key: 'commitments.spent_invalid' };
  const stage = change.stage ?? current.stage;
  const percent = change.percent ?? current.percent;
  const says = stage !== current.stage || percent !== current.percent || change.spent !== undefined || !!change.note?.trim() || !!change.photoIds?.length;
  if (!says) return { field: 'note', key: 'commitments.progress_empty' };
  if (stage === 'done' && percent !== 100) return { field: 'percent', key: 'commitments.done_needs_full' };
  if (stage === 'planned' && percent > 0) return { field: 'percent', key: 'commitments.planned_no_progress' };
  return null;
}
