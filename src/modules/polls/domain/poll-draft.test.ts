import { describe, expect, it } from 'vitest';
import { checkDraft, type DraftPoll, type DraftQuestion } from './poll-draft.js';

const single: DraftQuestion = { kind: 'single', text: 'Build it?', required: true, minChoices: null, maxChoices: null, scale: null, options: ['Yes', 'No'] };
const base: DraftPoll = {
  opensAt: new Date('2027-01-01'),
  closesAt: new Date('2027-01-10'),
  questions: [single],
  decision: { questionIndex: 0, optionIndex: 0, minTurnoutCount: null, minTurnoutPermille: null, numerator: 1, denominator: 2, strict: true },
};

describe('checkDraft', () => {
  it.each<[string, Partial<DraftPoll>, string | null]>([
    ['a valid binding question', {}, null],
    ['closing before opening', { closesAt: new Date('2026-12-31') }, 'poll_dates_order'],
    ['no questions', { questions: [], decision: null }, 'poll_no_questions'],
    ['a single choice with one option', { questions: [{ ...single, options: ['Yes'] }], decision: null }, 'poll_question_options'],
    ['options on a text question', { questions: [{ ...single, kind: 'text' }], decision: null }, 'poll_question_no_options'],
    ['the same option twice', { questions: [{ ...single, options: ['Yes', 'yes'] }], decision: null }, 'poll_question_option_twice'],
    ['multiple with min above max', { questions: [{ ...single, kind: 'multiple', minChoices: 2, maxChoices: 1 }], decision: null }, 'poll_question_limits'],
    [
      'multiple with max above the options',
      { questions: [{ ...single, kind: 'multiple', minChoices: 1, maxChoices: 3 }], decision: null },
      'poll_question_limits',
    ],
    ['a rating of 7', { questions: [{ ...single, kind: 'rating', options: [], scale: 7 }], decision: null }, 'poll_question_scale'],
    ['a rating of 10', { questions: [{ ...single, kind: 'rating', options: [], scale: 10 }], decision: null }, null],
    ['decision on a multiple choice', { questions: [{ ...single, kind: 'multiple' }] }, 'poll_decision_question'],
    ['decision on a missing question', { decision: { ...base.decision!, questionIndex: 3 } }, 'poll_decision_question'],
    ['decision option of another question', { decision: { ...base.decision!, optionIndex: 2 } }, 'poll_decision_option'],
    ['a majority of 1/1', { decision: { ...base.decision!, numerator: 1, denominator: 1 } }, 'poll_decision_majority'],
    ['a turnout share over 100 %', { decision: { ...base.decision!, minTurnoutPermille: 1001 } }, 'poll_decision_turnout'],
  ])('%s', (_name, d, code) => expect(checkDraft({ ...base, ...d })?.code ?? null).toBe(code));
});
