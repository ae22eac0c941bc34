import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import type { CrowdPhase } from './domain/phases.js';
import {
  canAdvanceProject,
  canCommentOnIdea,
  canEditProject,
  canManageProjects,
  canPublishProject,
  canPublishReport,
  canRateIdea,
  canReadIdea,
  canReadProject,
  canReviewIdea,
  canStartVote,
  canSubmitIdea,
  canWithdrawIdea,
  type IdeaFacts,
} from './policy.js';

const user = (id: string, over: { verification?: 'none' | 'email' | 'verified'; roles?: RoleGrant['role'][] } = {}): Actor => ({
  kind: 'user',
  userId: id,
  displayName: id,
  verification: over.verification ?? 'email',
  roles: (over.roles ?? []).map((role) => ({ role, scopeType: 'city', scopeId: null })),
  language: 'en',
  districtId: null,
});
const anon: Actor = { kind: 'anonymous' };
const admin = user('admin', { roles: ['administrator'] });
const moderator = user('moderator', { roles: ['moderator'] });
const author = user('author');
const other = user('other');
const unconfirmed = user('new', { verification: 'none' });
const idea = (over: Partial<IdeaFacts> = {}): IdeaFacts => ({ authorId: 'author', status: 'submitted', moderation: 'visible', ...over });

const yes: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');
const notAdmin = no('not_administrator', 'forbidden');
const published = new Date('2026-03-01');

describe('crowdsourcing policy: projects', () => {
  it.each<[string, Actor, Decision]>([
    ['anonymous', anon, signIn],
    ['a resident', other, notAdmin],
    ['an administrator', admin, yes],
  ])('managing projects: %s', (_n, actor, d) => expect(canManageProjects(actor)).toEqual(d));

  it.each<[string, Actor, boolean, Decision]>([
    ['anonymous, published', anon, true, yes],
    ['anonymous, a draft', anon, false, no('crowd_project_not_found', 'hidden')],
    ['a resident, a draft', other, false, no('crowd_project_not_found', 'hidden')],
    ['an administrator, a draft', admin, false, yes],
  ])('reading a project: %s', (_n, actor, isPublished, d) => expect(canReadProject(actor, { published: isPublished })).toEqual(d));

  it.each<[string, Actor, { pollId: string | null; reportPublishedAt: Date | null }, Decision]>([
    ['anonymous', anon, { pollId: null, reportPublishedAt: null }, signIn],
    ['a resident', other, { pollId: null, reportPublishedAt: null }, notAdmin],
    ['an administrator, before the vote', admin, { pollId: null, reportPublishedAt: null }, yes],
    ['an administrator, the vote started', admin, { pollId: 'p', reportPublishedAt: null }, no('crowd_project_locked', 'conflict')],
    ['an administrator, reported', admin, { pollId: null, reportPublishedAt: published }, no('crowd_project_locked', 'conflict')],
  ])('editing a project: %s', (_n, actor, p, d) => expect(canEditProject(actor, p)).toEqual(d));

  it.each<[string, Actor, Date | null, Decision]>([
    ['a resident', other, null, notAdmin],
    ['an administrator, a draft', admin, null, yes],
    ['an administrator, published', admin, published, no('crowd_project_already_published', 'conflict')],
  ])('publishing a project: %s', (_n, actor, publishedAt, d) => expect(canPublishProject(actor, { publishedAt })).toEqual(d));

  it.each<[string, Actor, Date | null, CrowdPhase, Decision]>([
    ['a resident', other, published, 'ideas', notAdmin],
    ['an administrator, a draft', admin, null, 'announced', no('crowd_project_not_published', 'conflict')],
    ['an administrator, announced', admin, published, 'announced', yes],
    ['an administrator, voting', admin, published, 'voting', yes],
    ['an administrator, implementation', admin, published, 'implementation', no('crowd_project_last_phase', 'conflict')],
    ['an administrator, completed', admin, published, 'completed', no('crowd_project_last_phase', 'conflict')],
  ])('advancing a project: %s', (_n, actor, publishedAt, phase, d) => expect(canAdvanceProject(actor, { publishedAt }, phase)).toEqual(d));

  it.each<[string, Actor, { phase: CrowdPhase; hasPoll: boolean; shortlisted: number }, Decision]>([
    ['anonymous', anon, { phase: 'selection', hasPoll: false, shortlisted: 2 }, signIn],
    ['a resident', other, { phase: 'selection', hasPoll: false, shortlisted: 2 }, notAdmin],
    ['an administrator, selection', admin, { phase: 'selection', hasPoll: false, shortlisted: 2 }, yes],
    ['an administrator, one idea', admin, { phase: 'selection', hasPoll: false, shortlisted: 1 }, no('crowd_vote_too_few_ideas', 'conflict')],
    ['an administrator, started', admin, { phase: 'voting', hasPoll: true, shortlisted: 5 }, no('crowd_vote_already_started', 'conflict')],
    ['an administrator, ideas', admin, { phase: 'ideas', hasPoll: false, shortlisted: 5 }, no('crowd_vote_phase', 'conflict')],
  ])('starting the vote: %s', (_n, actor, f, d) => expect(canStartVote(actor, f)).toEqual(d));

  it.each<[string, Actor, CrowdPhase, Decision]>([
    ['a resident', other, 'implementation', notAdmin],
    ['an administrator, implementation', admin, 'implementation', yes],
    ['an administrator, voting', admin, 'voting', no('crowd_report_phase', 'conflict')],
    ['an administrator, completed', admin, 'completed', no('crowd_report_already_published', 'conflict')],
  ])('publishing the report: %s', (_n, actor, phase, d) => expect(canPublishReport(actor, phase)).toEqual(d));
});

describe('crowdsourcing policy: ideas', () => {
  it.each<[string, Actor, IdeaFacts, boolean, Decision]>([
    ['anonymous, public', anon, idea(), true, yes],
    ['anonymous, hidden', anon, idea({ moderation: 'hidden' }), true, no('idea_not_found', 'hidden')],
    ['the author, hidden', author, idea({ moderation: 'hidden' }), true, yes],
    ['a moderator, held', moderator, idea({ moderation: 'held' }), true, yes],
    ['an administrator, held', admin, idea({ moderation: 'held' }), true, yes],
    ['the author, a draft project', author, idea(), false, no('idea_not_found', 'hidden')],
    ['an administrator, a draft project', admin, idea(), false, yes],
  ])('reading an idea: %s', (_n, actor, i, isPublished, d) => expect(canReadIdea(actor, i, { published: isPublished })).toEqual(d));

  it.each<[string, Actor, CrowdPhase, Decision]>([
    ['anonymous', anon, 'ideas', signIn],
    ['an unconfirmed e-mail', unconfirmed, 'ideas', no('email_not_confirmed', 'forbidden')],
    ['announced', other, 'announced', no('crowd_ideas_closed', 'conflict')],
    ['selection', other, 'selection', no('crowd_ideas_closed', 'conflict')],
    ['ideas', other, 'ideas', yes],
  ])('submitting: %s', (_n, actor, phase, d) => expect(canSubmitIdea(actor, phase)).toEqual(d));

  it.each<[string, Actor, IdeaFacts, CrowdPhase, Decision]>([
    ['anonymous', anon, idea(), 'ideas', signIn],
    ['someone else', other, idea(), 'ideas', no('not_idea_author', 'forbidden')],
    ['the author', author, idea(), 'ideas', yes],
    ['the author, shortlisted', author, idea({ status: 'shortlisted' }), 'ideas', yes],
    ['the author, merged', author, idea({ status: 'merged' }), 'ideas', no('idea_not_withdrawable', 'conflict')],
    ['the author, withdrawn', author, idea({ status: 'withdrawn' }), 'ideas', no('idea_not_withdrawable', 'conflict')],
    ['the author, selection', author, idea(), 'selection', no('idea_withdraw_closed', 'conflict')],
  ])('withdrawing: %s', (_n, actor, i, phase, d) => expect(canWithdrawIdea(actor, i, phase)).toEqual(d));

  it.each<[string, Actor, IdeaFacts, CrowdPhase, Decision]>([
    ['anonymous', anon, idea(), 'ideas', signIn],
    ['an unconfirmed e-mail', unconfirmed, idea(), 'ideas', no('email_not_confirmed', 'forbidden')],
    ['the author', author, idea(), 'ideas', no('idea_rate_own', 'forbidden')],
    ['someone else, ideas', other, idea(), 'ideas', yes],
    ['someone else, selection', other, idea({ status: 'shortlisted' }), 'selection', yes],
    ['voting', other, idea(), 'voting', no('idea_rating_closed', 'conflict')],
    ['merged', other, idea({ status: 'merged' }), 'selection', no('idea_rating_closed', 'conflict')],
    ['withdrawn', other, idea({ status: 'withdrawn' }), 'ideas', no('idea_rating_closed', 'conflict')],
    ['hidden', other, idea({ moderation: 'hidden' }), 'ideas', no('idea_rating_closed', 'conflict')],
  ])('rating: %s', (_n, actor, i, phase, d) => expect(canRateIdea(actor, i, phase)).toEqual(d));

  it.each<[string, Actor, IdeaFacts, CrowdPhase, Decision]>([
    ['anonymous', anon, idea(), 'ideas', signIn],
    ['someone, ideas', other, idea(), 'ideas', yes],
    ['the author, selection', author, idea(), 'selection', yes],
    ['voting', other, idea(), 'voting', no('idea_comments_closed', 'conflict')],
    ['withdrawn', other, idea({ status: 'withdrawn' }), 'ideas', no('idea_not_public', 'conflict')],
  ])('commenting: %s', (_n, actor, i, phase, d) => expect(canCommentOnIdea(actor, i, phase)).toEqual(d));

  it.each<[string, Actor, IdeaFacts, boolean, CrowdPhase, boolean, Decision]>([
    ['anonymous', anon, idea(), false, 'selection', false, signIn],
    ['a resident', other, idea(), false, 'selection', false, no('not_crowd_expert', 'forbidden')],
    ['an expert, selection', other, idea(), true, 'selection', false, yes],
    ['an expert, ideas', other, idea(), true, 'ideas', false, yes],
    ['an administrator, voting', admin, idea(), false, 'voting', false, yes],
    ['an expert, the vote started', other, idea(), true, 'voting', true, no('crowd_review_closed', 'conflict')],
    ['an expert, announced', other, idea(), true, 'announced', false, no('crowd_review_closed', 'conflict')],
    ['an administrator, implementation', admin, idea(), false, 'implementation', false, no('crowd_review_closed', 'conflict')],
    ['an expert, a withdrawn idea', other, idea({ status: 'withdrawn' }), true, 'selection', false, no('idea_not_reviewable', 'conflict')],
    ['an expert, a merged idea', other, idea({ status: 'merged' }), true, 'selection', false, no('idea_not_reviewable', 'conflict')],
  ])('reviewing: %s', (_n, actor, i, isProjectExpert, phase, voteStarted, d) =>
    expect(canReviewIdea(actor, i, { isProjectExpert, phase, voteStarted })).toEqual(d),
  );
});
