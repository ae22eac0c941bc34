/** Implementation tracking: what an update of a work may say. Pure. */
import { compare, parseDecimal } from './fraction.js';

/** A work's stages, in the order they usually come (the same values as `pb_works.status`). */
export const workStatusOrder = ['planned', 'design', 'procurement', 'in_progress', 'done', 'cancelled'] as const;
export type WorkStatusValue = (typeof workStatusOrder)[number];

/** The most money a work may report as spent: numeric(16,2). */
export const maxSpent = '99999999999999.99';
/** Exact money as the API takes it: roubles with up to two decimals, no signs or separators. */
export const moneyPattern = /^\d{1,14}(\.\d{1,2})?$/;

export const workNoteMax = 4000;
export const workPhotosMax = 6;
export const milestonesMax = 30;
export const milestoneTitleMax = 200;

export interface WorkState {
  status: WorkStatusValue;
  progress: number;
  spent: string;
  startedOn: string | null;
  finishedOn: string | null;
}

export interface WorkChange {
  status?: WorkStatusValue | undefined;
  progress?: number | undefined;
  spent?: string | undefined;
  startedOn?: string | null | undefined;
  finishedOn?: string | null | undefined;
  note?: string | undefined;
  photoIds?: string[] | undefined;
}

/** Why an update cannot be recorded: the field it is about and the message code. */
export type WorkUpdateProblem = {
  field: string;
  code: 'works_update_empty' | 'works_done_needs_full_progress' | 'works_progress_when_planned' | 'works_finished_before_started' | 'works_spent_invalid';
};

/** The state after an update (fields the update leaves out stay as they were). */
export function applyWorkChange(current: WorkState, change: WorkChange): WorkState {
  return {
    status: change.status ?? current.status,
    progress: change.progress ?? current.progress,
    spent: change.spent ?? current.spent,
    startedOn: change.startedOn === undefined ? current.startedOn : change.startedOn,
    finishedOn: change.finishedOn === undefined ? current.finishedOn : change.finishedOn,
  };
}

/**
 * The first problem with an update, or null: it must change something or say something (a note or
 * photos); a finished work is 100 % done; a planned one has not progressed; money is exact and
 * non-negative; it cannot finish before it started.
 */
export function workUpdateProblem(current: WorkState, change: WorkChange): WorkUpdateProblem | null {
  if (change.spent !== undefined && (!moneyPattern.test(change.spent) || compare(parseDecimal(change.spent), parseDecimal(maxSpent)) > 0))
    return { field: 'spent', code: 'works_spent_invalid' };
  const next = applyWorkChange(current, change);
  const changed =
    next.status !== current.status ||
    next.progress !== current.progress ||
    compare(parseDecimal(next.spent), parseDecimal(current.spent)) !== 0 ||
    next.startedOn !== current.startedOn ||
    next.finishedOn !== current.finishedOn;
  if (!changed && !(change.note ?? '').trim() && !(change.photoIds ?? []).length) return { field: 'note', code: 'works_update_empty' };
  if (next.status === 'done' && next.progress !== 100) return { field: 'progress', code: 'works_done_needs_full_progress' };
  if (next.status === 'planned' && next.progress > 0) return { field: 'progress', code: 'works_progress_when_planned' };
  if (next.startedOn && next.finishedOn && next.finishedOn < next.startedOn) return { field: 'finishedOn', code: 'works_finished_before_started' };
  return null;
}

/** Spent as a share of the cost, in whole percent rounded down (null when the cost is zero). */
export function spentPercent(spent: string, cost: string): number | null {
  const c = parseDecimal(cost);
  if (c.n === 0n) return null;
  const s = parseDecimal(spent);
  return Number((s.n * c.d * 100n) / (s.d * c.n));
}
