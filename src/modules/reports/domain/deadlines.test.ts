import { describe, expect, it } from 'vitest';
import type { CalendarDayKind } from '../../../core/time/calendar.js';
import { confirmWindowOpen, deadlinesFor, isOverdue, warningTime } from './deadlines.js';

const msk = 'Europe/Moscow';
const calendar = new Map<string, CalendarDayKind>([['2026-11-04', 'holiday']]);
const reason = { premoderationDays: 1, resolutionDays: 8, answerModerationDays: 1 };
const none = { dueAt: null, resolutionDueAt: null };

describe('report deadlines on the working-day calendar', () => {
  it('a report filed on Friday evening: moderation due at the end of Monday, resolution estimated 9 working days out', () => {
    const friday = new Date('2026-10-30T17:30:00Z'); // 20:30 in Moscow
    const d = deadlinesFor('moderation', friday, reason, none, calendar, msk);
    expect(d.dueAt!.toISOString()).toBe('2026-11-02T21:00:00.000Z'); // end of Monday 2 Nov
    // 2, 3, 5, 6, 9, 10, 11, 12, 13 November (4 November a holiday) = 9 working days
    expect(d.resolutionDueAt!.toISOString()).toBe('2026-11-13T21:00:00.000Z');
  });

  it('sending starts a fresh resolution deadline; work keeps it; an answer has its own moderation day; the resident 15 days', () => {
    const monday = new Date('2026-11-02T08:00:00Z');
    const sent = deadlinesFor('sent', monday, reason, none, calendar, msk);
    expect(sent.resolutionDueAt!.toISOString()).toBe('2026-11-13T21:00:00.000Z'); // 3, 5, 6, 9, 10, 11, 12, 13 November: the end of the 13th
    expect(sent.dueAt).toEqual(sent.resolutionDueAt);
    const working = deadlinesFor('in_progress', new Date('2026-11-05T08:00:00Z'), reason, sent, calendar, msk);
    expect(working).toEqual(sent);
    const checking = deadlinesFor('answer_moderation', new Date('2026-11-06T08:00:00Z'), reason, sent, calendar, msk);
    expect(checking.dueAt!.toISOString()).toBe('2026-11-09T21:00:00.000Z'); // Friday → end of Monday
    expect(checking.resolutionDueAt).toEqual(sent.resolutionDueAt);
    const published = new Date('2026-11-09T10:00:00Z');
    expect(deadlinesFor('answered', published, reason, sent, calendar, msk).dueAt!.toISOString()).toBe('2026-11-24T10:00:00.000Z');
    expect(deadlinesFor('closed', published, reason, sent, calendar, msk).dueAt).toBeNull();
  });

  it('is overdue only while the department holds it past the deadline', () => {
    const due = new Date('2026-11-12T21:00:00Z');
    const after = new Date('2026-11-13T09:00:00Z');
    expect(isOverdue({ status: 'in_progress', resolutionDueAt: due }, after)).toBe(true);
    expect(isOverdue({ status: 'answer_moderation', resolutionDueAt: due }, after)).toBe(false);
    expect(isOverdue({ status: 'sent', resolutionDueAt: due }, new Date('2026-11-12T09:00:00Z'))).toBe(false);
  });

  it('warns at the start of the last working day, city time', () => {
    expect(warningTime(new Date('2026-11-12T21:00:00Z'), msk).toISOString()).toBe('2026-11-11T21:00:00.000Z');
  });

  it('keeps the window to confirm or dispute open 15 days', () => {
    const published = new Date('2026-11-09T10:00:00Z');
    expect(confirmWindowOpen(published, new Date('2026-11-24T10:00:00Z'))).toBe(true);
    expect(confirmWindowOpen(published, new Date('2026-11-24T10:00:01Z'))).toBe(false);
    expect(confirmWindowOpen(null, published)).toBe(false);
  });
});
