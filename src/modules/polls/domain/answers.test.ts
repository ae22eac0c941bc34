import { describe, expect, it } from 'vitest';
import { checkAnswers, type AnswerInput, type QuestionRules } from './answers.js';

const q: QuestionRules[] = [
  { id: 's', kind: 'single', required: true, minChoices: null, maxChoices: null, scale: null, optionIds: ['s1', 's2'] },
  { id: 'm', kind: 'multiple', required: false, minChoices: 2, maxChoices: 3, scale: null, optionIds: ['m1', 'm2', 'm3', 'm4'] },
  { id: 'r', kind: 'rating', required: false, minChoices: null, maxChoices: null, scale: 5, optionIds: [] },
  { id: 'k', kind: 'ranking', required: false, minChoices: null, maxChoices: null, scale: null, optionIds: ['k1', 'k2', 'k3'] },
  { id: 't', kind: 'text', required: false, minChoices: null, maxChoices: null, scale: null, optionIds: [] },
];
const s1: AnswerInput = { questionId: 's', optionIds: ['s1'] };

describe('checkAnswers', () => {
  it.each<[string, AnswerInput[], string | null]>([
    ['only the required single choice', [s1], null],
    [
      'everything answered',
      [
        s1,
        { questionId: 'm', optionIds: ['m1', 'm4'] },
        { questionId: 'r', value: 5 },
        { questionId: 'k', ranking: ['k3', 'k1', 'k2'] },
        { questionId: 't', text: ' yes ' },
      ],
      null,
    ],
    ['the required question missing', [{ questionId: 'r', value: 3 }], 'poll_answer_required'],
    ['an unknown question', [s1, { questionId: 'zzz', optionIds: ['s1'] }], 'poll_answer_unknown_question'],
    ['a question twice', [s1, s1], 'poll_answer_twice'],
    ['an option of another question', [{ questionId: 's', optionIds: ['m1'] }], 'poll_answer_foreign_option'],
    ['two options on a single choice', [{ questionId: 's', optionIds: ['s1', 's2'] }], 'poll_answer_single'],
    ['too few on a multiple choice', [s1, { questionId: 'm', optionIds: ['m1'] }], 'poll_answer_too_few'],
    ['too many on a multiple choice', [s1, { questionId: 'm', optionIds: ['m1', 'm2', 'm3', 'm4'] }], 'poll_answer_too_many'],
    ['a repeated option', [s1, { questionId: 'm', optionIds: ['m1', 'm1'] }], 'poll_answer_repeated_option'],
    ['rating 0', [s1, { questionId: 'r', value: 0 }], 'poll_answer_rating'],
    ['rating above the scale', [s1, { questionId: 'r', value: 6 }], 'poll_answer_rating'],
    ['rating not whole', [s1, { questionId: 'r', value: 2.5 }], 'poll_answer_rating'],
    ['a partial ranking', [s1, { questionId: 'k', ranking: ['k1', 'k2'] }], 'poll_answer_ranking'],
    ['a ranking repeating an option', [s1, { questionId: 'k', ranking: ['k1', 'k1', 'k2'] }], 'poll_answer_ranking'],
    ['a ranking with a foreign option', [s1, { questionId: 'k', ranking: ['k1', 'k2', 's1'] }], 'poll_answer_foreign_option'],
    ['a text over 2,000 characters', [s1, { questionId: 't', text: 'x'.repeat(2001) }], 'poll_answer_text_long'],
    ['a text of exactly 2,000 characters', [s1, { questionId: 't', text: 'x'.repeat(2000) }], null],
  ])('%s', (_name, answers, code) => {
    const r = checkAnswers(q, answers);
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  it('turns answers into rows: ranks from 1, ratings as values, texts trimmed', () => {
    const r = checkAnswers(q, [s1, { questionId: 'r', value: 4 }, { questionId: 'k', ranking: ['k2', 'k3', 'k1'] }, { questionId: 't', text: ' ok ' }]);
    expect(r).toEqual({
      ok: true,
      rows: [
        { questionId: 's', optionId: 's1', value: null, text: null },
        { questionId: 'r', optionId: null, value: 4, text: null },
        { questionId: 'k', optionId: 'k2', value: 1, text: null },
        { questionId: 'k', optionId: 'k3', value: 2, text: null },
        { questionId: 'k', optionId: 'k1', value: 3, text: null },
        { questionId: 't', optionId: null, value: null, text: 'ok' },
      ],
    });
  });
});
