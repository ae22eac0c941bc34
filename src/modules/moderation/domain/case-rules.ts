import type { ModerationState } from '../../../core/module/entities.js';

/** Why a person flags content. */
export const flagReasons = ['spam', 'abuse', 'off_topic', 'personal_data', 'illegal', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];

/** What a moderator decides about a case. */
export const decisionActions = ['hide', 'restore', 'dismiss'] as const;
export type DecisionAction = (typeof decisionActions)[number];

export const minDecisionReason = 3;
export const maxDecisionReason = 500;
/** The longest note a person may add to a flag. */
export const maxFlagNote = 500;

/** Why a case is in the queue: people flagged the content, or the forbidden-words screen held it. */
export const caseCauses = ['flagged', 'held'] as const;
export type CaseCause = (typeof caseCauses)[number];
/** A case waits for a decision (open) or has one (closed). */
export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/**
 * How long an open case may wait for a moderator: two days from its opening, counted in hours
 * (content is moderated at weekends too, unlike reports' working-day deadlines). Past it the
 * queue marks the case overdue; the queue lists the oldest first, so those lead.
 */
export const caseDecisionHours = 48;

/** When a moderator should have decided a case opened at `openedAt`. */
export function caseDueAt(openedAt: Date): Date {
  return new Date(openedAt.getTime() + caseDecisionHours * 3_600_000);
}

/** An open case past its decision time; a closed one is never overdue. */
export function isCaseOverdue(c: { status: CaseStatus; openedAt: Date }, now: Date): boolean {
  return c.status === 'open' && now.getTime() > caseDueAt(c.openedAt).getTime();
}

/**
 * Whether a new flag hides the content pending review: at the threshold, while it is still visible,
 * and only if no moderator has reviewed it yet — once a moderator restored or dismissed it, more
 * flags reopen the case but do not hide it again (a moderator's word outweighs a crowd's).
 */
export function hidesOnFlag(input: { flagCount: number; threshold: number; state: ModerationState; reviewed: boolean }): boolean {
  return input.state === 'visible' && !input.reviewed && input.flagCount >= input.threshold;
}

export interface DecisionOutcome {
  state: ModerationState;
  decision: 'hidden' | 'restored' | 'dismissed';
  event: 'content.hidden' | 'content.restored' | null;
}

/** Whether an action needs the moderator's reason (the author reads it): hiding and restoring do, dismissing does not. */
export function needsReason(action: DecisionAction): boolean {
  return action !== 'dismiss';
}

/**
 * Why an action does not fit content in a given state, or null when it does: hide fits any state, restore only
 * held or hidden content (`nothing_to_restore`), dismiss only visible content (`restore_or_hide`: hidden or held
 * content has to be decided on — restored, or kept hidden with a reason).
 */
export function actionProblem(state: ModerationState, action: DecisionAction): 'nothing_to_restore' | 'restore_or_hide' | null {
  if (action === 'restore' && state === 'visible') return 'nothing_to_restore';
  if (action === 'dismiss' && state !== 'visible') return 'restore_or_hide';
  return null;
}

/** What an action that fits (see actionProblem) does: the content's new state, the case's decision and the event told to its author. */
export function decide(action: DecisionAction): DecisionOutcome {
  switch (action) {
    case 'hide':
      return { state: 'hidden', decision: 'hidden', event: 'content.hidden' };
    case 'restore':
      return { state: 'visible', decision: 'restored', event: 'content.restored' };
    case 'dismiss':
      return { state: 'visible', decision: 'dismissed', event: null };
  }
}
