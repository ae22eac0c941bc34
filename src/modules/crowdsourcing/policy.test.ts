import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import type { CrowdPhase } from './domain/phases.js';
import {
  canCommentOnIdea,
  canManageProjects,
  canRateIdea,
  canReadIdea,
  canReadProject,
  canReviewIdea,
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
const author = user('author');
const other = user('other');
const unconfirmed = user('new', { verification: 'none' });
const idea = (over: Partial<IdeaFacts> = {}): IdeaFacts => ({ authorId: 'author', status: 'submitted', moderation: 'visible', ...over });
const reason = (d: { allowed: boolean; reason?: string }) => (d.allowed ? 'allow' : d.reason);

describe('crowdsourcing policy', () => {
  it.each([
    [anon, 'unauthenticated'],
    [other, 'not_administrator'],
    [admin, 'allow'],
  ])('managing projects: %j → %s', (actor, out) => {
    expect(reason(canManageProjects(actor))).toBe(out);
  });

  it.each([
    [anon, true, 'allow'],
    [anon, false, 'crowd_project_not_found'],
    [other, false, 'crowd_project_not_found'],
    [admin, false, 'allow'],
  ])('reading a project: %j published %s → %s', (actor, published, out) => {
    expect(reason(canReadProject(actor, { published }))).toBe(out);
  });

  it.each([
    [anon, idea(), 'allow'],
    [anon, idea({ moderation: 'hidden' }), 'idea_not_found'],
    [author, idea({ moderation: 'hidden' }), 'allow'],
    [admin, idea({ moderation: 'held' }), 'allow'],
  ])('reading an idea: %j %j → %s', (actor, i, out) => {
    expect(reason(canReadIdea(actor, i))).toBe(out);
  });

  it.each([
    [anon, 'ideas', 'unauthenticated'],
    [unconfirmed, 'ideas', 'email_not_confirmed'],
    [other, 'announced', 'crowd_ideas_closed'],
    [other, 'selection', 'crowd_ideas_closed'],
    [other, 'ideas', 'allow'],
  ] as [Actor, CrowdPhase, string][])('submitting: %j in %s → %s', (actor, phase, out) => {
    expect(reason(canSubmitIdea(actor, phase))).toBe(out);
  });

  it.each([
    [other, idea(), 'ideas', 'not_idea_author'],
    [author, idea(), 'ideas', 'allow'],
    [author, idea({ status: 'shortlisted' }), 'ideas', 'allow'],
    [author, idea({ status: 'merged' }), 'ideas', 'idea_not_withdrawable'],
    [author, idea({ status: 'withdrawn' }), 'ideas', 'idea_not_withdrawable'],
    [author, idea(), 'selection', 'idea_withdraw_closed'],
  ] as [Actor, IdeaFacts, CrowdPhase, string][])('withdrawing: %j %j in %s → %s', (actor, i, phase, out) => {
    expect(reason(canWithdrawIdea(actor, i, phase))).toBe(out);
  });

  it.each([
    [anon, idea(), 'ideas', 'unauthenticated'],
    [unconfirmed, idea(), 'ideas', 'email_not_confirmed'],
    [author, idea(), 'ideas', 'idea_rate_own'],
    [other, idea(), 'ideas', 'allow'],
    [other, idea({ status: 'shortlisted' }), 'selection', 'allow'],
    [other, idea(), 'voting', 'idea_rating_closed'],
    [other, idea({ status: 'merged' }), 'selection', 'idea_rating_closed'],
    [other, idea({ status: 'withdrawn' }), 'ideas', 'idea_rating_closed'],
    [other, idea({ moderation: 'hidden' }), 'ideas', 'idea_rating_closed'],
  ] as [Actor, IdeaFacts, CrowdPhase, string][])('rating: %j %j in %s → %s', (actor, i, phase, out) => {
    expect(reason(canRateIdea(actor, i, phase))).toBe(out);
  });

  it.each([
    [anon, idea(), 'ideas', 'unauthenticated'],
    [other, idea(), 'ideas', 'allow'],
    [author, idea(), 'selection', 'allow'],
    [other, idea(), 'voting', 'idea_comments_closed'],
    [other, idea({ status: 'withdrawn' }), 'ideas', 'idea_not_public'],
  ] as [Actor, IdeaFacts, CrowdPhase, string][])('commenting: %j %j in %s → %s', (actor, i, phase, out) => {
    expect(reason(canCommentOnIdea(actor, i, phase))).toBe(out);
  });

  it.each([
    [anon, false, 'selection', false, 'unauthenticated'],
    [other, false, 'selection', false, 'not_crowd_expert'],
    [other, true, 'selection', false, 'allow'],
    [other, true, 'ideas', false, 'allow'],
    [admin, false, 'voting', false, 'allow'],
    [other, true, 'voting', true, 'crowd_review_closed'],
    [other, true, 'announced', false, 'crowd_review_closed'],
    [admin, false, 'implementation', false, 'crowd_review_closed'],
  ] as [Actor, boolean, CrowdPhase, boolean, string][])('reviewing: %j expert %s in %s, vote started %s → %s', (actor, expert, phase, started, out) => {
    expect(reason(canReviewIdea(actor, expert, phase, started))).toBe(out);
  });
});
