/** Where an initiative stands and how it moves on. Pure: every fact (now, the calendar) is an explicit input. */
import { addWorkingDays, type WorkCalendar } from '../../../core/time/calendar.js';

/** What an initiative is about; thresholds are set per type and scope. */
export const initiativeTypes = ['improvement', 'regulation', 'social'] as const;
/** The whole city, or one district (its residents support it). */
export const initiativeScopes = ['city', 'district'] as const;
/**
 * draft → screening (submitted with enough co-initiators) → collecting (admitted) | inadmissible;
 * collecting → awaiting_answer (threshold reached) | not_reached (window over); awaiting_answer → answered.
 * The author may withdraw a draft or one under screening. "Overdue" is awaiting_answer past answer_due_at.
 */
export const initiativeStatuses = ['draft', 'screening', 'inadmissible', 'collecting', 'not_reached', 'awaiting_answer', 'answered', 'withdrawn'] as const;
/** The authority's answer. */
export const answerDecisions = ['accepted', 'partially', 'rejected'] as const;

export type InitiativeType = (typeof initiativeTypes)[number];
export type InitiativeScope = (typeof initiativeScopes)[number];
export type InitiativeStatus = (typeof initiativeStatuses)[number];
export type AnswerDecision = (typeof answerDecisions)[number];

const DAY = 86_400_000;

/**
 * The status changes the lifecycle allows (see the schema): a draft is submitted for screening; screening admits it
 * (collecting) or not (inadmissible); collecting ends at the threshold (awaiting_answer) or with the window
 * (not_reached); the answer closes it. The author may withdraw a draft or one under screening.
 */
export const transitions: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  draft: ['screening', 'withdrawn'],
  screening: ['collecting', 'inadmissible', 'withdrawn'],
  collecting: ['awaiting_answer', 'not_reached'],
  awaiting_answer: ['answered'],
  inadmissible: [],
  not_reached: [],
  answered: [],
  withdrawn: [],
};

/** Whether the lifecycle allows going from one status to another. */
export const canMove = (from: InitiativeStatus, to: InitiativeStatus): boolean => transitions[from].includes(to);

/** Statuses the public lists show (drafts live by their link only). */
export const listedStatuses: readonly InitiativeStatus[] = [
  'screening',
  'inadmissible',
  'collecting',
  'not_reached',
  'awaiting_answer',
  'answered',
  'withdrawn',
];

/** Overdue: the authority has not answered by the deadline (the status stays awaiting_answer). */
export function isOverdue(i: { status: InitiativeStatus; answerDueAt: Date | null }, now: Date): boolean {
  return i.status === 'awaiting_answer' && i.answerDueAt !== null && now > i.answerDueAt;
}

/** The support window an admitted initiative opens now: `supportDays` whole days from the moment of admission. */
export function supportWindow(now: Date, supportDays: number): { supportOpensAt: Date; supportClosesAt: Date } {
  return { supportOpensAt: now, supportClosesAt: new Date(now.getTime() + supportDays * DAY) };
}

/**
 * The answer deadline: the end of the `answerWorkingDays`-th working day after the day the threshold was reached,
 * in the city's zone and by its calendar (holidays, transferred days off, working weekends), as reports' deadlines.
 */
export function answerDeadline(thresholdReachedAt: Date, answerWorkingDays: number, calendar: WorkCalendar, timeZone: string): Date {
  return addWorkingDays(thresholdReachedAt, answerWorkingDays, calendar, timeZone);
}

/** How many more co-initiators a draft needs before it can be submitted (0 when enough). */
export const coinitiatorsMissing = (coinitiators: number, minCoinitiators: number): number => Math.max(0, minCoinitiators - coinitiators);

/** What one more support does: the new count, and whether it reaches the threshold (the moment collecting ends). */
export function afterSupport(supportCount: number, supportThreshold: number): { supportCount: number; reached: boolean } {
  const next = supportCount + 1;
  return { supportCount: next, reached: next >= supportThreshold };
}

/** Whether an initiative still collects at `now`: admitted, and its window not over. */
export function isCollectingAt(i: { status: InitiativeStatus; supportClosesAt: Date | null }, now: Date): boolean {
  return i.status === 'collecting' && i.supportClosesAt !== null && now < i.supportClosesAt;
}
