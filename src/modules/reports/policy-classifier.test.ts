import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import {
  canEditAnswerTemplate,
  canEditClassifier,
  canHeadDepartment,
  canReadAnswerTemplates,
  canReadRejectionReasons,
  templateDepartments,
} from './policy-classifier.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });
const resident = user([]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
const moderator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
/** A refusal as the table states it: not you (403) unless said otherwise. */
const no = (reason: string, kind: DenialKind = reason === 'unauthenticated' ? 'unauthenticated' : reason.endsWith('_not_found') ? 'hidden' : 'forbidden') => ({
  allowed: false,
  reason,
  kind,
});
const yes = { allowed: true };

describe('classifier policy', () => {
  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('not_administrator')],
    ['an official', official, no('not_administrator')],
    ['a moderator', moderator, no('not_administrator')],
    ['an administrator', admin, yes],
  ])('editing the classifier and routing: %s → %j', (_who, actor, expected) => {
    expect(canEditClassifier(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('not_moderator')],
    ['an official', official, no('not_moderator')],
    ['a district moderator', moderator, yes],
    ['an administrator', admin, yes],
  ])('reading the rejection dictionary: %s → %j', (_who, actor, expected) => {
    expect(canReadRejectionReasons(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, no('unauthenticated')],
    ['a resident', resident, no('classifier_not_official')],
    ['a moderator', moderator, no('classifier_not_official')],
    ['an official', official, yes],
    ['an administrator', admin, yes],
  ])('reading answer templates: %s → %j', (_who, actor, expected) => {
    expect(canReadAnswerTemplates(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor, own department', anonymous, 'admin-nevsky', no('unauthenticated')],
    ['a resident, a department', resident, 'admin-nevsky', no('not_official_of_department')],
    ['an official, own department', official, 'admin-nevsky', yes],
    ['an official, another department', official, 'admin-kirovsky', no('not_official_of_department')],
    ['an official, a general template', official, null, no('not_administrator')],
    ['an administrator, a department', admin, 'admin-kirovsky', yes],
    ['an administrator, a general template', admin, null, yes],
  ])('writing an answer template: %s → %j', (_who, actor, departmentId, expected) => {
    expect(canEditAnswerTemplate(actor, departmentId)).toEqual(expected);
  });

  it('the departments an official writes templates for', () => {
    expect(templateDepartments(official)).toEqual(['admin-nevsky']);
    expect(templateDepartments(admin)).toEqual([]);
    expect(templateDepartments(anonymous)).toEqual([]);
  });

  it.each([
    [[{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }], 'admin-nevsky', true],
    [[{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }], 'admin-kirovsky', false],
    [[{ role: 'administrator', scopeType: 'city', scopeId: null }], 'admin-nevsky', false],
    [[{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }], 'admin-nevsky', false],
    [[], 'admin-nevsky', false],
  ] as [RoleGrant[], string, boolean][])('heading a department: %j of %s → %s', (grants, departmentId, expected) => {
    expect(canHeadDepartment(grants, departmentId)).toBe(expected);
  });
});
