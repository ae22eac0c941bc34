import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import { reportStatuses, type ReportStatus } from './db/schema.js';
import { reportActions, type ReportAction } from './domain/lifecycle.js';
import {
  actionsFor,
  canAssign,
  canCommentOnReport,
  canFileReport,
  canModerateReports,
  canReadReport,
  canSeePrivateFields,
  canSupport,
  canTransition,
  canUseInbox,
  type ReportFacts,
} from './policy.js';

const user = (userId: string, roles: RoleGrant[] = [], verification: 'none' | 'email' | 'verified' = 'email'): Actor => ({
  kind: 'user',
  userId,
  displayName: userId,
  verification,
  roles,
  language: 'en',
  districtId: null,
});

const people = {
  visitor: { kind: 'anonymous' } as Actor,
  reporter: user('reporter'),
  resident: user('resident'),
  moderator: user('mod', [{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]),
  otherModerator: user('mod2', [{ role: 'moderator', scopeType: 'district', scopeId: 'kurortny' }]),
  administrator: user('admin', [{ role: 'administrator', scopeType: 'city', scopeId: null }]),
  official: user('clerk', [{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]),
  otherOfficial: user('clerk2', [{ role: 'official', scopeType: 'department', scopeId: 'committee-roads' }]),
};
type Who = keyof typeof people;

const now = new Date('2026-11-25T12:00:00Z');
const facts = (status: ReportStatus, over: Partial<ReportFacts> = {}): ReportFacts => ({
  status,
  districtId: 'nevsky',
  departmentId: 'admin-nevsky',
  reporterId: 'reporter',
  moderation: 'visible',
  answerPublishedAt: status === 'answered' ? new Date('2026-11-20T12:00:00Z') : null,
  ...over,
});

// Who may take each action in each status (the state machine × the capacities): every other pair is denied.
const allowed: Partial<Record<ReportStatus, Partial<Record<ReportAction, Who[]>>>> = {
  moderation: {
    approve: ['moderator', 'administrator'],
    reject: ['moderator', 'administrator'],
    duplicate: ['moderator', 'administrator'],
    not_competent: ['moderator', 'administrator'],
  },
  sent: {
    duplicate: ['moderator', 'administrator'],
    not_competent: ['moderator', 'administrator'],
    take: ['official'],
    answer: ['official'],
    redirect: ['official'],
  },
  in_progress: { duplicate: ['moderator', 'administrator'], not_competent: ['moderator', 'administrator'], answer: ['official'], redirect: ['official'] },
  answer_moderation: { publish_answer: ['moderator', 'administrator'], return_answer: ['moderator', 'administrator'] },
  answered: { confirm: ['reporter'], dispute: ['reporter'] },
  reopened: {
    duplicate: ['moderator', 'administrator'],
    not_competent: ['moderator', 'administrator'],
    take: ['official'],
    answer: ['official'],
    redirect: ['official'],
  },
};

describe('report policy: status × role × action', () => {
  const cases = reportStatuses.flatMap((status) =>
    reportActions.flatMap((action) => (Object.keys(people) as Who[]).map((who) => [status, action, who] as const)),
  );
  it.each(cases)('%s × %s × %s', (status, action, who) => {
    const expected = allowed[status]?.[action]?.includes(who) ?? false;
    expect(canTransition(people[who], facts(status), action, now).allowed).toBe(expected);
  });

  it('says why: who first (401/403), then when (409 reasons)', () => {
    expect(canTransition(people.visitor, facts('moderation'), 'approve', now)).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
    expect(canTransition(people.resident, facts('moderation'), 'approve', now)).toEqual({ allowed: false, reason: 'report_not_moderator', kind: 'forbidden' });
    expect(canTransition(people.otherOfficial, facts('sent'), 'take', now)).toEqual({ allowed: false, reason: 'report_not_official', kind: 'forbidden' });
    expect(canTransition(people.resident, facts('answered'), 'confirm', now)).toEqual({ allowed: false, reason: 'report_not_reporter', kind: 'forbidden' });
    expect(canTransition(people.official, facts('moderation'), 'take', now)).toEqual({
      allowed: false,
      reason: 'report_transition_not_allowed',
      kind: 'conflict',
    });
    expect(canTransition(people.moderator, facts('answered'), 'auto_close', now)).toEqual({ allowed: false, reason: 'forbidden', kind: 'forbidden' });
    const late = facts('answered', { answerPublishedAt: new Date('2026-11-01T12:00:00Z') });
    expect(canTransition(people.reporter, late, 'dispute', now)).toEqual({ allowed: false, reason: 'report_confirm_window_closed', kind: 'conflict' });
  });

  it('offers the card its buttons', () => {
    expect(actionsFor(people.official, facts('sent'), now)).toEqual(['take', 'answer', 'redirect']);
    expect(actionsFor(people.reporter, facts('answered'), now)).toEqual(['confirm', 'dispute']);
    expect(actionsFor(people.visitor, facts('answered'), now)).toEqual([]);
  });
});

describe('report policy: reading, filing, supporting, views', () => {
  it('hides reports before moderation, when rejected or hidden, from all but the reporter and the staff in scope', () => {
    for (const status of ['moderation', 'rejected'] as const) {
      expect(canReadReport(people.visitor, facts(status)).allowed).toBe(false);
      expect(canReadReport(people.resident, facts(status)).allowed).toBe(false);
      expect(canReadReport(people.otherModerator, facts(status)).allowed).toBe(false);
      expect(canReadReport(people.reporter, facts(status)).allowed).toBe(true);
      expect(canReadReport(people.moderator, facts(status)).allowed).toBe(true);
      expect(canReadReport(people.official, facts(status)).allowed).toBe(true);
    }
    expect(canReadReport(people.visitor, facts('sent')).allowed).toBe(true);
    expect(canReadReport(people.visitor, facts('sent', { moderation: 'hidden' })).allowed).toBe(false);
  });

  it('shows the phone to the department and moderators only', () => {
    expect(canSeePrivateFields(people.official, facts('sent')).allowed).toBe(true);
    expect(canSeePrivateFields(people.moderator, facts('sent')).allowed).toBe(true);
    for (const who of ['visitor', 'reporter', 'resident', 'otherOfficial', 'otherModerator'] as const)
      expect(canSeePrivateFields(people[who], facts('sent')).allowed).toBe(false);
  });

  it('files with a confirmed e-mail; some reasons need a verified account', () => {
    expect(canFileReport(people.visitor, { verifiedRequired: false })).toEqual({ allowed: false, reason: 'unauthenticated', kind: 'unauthenticated' });
    expect(canFileReport(user('x', [], 'none'), { verifiedRequired: false })).toEqual({ allowed: false, reason: 'email_not_confirmed', kind: 'forbidden' });
    expect(canFileReport(people.resident, { verifiedRequired: true })).toEqual({ allowed: false, reason: 'report_verified_required', kind: 'forbidden' });
    expect(canFileReport(user('v', [], 'verified'), { verifiedRequired: true }).allowed).toBe(true);
  });

  it('"me too" on open public reports not one’s own', () => {
    expect(canSupport(people.resident, { ...facts('sent'), open: true }).allowed).toBe(true);
    expect(canSupport(people.reporter, { ...facts('sent'), open: true })).toEqual({ allowed: false, reason: 'report_support_own', kind: 'forbidden' });
    expect(canSupport(people.resident, { ...facts('closed'), open: false })).toEqual({ allowed: false, reason: 'report_support_closed', kind: 'forbidden' });
    expect(canSupport(people.resident, { ...facts('moderation'), open: true })).toEqual({ allowed: false, reason: 'report_not_found', kind: 'hidden' });
  });

  it('inbox, assignment, queues and comments', () => {
    expect(canUseInbox(people.official, 'admin-nevsky').allowed).toBe(true);
    expect(canUseInbox(people.otherOfficial, 'admin-nevsky').allowed).toBe(false);
    expect(canAssign(people.official, facts('sent'), people.official).allowed).toBe(true);
    expect(canAssign(people.official, facts('sent'), people.otherOfficial)).toEqual({
      allowed: false,
      reason: 'report_assignee_not_official',
      kind: 'forbidden',
    });
    expect(canAssign(people.otherOfficial, facts('sent'), null)).toEqual({ allowed: false, reason: 'report_not_official', kind: 'forbidden' });
    expect(canModerateReports(people.moderator, 'nevsky').allowed).toBe(true);
    expect(canModerateReports(people.moderator, 'kurortny').allowed).toBe(false);
    expect(canModerateReports(people.moderator, null).allowed).toBe(true);
    expect(canModerateReports(people.administrator, 'kurortny').allowed).toBe(true);
    expect(canModerateReports(people.official, null).allowed).toBe(false);
    expect(canCommentOnReport(people.resident, facts('sent')).allowed).toBe(true);
    expect(canCommentOnReport(people.resident, facts('moderation')).allowed).toBe(false);
    expect(canCommentOnReport(people.visitor, facts('sent')).allowed).toBe(false);
  });
});
