import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { canAdministerCharity, canReadCause, canReportOnCause, causeActNow, causeTakesPledges } from './policy.js';

const user = (roles: RoleGrant[] = []): Actor => ({ kind: 'user', userId: 'u', roles, verifications: [] }) as unknown as Actor;
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);

describe('charity policy', () => {
  it.each([
    ['anyone sees an approved cause', anonymous, { state: 'approved', moderation: 'visible' }, { allowed: true }],
    ['a draft is not there for a resident', user(), { state: 'draft', moderation: 'visible' }, { allowed: false, reason: 'cause_not_found', kind: 'hidden' }],
    ['an administrator sees a draft', admin, { state: 'draft', moderation: 'visible' }, { allowed: true }],
    ['a hidden cause is not there', anonymous, { state: 'approved', moderation: 'hidden' }, { allowed: false, reason: 'cause_not_found', kind: 'hidden' }],
  ] as const)('%s', (_name, actor, facts, decision) => {
    expect(canReadCause(actor, facts)).toEqual(decision);
  });

  it('only administrators administer causes', () => {
    expect(canAdministerCharity(admin)).toEqual({ allowed: true });
    expect(canAdministerCharity(user())).toEqual({ allowed: false, reason: 'not_administrator', kind: 'forbidden' });
    expect(canAdministerCharity(anonymous).allowed).toBe(false);
  });

  it.each([
    ['the admin of the linked organisation’s community', user(), true, { allowed: true }],
    ['an administrator on its behalf', admin, false, { allowed: true }],
    ['anyone else', user(), false, { allowed: false, reason: 'not_cause_organisation', kind: 'forbidden' }],
  ] as const)('reporting on a cause: %s', (_name, actor, runsGroup, decision) => {
    expect(canReportOnCause(actor, { runsGroup })).toEqual(decision);
  });

  it('acts follow the state; pledges only to an open public cause', () => {
    expect(causeActNow({ state: 'draft' }, 'approve')).toEqual({ allowed: true });
    expect(causeActNow({ state: 'approved' }, 'approve')).toEqual({ allowed: false, reason: 'cause_already_approved', kind: 'conflict' });
    expect(causeActNow({ state: 'draft' }, 'close')).toEqual({ allowed: false, reason: 'cause_not_approved', kind: 'conflict' });
    expect(causeActNow({ state: 'closed' }, 'report')).toEqual({ allowed: false, reason: 'cause_closed', kind: 'conflict' });
    expect(causeTakesPledges(null).allowed).toBe(false);
    expect(causeTakesPledges({ state: 'draft', moderation: 'visible' })).toEqual({ allowed: false, reason: 'cause_not_found', kind: 'hidden' });
    expect(causeTakesPledges({ state: 'closed', moderation: 'visible' })).toEqual({ allowed: false, reason: 'cause_closed', kind: 'conflict' });
    expect(causeTakesPledges({ state: 'approved', moderation: 'visible' })).toEqual({ allowed: true });
  });
});
