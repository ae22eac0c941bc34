/** Checking a response's answers against its poll's questions. Pure. */

export const questionKindList = ['single', 'multiple', 'rating', 'ranking', 'text'] as const;
export type QuestionKind = (typeof questionKindList)[number];

/** Longest free-text answer, in characters. */
export const maxTextLength = 2000;

export interface QuestionRules {
  id: string;
  kind: QuestionKind;
  required: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  scale: number | null;
  /** Option ids in order. */
  optionIds: readonly string[];
}

/** What a respondent sends for one question; which field is used depends on the question's kind. */
export interface AnswerInput {
  questionId: string;
  /** single (exactly one), multiple (within min/max). */
  optionIds?: readonly string[];
  /** rating: 1..scale. */
  value?: number;
  /** ranking: every option of the question, first = most important. */
  ranking?: readonly string[];
  /** text: up to 2,000 characters; blank counts as not answered. */
  text?: string;
}

/** One stored answer row (see poll_answers). */
export interface AnswerRow {
  questionId: string;
  optionId: string | null;
  value: number | null;
  text: string | null;
}

export interface AnswerProblem {
  code: string;
  /** 1-based position of the question in the poll, for the message. */
  params: Record<string, string | number>;
}

export type AnswerCheck = { ok: true; rows: AnswerRow[] } | { ok: false; problem: AnswerProblem };

const fail = (code: string, params: Record<string, string | number> = {}): AnswerCheck => ({ ok: false, problem: { code, params } });

/**
 * Validates answers and turns them into rows. Refuses: an unknown question or one answered twice; options of
 * another question; a single choice other than exactly one; a multiple choice outside min/max (or repeating an
 * option); a rating outside 1..scale; a ranking that is not a permutation of all the question's options (a partial
 * ranking is refused: Borda points are comparable only when everyone ranks everything); a text over 2,000
 * characters; a required question left unanswered.
 */
export function checkAnswers(questions: readonly QuestionRules[], answers: readonly AnswerInput[]): AnswerCheck {
  const byId = new Map(questions.map((q, i) => [q.id, { q, n: i + 1 }]));
  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  for (const a of answers) {
    const found = byId.get(a.questionId);
    if (!found) return fail('poll_answer_unknown_question');
    const { q, n } = found;
    if (seen.has(q.id)) return fail('poll_answer_twice', { n });
    const own = new Set(q.optionIds);
    const r = checkOne(q, n, own, a);
    if (!r.ok) return r;
    if (r.rows.length > 0) seen.add(q.id);
    rows.push(...r.rows);
  }
  const missing = questions.findIndex((q) => q.required && !seen.has(q.id));
  if (missing >= 0) return fail('poll_answer_required', { n: missing + 1 });
  return { ok: true, rows };
}

function checkOne(q: QuestionRules, n: number, own: Set<string>, a: AnswerInput): AnswerCheck {
  const other = (list: readonly string[] | undefined) => (list ?? []).some((id) => !own.has(id));
  switch (q.kind) {
    case 'single': {
      const ids = a.optionIds ?? [];
      if (other(ids)) return fail('poll_answer_foreign_option', { n });
      if (ids.length === 0) return { ok: true, rows: [] };
      if (ids.length !== 1) return fail('poll_answer_single', { n });
      return { ok: true, rows: [{ questionId: q.id, optionId: ids[0]!, value: null, text: null }] };
    }
    case 'multiple': {
      const ids = a.optionIds ?? [];
      if (other(ids)) return fail('poll_answer_foreign_option', { n });
      if (new Set(ids).size !== ids.length) return fail('poll_answer_repeated_option', { n });
      if (ids.length === 0) return { ok: true, rows: [] };
      const min = q.minChoices ?? 1;
      const max = q.maxChoices ?? q.optionIds.length;
      if (ids.length < min) return fail('poll_answer_too_few', { n, min });
      if (ids.length > max) return fail('poll_answer_too_many', { n, max });
      return { ok: true, rows: ids.map((id) => ({ questionId: q.id, optionId: id, value: null, text: null })) };
    }
    case 'rating': {
      if (a.value === undefined) return { ok: true, rows: [] };
      const scale = q.scale ?? 5;
      if (!Number.isInteger(a.value) || a.value < 1 || a.value > scale) return fail('poll_answer_rating', { n, scale });
      return { ok: true, rows: [{ questionId: q.id, optionId: null, value: a.value, text: null }] };
    }
    case 'ranking': {
      const ids = a.ranking ?? [];
      if (ids.length === 0) return { ok: true, rows: [] };
      if (other(ids)) return fail('poll_answer_foreign_option', { n });
      if (new Set(ids).size !== ids.length || ids.length !== q.optionIds.length) return fail('poll_answer_ranking', { n, count: q.optionIds.length });
      return { ok: true, rows: ids.map((id, i) => ({ questionId: q.id, optionId: id, value: i + 1, text: null })) };
    }
    case 'text': {
      const text = (a.text ?? '').trim();
      if (text.length === 0) return { ok: true, rows: [] };
      if (text.length > maxTextLength) return fail('poll_answer_text_long', { n, max: maxTextLength });
      return { ok: true, rows: [{ questionId: q.id, optionId: null, value: null, text }] };
    }
  }
}
