import type { ModerationState } from '../../../core/module/entities.js';

/** Why a person flags content. */
export const flagReasons = ['spam', 'abuse', 'off_topic', 'personal_data', 'illegal', 'other'] as const;
export type FlagReason = (typeof flagReasons)[number];

/** What a moderator decides about a case. */
export const decisionActions = ['hide', 'restore', 'dismiss'] as const;
export type DecisionAction = (typeof decisionActions)[number];

export const minDecisionReason = 3;
export const maxDecisionReason = 500;

/**
 * Whether a new flag hides the content pending review: at the threshold, while it is still visible,
 * and only if no moderator has reviewed it yet — once a moderator restored or dismissed it, more
 * flags reopen the case but do not hide it again (a moderator's word outweighs a crowd's).
 */
export function hidesOnFlag(input: { flagCount: number; threshold: number; state: ModerationState; reviewed: boolean }): boolean {
  return input.state === 'visible' && !input.reviewed && input.flagCount >= input.threshold;
}

export type DecisionOutcome =
  | { ok: true; state: ModerationState; decision: 'hidden' | 'restored' | 'dismissed'; event: 'content.hidden' | 'content.restored' | null }
  | { ok: false; reason: 'nothing_to_restore' | 'restore_or_hide' | 'reason_required' };

/**
 * A moderator's decision on content in a given state: hide (any state, with a reason), restore
 * (held or hidden content, with a reason) or dismiss (visible content: the flags were unfounded).
 */
export function decide(state: ModerationState, action: DecisionAction, reason: string | null): DecisionOutcome {
  if (action !== 'dismiss' && !reason) return { ok: false, reason: 'reason_required' };
  switch (action) {
    case 'hide':
      return { ok: true, state: 'hidden', decision: 'hidden', event: 'content.hidden' };
    case 'restore':
      if (state === 'visible') return { ok: false, reason: 'nothing_to_restore' };
      return { ok: true, state: 'visible', decision: 'restored', event: 'content.restored' };
    case 'dismiss':
      // hidden or held content has to be decided on: restored, or kept hidden with a reason
      if (state !== 'visible') return { ok: false, reason: 'restore_or_hide' };
      return { ok: true, state: 'visible', decision: 'dismissed', event: null };
  }
}
