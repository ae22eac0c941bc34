import { describe, expect, it } from 'vitest';
import {
  projectFigures,
  ratingAverage,
  ratingChange,
  ratingProblem,
  reportProblem,
  reviewProblem,
  voteMaxChoicesOf,
  voteProblem,
  type FigureIdea,
  type ReviewedIdea,
} from './idea-rules.js';

const idea = (over: Partial<ReviewedIdea> = {}): ReviewedIdea => ({ number: 1, projectId: 'p', status: 'submitted', ...over });

describe('ratings', () => {
  it.each([
    [1, null],
    [5, null],
    [0, 'idea_rating_range'],
    [6, 'idea_rating_range'],
    [2.5, 'idea_rating_range'],
  ])('value %s → %s', (value, code) => {
    expect(ratingProblem(value)?.code ?? null).toBe(code);
  });

  it.each([
    [null, 4, { countDelta: 1, sumDelta: 4, first: true }],
    [4, 2, { countDelta: 0, sumDelta: -2, first: false }],
    [3, 3, { countDelta: 0, sumDelta: 0, first: false }],
  ])('previous %s, new %s → %j', (previous, value, change) => {
    expect(ratingChange(previous, value)).toEqual(change);
  });

  it.each([
    [0, 0, null],
    [3, 13, 4.33],
    [2, 9, 4.5],
  ])('%i ratings summing %i average %s', (count, sum, avg) => {
    expect(ratingAverage(count, sum)).toBe(avg);
  });
});

describe('expert review', () => {
  it.each([
    ['shortlisted', idea(), null, null, null],
    ['rejected', idea({ status: 'shortlisted' }), null, null, null],
    ['merged', idea(), null, null, 'idea_merge_target_required'],
    ['merged', idea(), idea(), 1, 'idea_merge_self'],
    ['merged', idea(), idea({ number: 2, projectId: 'q' }), 2, 'idea_merge_other_project'],
    ['merged', idea(), null, 2, 'idea_merge_other_project'],
    ['merged', idea(), idea({ number: 2, status: 'merged' }), 2, 'idea_merge_target_closed'],
    ['merged', idea(), idea({ number: 2, status: 'withdrawn' }), 2, 'idea_merge_target_closed'],
    ['merged', idea(), idea({ number: 2, status: 'shortlisted' }), 2, null],
  ] as const)('%s of %j into %j (№ %s) → %s', (decision, i, target, into, code) => {
    expect(reviewProblem(i, decision, target, into)?.code ?? null).toBe(code);
  });
});

describe('the vote', () => {
  it.each([
    [{ phase: 'selection', hasPoll: false, shortlisted: 2 }, null],
    [{ phase: 'voting', hasPoll: false, shortlisted: 5 }, null],
    [{ phase: 'selection', hasPoll: false, shortlisted: 1 }, 'crowd_vote_too_few_ideas'],
    [{ phase: 'voting', hasPoll: true, shortlisted: 5 }, 'crowd_vote_already_started'],
    [{ phase: 'ideas', hasPoll: false, shortlisted: 5 }, 'crowd_vote_phase'],
    [{ phase: 'implementation', hasPoll: false, shortlisted: 5 }, 'crowd_vote_phase'],
  ] as const)('%j → %s', (facts, code) => {
    expect(voteProblem(facts)?.code ?? null).toBe(code);
  });

  it.each([
    [3, 5, 3],
    [3, 2, 2],
    [10, 4, 4],
  ])('at most %i choices over %i ideas → %i', (max, n, out) => {
    expect(voteMaxChoicesOf(max, n)).toBe(out);
  });
});

describe('the report', () => {
  const shortlisted = new Set([3, 5]);
  it.each([
    [[3], null],
    [[], null],
    [[4], 'crowd_report_not_shortlisted'],
    [[3, 3], 'crowd_report_idea_twice'],
  ] as const)('accepting %j → %s', (accepted, code) => {
    expect(reportProblem({ accepted, shortlisted })?.code ?? null).toBe(code);
  });
});

describe('figures', () => {
  const i = (id: string, over: Partial<FigureIdea> = {}): FigureIdea => ({ id, status: 'submitted', accepted: false, mergedIntoId: null, ...over });
  it.each([
    ['no ideas', [], 0, { participants: 0, ideas: 0, shortlisted: 0, accepted: 0, acceptedShare: 0 }],
    [
      'accepted, merged into accepted, withdrawn not counted',
      [
        i('a', { status: 'shortlisted', accepted: true }),
        i('b', { status: 'merged', mergedIntoId: 'a' }),
        i('c', { status: 'rejected' }),
        i('d', { status: 'withdrawn' }),
        i('e', { status: 'shortlisted' }),
      ],
      7,
      { participants: 7, ideas: 4, shortlisted: 2, accepted: 1, acceptedShare: 0.5 },
    ],
    [
      'merged into a not accepted idea',
      [i('a', { status: 'shortlisted' }), i('b', { status: 'merged', mergedIntoId: 'a' })],
      2,
      { participants: 2, ideas: 2, shortlisted: 1, accepted: 0, acceptedShare: 0 },
    ],
  ] as const)('%s', (_name, ideas, participants, figures) => {
    expect(projectFigures(ideas, participants)).toEqual(figures);
  });
});
