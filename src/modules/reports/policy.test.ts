import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import { capacityFor, reportActions, reportStatuses, type Capacity, type ReportAction, type ReportStatus } from './domain/lifecycle.js';
import {
  actionsFor,
  canAssign,
  canCommentOnReport,
  canFileReport,
  canListOwnReports,
  canModerateReports,
  canRateAnswer,
  canReadRatingNotes,
  canReadReport,
  canSeePhoto,
  canSeePrivateFields,
  canSupport,
  canTransition,
  canUnsupport,
  canUploadPhoto,
  canUseInbox,
  isPublicPhoto,
  moderatedDistricts,
  moderatingRole,
  ownInboxDepartment,
  type PhotoFacts,
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

/** A decision as the tables state it: the reason and its kind (401 sign in, 403 not you, 409 not now, 404 not visible). */
const yes: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');

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

// The capacity each person holds towards the report of `facts()` (the district nevsky, the department admin-nevsky).
const capacityOf: Record<Who, Capacity | null> = {
  visitor: null,
  reporter: 'reporter',
  resident: null,
  moderator: 'moderator',
  otherModerator: null,
  administrator: 'moderator',
  official: 'official',
  otherOfficial: null,
};
const notCapacity = { moderator: 'report_not_moderator', official: 'report_not_official', reporter: 'report_not_reporter' } as const;

describe('report policy: status × role × action', () => {
  const cases = reportStatuses.flatMap((status) =>
    reportActions.flatMap((action) => (Object.keys(people) as Who[]).map((who) => [status, action, who] as const)),
  );
  // who first (sign in 401, then the capacity the action needs: 403), then when (the state machine: 409)
  it.each(cases)('%s × %s × %s', (status, action, who) => {
    const capacity = capacityFor(action);
    const expected: Decision = allowed[status]?.[action]?.includes(who)
      ? yes
      : who === 'visitor'
        ? signIn
        : capacity === 'system'
          ? no('forbidden', 'forbidden')
          : capacityOf[who] !== capacity
            ? no(notCapacity[capacity], 'forbidden')
            : no('report_transition_not_allowed', 'conflict');
    expect(canTransition(people[who], facts(status), action, now)).toEqual(expected);
  });

  const late = facts('answered', { answerPublishedAt: new Date('2026-11-01T12:00:00Z') });
  it.each([
    ['a visitor approves', people.visitor, facts('moderation'), 'approve', signIn],
    ['a resident approves', people.resident, facts('moderation'), 'approve', no('report_not_moderator', 'forbidden')],
    ['another department’s official takes', people.otherOfficial, facts('sent'), 'take', no('report_not_official', 'forbidden')],
    ['a resident confirms another’s report', people.resident, facts('answered'), 'confirm', no('report_not_reporter', 'forbidden')],
    ['the official takes a report on moderation', people.official, facts('moderation'), 'take', no('report_transition_not_allowed', 'conflict')],
    ['a moderator closes as the system', people.moderator, facts('answered'), 'auto_close', no('forbidden', 'forbidden')],
    ['the reporter disputes after 15 days', people.reporter, late, 'dispute', no('report_confirm_window_closed', 'conflict')],
    ['the reporter confirms after 15 days', people.reporter, late, 'confirm', no('report_confirm_window_closed', 'conflict')],
    ['a resident disputes after 15 days (who before when)', people.resident, late, 'dispute', no('report_not_reporter', 'forbidden')],
    ['the reporter disputes within 15 days', people.reporter, facts('answered'), 'dispute', yes],
  ] as const)('says why: %s', (_what, actor, report, action, expected) => {
    expect(canTransition(actor, report, action, now)).toEqual(expected);
  });

  it.each([
    ['a district moderator', 'moderator', people.moderator],
    ['an administrator without a moderator grant', 'administrator', people.administrator],
  ] as const)('%s moderates as: %s', (_who, role, actor) => {
    expect(moderatingRole(actor as Extract<Actor, { kind: 'user' }>)).toBe(role);
  });

  it.each([
    ['an official, sent', people.official, facts('sent'), ['take', 'answer', 'redirect']],
    ['an official, in progress', people.official, facts('in_progress'), ['answer', 'redirect']],
    ['the reporter, answered', people.reporter, facts('answered'), ['confirm', 'dispute']],
    ['the reporter, answered 15 days ago', people.reporter, late, []],
    ['a visitor, answered', people.visitor, facts('answered'), []],
    ['a moderator, new', people.moderator, facts('moderation'), ['approve', 'reject', 'duplicate', 'not_competent']],
  ] as const)('offers the card its buttons: %s', (_who, actor, report, actions) => {
    expect(actionsFor(actor, report, now)).toEqual(actions);
  });
});

describe('report policy: reading and seeing', () => {
  const hidden = facts('sent', { moderation: 'hidden' });
  const notFound = no('report_not_found', 'hidden');
  it.each([
    ...(['moderation', 'rejected'] as const).flatMap((status) => [
      [status, 'visitor', facts(status), notFound],
      [status, 'resident', facts(status), notFound],
      [status, 'otherModerator', facts(status), notFound],
      [status, 'otherOfficial', facts(status), notFound],
      [status, 'reporter', facts(status), yes],
      [status, 'moderator', facts(status), yes],
      [status, 'administrator', facts(status), yes],
      [status, 'official', facts(status), yes],
    ]),
    ['sent', 'visitor', facts('sent'), yes],
    ['closed', 'visitor', facts('closed'), yes],
    ['hidden by the community', 'visitor', hidden, notFound],
    ['hidden by the community', 'reporter', hidden, yes],
    ['hidden by the community', 'moderator', hidden, yes],
  ] as [string, Who, ReportFacts, Decision][])('a report %s, read by %s → %j', (_state, who, report, expected) => {
    expect(canReadReport(people[who], report)).toEqual(expected);
  });

  it.each([
    ['official', yes],
    ['moderator', yes],
    ['administrator', yes],
    ['visitor', no('forbidden', 'forbidden')],
    ['reporter', no('forbidden', 'forbidden')],
    ['resident', no('forbidden', 'forbidden')],
    ['otherOfficial', no('forbidden', 'forbidden')],
    ['otherModerator', no('forbidden', 'forbidden')],
  ] as [Who, Decision][])('the phone and contacts, seen by %s → %j', (who, expected) => {
    expect(canSeePrivateFields(people[who], facts('sent'))).toEqual(expected);
  });

  const photo = (stage: 'report' | 'answer' | 'dispute', report: ReportFacts, uploadedBy: string | null = 'reporter'): PhotoFacts => ({
    uploadedBy,
    uses: [{ report, stage }],
  });
  const unpublished = facts('answer_moderation');
  const fileNotFound = no('report_file_not_found', 'hidden');
  it.each([
    ['a public report’s photo', 'visitor', photo('report', facts('sent')), yes, true],
    ['a photo of a report on moderation', 'visitor', photo('report', facts('moderation')), fileNotFound, false],
    ['a photo of a report on moderation', 'reporter', photo('report', facts('moderation')), yes, false],
    ['a photo of a report on moderation', 'moderator', photo('report', facts('moderation')), yes, false],
    ['an unpublished answer’s photo', 'visitor', photo('answer', unpublished, 'clerk'), fileNotFound, false],
    ['an unpublished answer’s photo', 'reporter', photo('answer', unpublished, 'clerk'), fileNotFound, false],
    ['an unpublished answer’s photo', 'official', photo('answer', unpublished, 'clerk2'), yes, false],
    ['an unpublished answer’s photo', 'otherOfficial', photo('answer', unpublished, 'clerk2'), yes, false],
    ['a published answer’s photo', 'visitor', photo('answer', facts('answered'), 'clerk'), yes, true],
    ['a photo not attached yet', 'resident', { uploadedBy: 'reporter', uses: [] }, fileNotFound, false],
    ['a photo not attached yet', 'reporter', { uploadedBy: 'reporter', uses: [] }, yes, false],
  ] as [string, Who, PhotoFacts, Decision, boolean][])('%s, seen by %s → %j (kept by shared caches: %s)', (_what, who, p, expected, shared) => {
    expect(canSeePhoto(people[who], p)).toEqual(expected);
    expect(isPublicPhoto(p)).toBe(shared);
  });
});

describe('report policy: filing, supporting, commenting', () => {
  const unverified = user('x', [], 'none');
  const verified = user('v', [], 'verified');
  it.each([
    ['a visitor', people.visitor, undefined, signIn],
    ['a resident without a confirmed e-mail', unverified, undefined, no('email_not_confirmed', 'forbidden')],
    ['a resident without a confirmed e-mail, any reason', unverified, { verifiedRequired: false }, no('email_not_confirmed', 'forbidden')],
    ['a resident, a reason for anyone', people.resident, { verifiedRequired: false }, yes],
    ['a resident before the reason is known', people.resident, undefined, yes],
    ['a resident, a reason for verified accounts', people.resident, { verifiedRequired: true }, no('report_verified_required', 'forbidden')],
    ['a verified resident, a reason for verified accounts', verified, { verifiedRequired: true }, yes],
  ] as const)('files: %s → %j', (_who, actor, reason, expected) => {
    expect(canFileReport(actor, reason)).toEqual(expected);
  });

  it.each([
    ['a visitor', people.visitor, facts('sent'), true, signIn],
    ['a resident without a confirmed e-mail', unverified, facts('sent'), true, no('email_not_confirmed', 'forbidden')],
    ['a resident, an open public report', people.resident, facts('sent'), true, yes],
    ['the reporter, their own', people.reporter, facts('sent'), true, no('report_support_own', 'forbidden')],
    ['the reporter, their own on moderation', people.reporter, facts('moderation'), true, no('report_support_own', 'forbidden')],
    ['a resident, a closed report', people.resident, facts('closed'), false, no('report_support_closed', 'conflict')],
    ['a resident, a report on moderation', people.resident, facts('moderation'), true, no('report_not_found', 'hidden')],
    ['a resident, a hidden report', people.resident, facts('sent', { moderation: 'hidden' }), true, no('report_not_found', 'hidden')],
  ] as const)('"me too": %s → %j', (_who, actor, report, open, expected) => {
    expect(canSupport(actor, { ...report, open })).toEqual(expected);
  });

  it.each([
    ['a visitor', people.visitor, facts('sent'), signIn],
    ['a resident, a public report', people.resident, facts('sent'), yes],
    ['the reporter, on moderation', people.reporter, facts('moderation'), no('report_not_public', 'conflict')],
    ['the reporter, rejected', people.reporter, facts('rejected'), no('report_not_public', 'conflict')],
  ] as const)('comments: %s → %j', (_who, actor, report, expected) => {
    expect(canCommentOnReport(actor, report)).toEqual(expected);
  });

  it.each([
    ['a visitor', people.visitor, signIn, signIn, signIn],
    ['a resident without a confirmed e-mail', unverified, no('email_not_confirmed', 'forbidden'), yes, yes],
    ['a resident', people.resident, yes, yes, yes],
  ] as const)('uploads a photo, takes back a "me too", lists their own: %s', (_who, actor, upload, unsupport, own) => {
    expect(canUploadPhoto(actor)).toEqual(upload);
    expect(canUnsupport(actor)).toEqual(unsupport);
    expect(canListOwnReports(actor)).toEqual(own);
  });
});

describe('report policy: rating an answer', () => {
  const answered = facts('answered');
  const notYet = facts('in_progress');
  const participant = { isSupporter: false, hasRated: false };
  const supporter = { isSupporter: true, hasRated: false };
  it.each([
    ['a visitor', people.visitor, answered, participant, signIn],
    ['the reporter, the answer published', people.reporter, answered, participant, yes],
    ['a supporter, the answer published', people.resident, answered, supporter, yes],
    ['a supporter, the report reopened after the answer', people.resident, facts('reopened', { answerPublishedAt: now }), supporter, yes],
    ['the reporter, the report closed after the answer', people.reporter, facts('closed', { answerPublishedAt: now }), participant, yes],
    ['a resident who neither filed nor supported', people.resident, answered, participant, no('report_rating_not_participant', 'forbidden')],
    ['the department’s official', people.official, answered, participant, no('report_rating_not_participant', 'forbidden')],
    ['the reporter, no answer published yet', people.reporter, notYet, participant, no('report_rating_no_answer', 'conflict')],
    ['a supporter, no answer published yet', people.resident, notYet, supporter, no('report_rating_no_answer', 'conflict')],
    ['the reporter, a second time', people.reporter, answered, { isSupporter: false, hasRated: true }, no('report_rating_exists', 'conflict')],
    ['a supporter, a second time', people.resident, answered, { isSupporter: true, hasRated: true }, no('report_rating_exists', 'conflict')],
  ] as const)('%s → %j', (_who, actor, report, rating, expected) => {
    expect(canRateAnswer(actor, report, rating)).toEqual(expected);
  });

  it.each([
    ['the department’s official', people.official, yes],
    ['another department’s official', people.otherOfficial, no('report_not_official', 'forbidden')],
    ['the district’s moderator', people.moderator, no('report_not_official', 'forbidden')],
    ['the reporter', people.reporter, no('report_not_official', 'forbidden')],
  ] as const)('reads the ratings’ notes: %s → %j', (_who, actor, expected) => {
    expect(canReadRatingNotes(actor, answered)).toEqual(expected);
  });
});

describe('report policy: the staff’s views', () => {
  const twoDepartments = user('clerk3', [
    { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' },
    { role: 'official', scopeType: 'department', scopeId: 'committee-roads' },
  ]);
  const cityOfficial = user('clerk4', [{ role: 'official', scopeType: 'city', scopeId: null }]);
  it.each([
    ['a visitor', people.visitor, 'admin-nevsky', signIn],
    ['a resident', people.resident, 'admin-nevsky', no('not_official_of_department', 'forbidden')],
    ['a resident, no department named', people.resident, null, no('report_not_official', 'forbidden')],
    ['an official of the department', people.official, 'admin-nevsky', yes],
    ['an official, no department named', people.official, null, yes],
    ['an official of another department', people.otherOfficial, 'admin-nevsky', no('not_official_of_department', 'forbidden')],
    ['a city-wide official', cityOfficial, 'admin-nevsky', yes],
    ['a moderator', people.moderator, 'admin-nevsky', no('not_official_of_department', 'forbidden')],
  ] as const)('the inbox: %s, %s → %j', (_who, actor, departmentId, expected) => {
    expect(canUseInbox(actor, departmentId)).toEqual(expected);
  });

  it.each([
    ['an official of one department', people.official, 'admin-nevsky'],
    ['an official of two', twoDepartments, null],
    ['a city-wide official', cityOfficial, null],
    ['a resident', people.resident, null],
  ] as const)('the inbox opened without a department: %s → %s', (_who, actor, department) => {
    expect(ownInboxDepartment(actor as Extract<Actor, { kind: 'user' }>)).toBe(department);
  });

  const roads = { departmentId: 'committee-roads' };
  it.each([
    ['a visitor', people.visitor, [facts('sent')], signIn],
    ['an official of the department', people.official, [facts('sent')], yes],
    ['an official, one report of another department', people.official, [facts('sent'), roads], no('report_not_official', 'forbidden')],
    ['an official of both departments', twoDepartments, [facts('sent'), roads], yes],
    ['an official of another department', people.otherOfficial, [facts('sent')], no('report_not_official', 'forbidden')],
    ['a moderator', people.moderator, [facts('sent')], no('report_not_official', 'forbidden')],
    ['an official, a report without a department', people.official, [facts('moderation', { departmentId: null })], no('report_not_official', 'forbidden')],
  ] as const)('assigning: %s → %j', (_who, actor, reports, expected) => {
    expect(canAssign(actor, reports)).toEqual(expected);
  });

  it.each([
    ['a visitor', people.visitor, null, signIn, []],
    ['a district moderator, their district', people.moderator, 'nevsky', yes, ['nevsky']],
    ['a district moderator, another district', people.moderator, 'kurortny', no('not_moderator', 'forbidden'), ['nevsky']],
    ['a district moderator, all theirs', people.moderator, null, yes, ['nevsky']],
    ['an administrator, any district', people.administrator, 'kurortny', yes, 'all'],
    ['an official', people.official, null, no('not_moderator', 'forbidden'), []],
  ] as const)('the moderators’ queues: %s, %s → %j (districts: %j)', (_who, actor, districtId, expected, districts) => {
    expect(canModerateReports(actor, districtId)).toEqual(expected);
    expect(moderatedDistricts(actor)).toEqual(districts);
  });
});
