import { describe, expect, it } from 'vitest';
import type { Actor, RoleGrant } from '../../core/auth/actor.js';
import type { Decision, DenialKind } from '../../core/auth/decision.js';
import {
  canAnswerInitiative,
  canListInitiatives,
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
const yes: Decision = { allowed: true };
const no = (reason: string, kind: DenialKind): Decision => ({ allowed: false, reason, kind });

describe('initiatives policy', () => {
  it.each<[string, Actor, { districtId: string | null } | null, 'city' | 'district', Decision]>([
    ['verified resident of the district', author, nevsky, 'district', yes],
    ['verified resident of another district', author, { districtId: 'admiralteysky' }, 'district', no('initiative_not_in_district', 'forbidden')],
    ['verified elsewhere, city initiative', author, { districtId: 'admiralteysky' }, 'city', yes],
    ['a verification row but the account is not verified', emailOnly, nevsky, 'district', no('initiative_not_verified', 'forbidden')],
    ['verified account without a verification row', author, null, 'city', no('initiative_not_verified', 'forbidden')],
    ['anonymous', anon, null, 'city', no('unauthenticated', 'unauthenticated')],
  ])('create: %s', (_n, actor, verified, scope, expected) =>
    expect(canCreateInitiative(actor, { scope, districtId: scope === 'city' ? null : 'nevsky' }, verified)).toEqual(expected),
  );

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['author, draft', author, base, yes],
    ['author, submitted', author, at({ status: 'screening' }), no('initiative_not_draft', 'conflict')],
    ['co-initiator', co, base, no('not_initiative_author', 'forbidden')],
    ['administrator', admin, base, no('not_initiative_author', 'forbidden')],
    ['anonymous', anon, base, no('unauthenticated', 'unauthenticated')],
  ])('edit: %s', (_n, actor, i, expected) => expect(canEditInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['a verified neighbour', neighbour, base, yes],
    ['the author', author, base, no('initiative_author_joins', 'forbidden')],
    ['a co-initiator again', co, base, no('initiative_already_coinitiator', 'conflict')],
    ['after submission', neighbour, at({ status: 'screening' }), no('initiative_not_draft', 'conflict')],
    ['unverified', emailOnly, base, no('initiative_not_verified', 'forbidden')],
  ])('join: %s', (_n, actor, i, expected) => expect(canJoinInitiative(actor, i, nevsky)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['a co-initiator, draft', co, base, yes],
    ['a co-initiator, submitted', co, at({ status: 'screening' }), no('initiative_not_draft', 'conflict')],
    ['not one', neighbour, base, no('initiative_not_coinitiator', 'forbidden')],
  ])('leave: %s', (_n, actor, i, expected) => expect(canLeaveInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, number, Decision]>([
    ['author with enough', author, base, 1, yes],
    ['author with too few', author, base, 2, no('initiative_too_few_coinitiators', 'conflict')],
    ['co-initiator', co, base, 0, no('not_initiative_author', 'forbidden')],
    ['already submitted', author, at({ status: 'screening' }), 0, no('initiative_not_draft', 'conflict')],
  ])('submit: %s', (_n, actor, i, min, expected) => expect(canSubmitInitiative(actor, i, min)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['author, draft', author, base, yes],
    ['author, screening', author, at({ status: 'screening' }), yes],
    ['author, collecting', author, collecting, no('initiative_not_withdrawable', 'conflict')],
    ['someone else', neighbour, base, no('not_initiative_author', 'forbidden')],
  ])('withdraw: %s', (_n, actor, i, expected) => expect(canWithdrawInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['city expert', expert, at({ status: 'screening' }), yes],
    ['administrator', admin, at({ status: 'screening' }), yes],
    ['a department’s expert', deptExpert, at({ status: 'screening' }), no('not_initiative_expert', 'forbidden')],
    ['a resident', neighbour, at({ status: 'screening' }), no('not_initiative_expert', 'forbidden')],
    ['city expert, a draft', expert, base, no('initiative_not_screening', 'conflict')],
    ['anonymous', anon, at({ status: 'screening' }), no('unauthenticated', 'unauthenticated')],
  ])('screen: %s', (_n, actor, i, expected) => expect(canScreenInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, { districtId: string | null } | null, boolean, Decision]>([
    ['verified neighbour', neighbour, collecting, nevsky, false, yes],
    ['the author, once', author, collecting, nevsky, false, yes],
    ['twice', neighbour, collecting, nevsky, true, no('initiative_already_supported', 'conflict')],
    ['other district', neighbour, collecting, { districtId: 'admiralteysky' }, false, no('initiative_not_in_district', 'forbidden')],
    ['unverified account', emailOnly, collecting, nevsky, false, no('initiative_not_verified', 'forbidden')],
    ['under screening', neighbour, at({ status: 'screening' }), nevsky, false, no('initiative_not_collecting', 'conflict')],
    ['window over', neighbour, at({ ...collecting, supportClosesAt: new Date('2027-03-10') }), nevsky, false, no('initiative_support_closed', 'conflict')],
  ])('support: %s', (_n, actor, i, verified, supported, expected) => expect(canSupportInitiative(actor, i, verified, supported, now)).toEqual(expected));

  const awaiting = at({ status: 'awaiting_answer', departmentId: 'admin-nevsky' });
  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['the department’s official', official, awaiting, yes],
    ['administrator', admin, awaiting, yes],
    ['another department’s official', otherOfficial, awaiting, no('not_initiative_official', 'forbidden')],
    ['an expert', expert, awaiting, no('not_initiative_official', 'forbidden')],
    ['the official, still collecting', official, collecting, no('initiative_not_awaiting_answer', 'conflict')],
    ['the official, answered', official, at({ ...awaiting, status: 'answered' }), no('initiative_not_awaiting_answer', 'conflict')],
  ])('answer: %s', (_n, actor, i, expected) => expect(canAnswerInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['anyone, visible', anon, base, yes],
    ['anyone, hidden', anon, at({ moderation: 'hidden' }), no('initiative_not_found', 'hidden')],
    ['author, hidden', author, at({ moderation: 'hidden' }), yes],
    ['district moderator, hidden', moderator, at({ moderation: 'hidden' }), yes],
    ['administrator, held', admin, at({ moderation: 'held' }), yes],
  ])('read: %s', (_n, actor, i, expected) => expect(canReadInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, InitiativeFacts, Decision]>([
    ['signed in, collecting', neighbour, collecting, yes],
    ['signed in, draft', neighbour, base, no('initiative_comments_closed', 'conflict')],
    ['anonymous', anon, collecting, no('unauthenticated', 'unauthenticated')],
  ])('comment: %s', (_n, actor, i, expected) => expect(canCommentOnInitiative(actor, i)).toEqual(expected));

  it.each<[string, Actor, Decision]>([
    ['administrator', admin, yes],
    ['expert', expert, no('not_administrator', 'forbidden')],
    ['anonymous', anon, no('unauthenticated', 'unauthenticated')],
  ])('rules: %s', (_n, actor, expected) => expect(canManageInitiativeRules(actor)).toEqual(expected));

  it.each<[string, Actor, boolean, Decision]>([
    ['anyone, the public list', anon, false, yes],
    ['anonymous, mine', anon, true, no('unauthenticated', 'unauthenticated')],
    ['signed in, mine', neighbour, true, yes],
  ])('list: %s', (_n, actor, mine, expected) => expect(canListInitiatives(actor, { mine })).toEqual(expected));
});
