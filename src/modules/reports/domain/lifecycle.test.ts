import { describe, expect, it } from 'vitest';
import { reportStatuses, type ReportStatus } from '../db/schema.js';
import {
  actionFromSegment,
  actionSegment,
  availableActions,
  capacityFor,
  closedHowFor,
  finalStatuses,
  nextStatus,
  reportActions,
  type ReportAction,
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

  it('records how a report ended, and maps URL segments both ways', () => {
    expect(closedHowFor('confirm')).toBe('confirmed');
    expect(closedHowFor('auto_close')).toBe('auto');
    expect(closedHowFor('take')).toBeNull();
    expect(actionSegment('not_competent')).toBe('not-competent');
    expect(actionFromSegment('publish-answer')).toBe('publish_answer');
    expect(actionFromSegment('delete')).toBeUndefined();
  });
});
