import { describe, expect, it } from 'vitest';
import {
  actionFromSegment,
  actionInputs,
  actionSegmentsFor,
  actionSegment,
  availableActions,
  capacityFor,
  closedHowFor,
  finalStatuses,
  nextStatus,
  reportActions,
  reportStatuses,
  type ReportAction,
  type ReportStatus,
} from './lifecycle.js';

// The whole state machine, written out: status × action → next status ('—' when not allowed).
const table: Record<ReportStatus, Partial<Record<ReportAction, ReportStatus>>> = {
  moderation: { approve: 'sent', reject: 'rejected', duplicate: 'duplicate', not_competent: 'not_competent' },
  rejected: {},
  sent: { duplicate: 'duplicate', not_competent: 'not_competent', take: 'in_progress', answer: 'answer_moderation', redirect: 'sent' },
  in_progress: { duplicate: 'duplicate', not_competent: 'not_competent', answer: 'answer_moderation', redirect: 'sent' },
  answer_moderation: { publish_answer: 'answered', return_answer: 'in_progress' },
  answered: { confirm: 'closed', dispute: 'reopened', auto_close: 'closed' },
  reopened: { duplicate: 'duplicate', not_competent: 'not_competent', take: 'in_progress', answer: 'answer_moderation', redirect: 'sent' },
  closed: {},
  duplicate: {},
  not_competent: {},
};

describe('the report state machine', () => {
  it.each(reportStatuses.flatMap((s) => reportActions.map((a) => [s, a] as const)))('%s × %s', (status, action) => {
    expect(nextStatus(status, action)).toBe(table[status][action] ?? null);
  });

  it('final statuses lead nowhere', () => {
    for (const s of finalStatuses) expect(availableActions(s, ['moderator', 'official', 'reporter', 'system'])).toEqual([]);
  });

  it('names the capacity each action needs', () => {
    expect(reportActions.map((a) => [a, capacityFor(a)])).toEqual([
      ['approve', 'moderator'],
      ['reject', 'moderator'],
      ['duplicate', 'moderator'],
      ['not_competent', 'moderator'],
      ['publish_answer', 'moderator'],
      ['return_answer', 'moderator'],
      ['take', 'official'],
      ['answer', 'official'],
      ['redirect', 'official'],
      ['confirm', 'reporter'],
      ['dispute', 'reporter'],
      ['auto_close', 'system'],
    ]);
  });

  it('offers each capacity its actions in the current status', () => {
    expect(availableActions('sent', ['official'])).toEqual(['take', 'answer', 'redirect']);
    expect(availableActions('answered', ['reporter'])).toEqual(['confirm', 'dispute']);
    expect(availableActions('answered', ['official', 'moderator'])).toEqual([]);
    expect(availableActions('moderation', ['moderator', 'reporter'])).toEqual(['approve', 'reject', 'duplicate', 'not_competent']);
  });

  // the inbox offers an official's buttons from the status alone (the web imports this instead of its own copy)
  it.each([
    ['sent', 'official', ['take', 'answer', 'redirect']],
    ['reopened', 'official', ['take', 'answer', 'redirect']],
    ['in_progress', 'official', ['answer', 'redirect']],
    ['answer_moderation', 'official', []],
    ['moderation', 'moderator', ['approve', 'reject', 'duplicate', 'not-competent']],
    ['answer_moderation', 'moderator', ['publish-answer', 'return-answer']],
    ['answered', 'reporter', ['confirm', 'dispute']],
    ['closed', 'reporter', []],
  ] as const)('from %s, the %s’s buttons are %j', (status, capacity, segments) => {
    expect(actionSegmentsFor(status, capacity)).toEqual(segments);
  });

  it.each([
    ['approve', { department: 'optional', note: 'optional' }],
    ['reject', { rejectionReason: 'required', note: 'optional' }],
    ['duplicate', { original: 'required', note: 'optional' }],
    ['not_competent', { note: 'required' }],
    ['publish_answer', { note: 'optional' }],
    ['return_answer', { note: 'required' }],
    ['take', { note: 'optional' }],
    ['answer', { text: 'required', photos: 'optional', dueOn: 'optional' }],
    ['redirect', { department: 'required', note: 'required' }],
    ['confirm', { note: 'optional' }],
    ['dispute', { text: 'required', photos: 'optional' }],
  ] as const)('%s carries %j', (action, input) => {
    expect(actionInputs[action]).toEqual(input);
  });

  it('records how a report ended, and maps URL segments both ways', () => {
    expect(closedHowFor('confirm')).toBe('confirmed');
    expect(closedHowFor('auto_close')).toBe('auto');
    expect(closedHowFor('take')).toBeNull();
    expect(actionSegment('not_competent')).toBe('not-competent');
    expect(actionFromSegment('publish-answer')).toBe('publish_answer');
    expect(actionFromSegment('delete')).toBeUndefined();
  });
});
