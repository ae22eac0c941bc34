/** Checking a poll an administrator drafts. Pure. */
import { questionKindList, type QuestionKind } from './answers.js';

export interface DraftQuestion {
  kind: QuestionKind;
  text: string;
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  scale: number | null;
  options: readonly string[];
}

export interface DraftPoll {
  opensAt: Date;
  closesAt: Date;
  questions: readonly DraftQuestion[];
  /** The decision rule names the question and option by their positions (0-based) in the draft. */
  decision: {
    questionIndex: number;
    optionIndex: number;
    minTurnoutCount: number | null;
    minTurnoutPermille: number | null;
    numerator: number;
    denominator: number;
    strict: boolean;
  } | null;
}

export interface DraftProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/**
 * Refuses a poll that could not be answered or decided: closing not after opening; no questions; a choice or ranking
 * question with fewer than two options; a multiple choice whose 1 ≤ min ≤ max ≤ options does not hold; a rating scale
 * other than 5 or 10; options on a rating or text question; a decision rule whose question is not a single choice, whose
 * option is not that question's, or whose majority is not a fraction in (0, 1).
 */
export function checkDraft(d: DraftPoll): DraftProblem | null {
  if (d.closesAt.getTime() <= d.opensAt.getTime()) return { field: 'closesAt', code: 'poll_dates_order' };
  if (d.questions.length === 0) return { field: 'questions', code: 'poll_no_questions' };
  for (const [i, q] of d.questions.entries()) {
    const n = i + 1;
    const field = `questions.${i}`;
    if (!questionKindList.includes(q.kind)) return { field, code: 'poll_question_kind', params: { n } };
    const hasOptions = q.kind === 'single' || q.kind === 'multiple' || q.kind === 'ranking';
    if (hasOptions && q.options.length < 2) return { field, code: 'poll_question_options', params: { n } };
    if (!hasOptions && q.options.length > 0) return { field, code: 'poll_question_no_options', params: { n } };
    if (new Set(q.options.map((o) => o.trim().toLowerCase())).size !== q.options.length) return { field, code: 'poll_question_option_twice', params: { n } };
    if (q.kind === 'multiple') {
      const min = q.minChoices ?? 1;
      const max = q.maxChoices ?? q.options.length;
      if (min < 1 || min > max || max > q.options.length) return { field, code: 'poll_question_limits', params: { n, options: q.options.length } };
    }
    if (q.kind === 'rating' && q.scale !== 5 && q.scale !== 10) return { field, code: 'poll_question_scale', params: { n } };
  }
  if (d.decision) {
    const q = d.decision.questionIndex >= 0 ? d.questions[d.decision.questionIndex] : undefined;
    if (!q || q.kind !== 'single') return { field: 'decision.questionIndex', code: 'poll_decision_question' };
    if (d.decision.optionIndex < 0 || d.decision.optionIndex >= q.options.length) return { field: 'decision.optionIndex', code: 'poll_decision_option' };
    if (d.decision.numerator <= 0 || d.decision.denominator <= 0 || d.decision.numerator >= d.decision.denominator)
      return { field: 'decision.numerator', code: 'poll_decision_majority' };
    if (d.decision.minTurnoutPermille !== null && (d.decision.minTurnoutPermille < 0 || d.decision.minTurnoutPermille > 1000))
      return { field: 'decision.minTurnoutPermille', code: 'poll_decision_turnout' };
  }
  return null;
}
