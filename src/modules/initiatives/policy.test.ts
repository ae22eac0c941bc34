import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import {
  canAnswerInitiative,
  canCommentOnInitiative,
  canCreateInitiative,
  canEditInitiative,
  canJoinInitiative,
  canLeaveInitiative,
  canManageInitiativeRules,
  canReadInitiative,
  canScreenInitiative,
  canSubmitInitiative,
  canSupportInitiative,
  canWithdrawInitiative,
  type InitiativeFacts,
} from './policy.js';

const user = (id: string, over: Partial<Extract<Actor, { kind: 'user' }>> = {}): Actor => ({
  kind: 'user',
  userId: id,
  displayName: id,
  verification: 'verified',
  roles: [],
  language: 'en',
  districtId: 'nevsky',
  ...over,
});
const grant = (role: RoleGrant['role'], scopeType: RoleGrant['scopeType'] = 'city', scopeId: string | null = null): RoleGrant[] => [
  { role, scopeType, scopeId },
];
const anon: Actor = { kind: 'anonymous' };
const author = user('author');
const co = user('co');
const neighbour = user('neighbour');
const emailOnly = user('email-only', { verification: 'email' });
const expert = user('expert', { roles: grant('expert') });
const deptExpert = user('dept-expert', { roles: grant('expert', 'department', 'admin-nevsky') });
const official = user('official', { roles: grant('official', 'department', 'admin-nevsky') });
const otherOfficial = user('other-official', { roles: grant('official', 'department', 'admin-admiralteysky') });
const admin = user('admin', { roles: grant('administrator') });
const moderator = user('moderator', { roles: grant('moderator', 'district', 'nevsky') });

const base: InitiativeFacts = {
  scope: 'district',
  districtId: 'nevsky',
  authorId: 'author',
  coinitiatorIds: ['co'],
  status: 'draft',
  departmentId: null,
  moderation: 'visible',
  supportOpensAt: null,
  supportClosesAt: null,
};
const at = (over: Partial<InitiativeFacts>): InitiativeFacts => ({ ...base, ...over });
const nevsky = { districtId: 'nevsky' };
const now = new Date('2027-03-10T12:00:00Z');
const collecting = at({ status: 'collecting', departmentId: 'admin-nevsky', supportOpensAt: new Date('2027-03-01'), supportClosesAt: new Date('2027-04-01') });
const why = (d: { allowed: boolean; reason?: string }) => (d.allowed ? 'allow' : d.reason);

describe('initiatives policy', () => {
  it.each<[string, Actor, { districtId: string | null } | null, 'city' | 'district', string]>([
    ['verified resident of the district', author, nevsky, 'district', 'allow'],
    ['verified resident of another district', author, { districtId: 'admiralteysky' }, 'district', 'initiative_not_in_district'],
    ['verified elsewhere, city initiative', author, { districtId: 'admiralteysky' }, 'city', 'allow'],
    ['a verification row but the account is not verified', emailOnly, nevsky, 'district', 'initiative_not_verified'],
    ['verified account without a verification row', author, null, 'city', 'initiative_not_verified'],
    ['anonymous', anon, null, 'city', 'unauthenticated'],
  ])('create: %s', (_n, actor, verified, scope, expected) =>
    expect(why(canCreateInitiative(actor, { scope, districtId: scope === 'city' ? null : 'nevsky' }, verified))).toBe(expected),
  );

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['author, draft', author, base, 'allow'],
    ['author, submitted', author, at({ status: 'screening' }), 'initiative_not_draft'],
    ['co-initiator', co, base, 'not_initiative_author'],
    ['administrator', admin, base, 'not_initiative_author'],
    ['anonymous', anon, base, 'unauthenticated'],
  ])('edit: %s', (_n, actor, i, expected) => expect(why(canEditInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['a verified neighbour', neighbour, base, 'allow'],
    ['the author', author, base, 'initiative_author_joins'],
    ['a co-initiator again', co, base, 'initiative_already_coinitiator'],
    ['after submission', neighbour, at({ status: 'screening' }), 'initiative_not_draft'],
    ['unverified', emailOnly, base, 'initiative_not_verified'],
  ])('join: %s', (_n, actor, i, expected) => expect(why(canJoinInitiative(actor, i, nevsky))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['a co-initiator, draft', co, base, 'allow'],
    ['a co-initiator, submitted', co, at({ status: 'screening' }), 'initiative_not_draft'],
    ['not one', neighbour, base, 'initiative_not_coinitiator'],
  ])('leave: %s', (_n, actor, i, expected) => expect(why(canLeaveInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, number, string]>([
    ['author with enough', author, base, 1, 'allow'],
    ['author with too few', author, base, 2, 'initiative_too_few_coinitiators'],
    ['co-initiator', co, base, 0, 'not_initiative_author'],
    ['already submitted', author, at({ status: 'screening' }), 0, 'initiative_not_draft'],
  ])('submit: %s', (_n, actor, i, min, expected) => expect(why(canSubmitInitiative(actor, i, min))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['author, draft', author, base, 'allow'],
    ['author, screening', author, at({ status: 'screening' }), 'allow'],
    ['author, collecting', author, collecting, 'initiative_not_withdrawable'],
    ['someone else', neighbour, base, 'not_initiative_author'],
  ])('withdraw: %s', (_n, actor, i, expected) => expect(why(canWithdrawInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['city expert', expert, at({ status: 'screening' }), 'allow'],
    ['administrator', admin, at({ status: 'screening' }), 'allow'],
    ['a department’s expert', deptExpert, at({ status: 'screening' }), 'not_initiative_expert'],
    ['a resident', neighbour, at({ status: 'screening' }), 'not_initiative_expert'],
    ['city expert, a draft', expert, base, 'initiative_not_screening'],
    ['anonymous', anon, at({ status: 'screening' }), 'unauthenticated'],
  ])('screen: %s', (_n, actor, i, expected) => expect(why(canScreenInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, { districtId: string | null } | null, boolean, string]>([
    ['verified neighbour', neighbour, collecting, nevsky, false, 'allow'],
    ['the author, once', author, collecting, nevsky, false, 'allow'],
    ['twice', neighbour, collecting, nevsky, true, 'initiative_already_supported'],
    ['other district', neighbour, collecting, { districtId: 'admiralteysky' }, false, 'initiative_not_in_district'],
    ['unverified account', emailOnly, collecting, nevsky, false, 'initiative_not_verified'],
    ['under screening', neighbour, at({ status: 'screening' }), nevsky, false, 'initiative_not_collecting'],
    ['window over', neighbour, at({ ...collecting, supportClosesAt: new Date('2027-03-10') }), nevsky, false, 'initiative_support_closed'],
  ])('support: %s', (_n, actor, i, verified, supported, expected) => expect(why(canSupportInitiative(actor, i, verified, supported, now))).toBe(expected));

  const awaiting = at({ status: 'awaiting_answer', departmentId: 'admin-nevsky' });
  it.each<[string, Actor, InitiativeFacts, string]>([
    ['the department’s official', official, awaiting, 'allow'],
    ['administrator', admin, awaiting, 'allow'],
    ['another department’s official', otherOfficial, awaiting, 'not_initiative_official'],
    ['an expert', expert, awaiting, 'not_initiative_official'],
    ['the official, still collecting', official, collecting, 'initiative_not_awaiting_answer'],
    ['the official, answered', official, at({ ...awaiting, status: 'answered' }), 'initiative_not_awaiting_answer'],
  ])('answer: %s', (_n, actor, i, expected) => expect(why(canAnswerInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['anyone, visible', anon, base, 'allow'],
    ['anyone, hidden', anon, at({ moderation: 'hidden' }), 'initiative_not_found'],
    ['author, hidden', author, at({ moderation: 'hidden' }), 'allow'],
    ['district moderator, hidden', moderator, at({ moderation: 'hidden' }), 'allow'],
    ['administrator, held', admin, at({ moderation: 'held' }), 'allow'],
  ])('read: %s', (_n, actor, i, expected) => expect(why(canReadInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, InitiativeFacts, string]>([
    ['signed in, collecting', neighbour, collecting, 'allow'],
    ['signed in, draft', neighbour, base, 'initiative_comments_closed'],
    ['anonymous', anon, collecting, 'unauthenticated'],
  ])('comment: %s', (_n, actor, i, expected) => expect(why(canCommentOnInitiative(actor, i))).toBe(expected));

  it.each<[string, Actor, string]>([
    ['administrator', admin, 'allow'],
    ['expert', expert, 'not_administrator'],
    ['anonymous', anon, 'unauthenticated'],
  ])('rules: %s', (_n, actor, expected) => expect(why(canManageInitiativeRules(actor))).toBe(expected));
});
