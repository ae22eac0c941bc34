import type { DenialKind } from '../../core/auth/decision.js';
import { describe, expect, it } from 'vitest';
import { anonymous, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import {
  canChangeAnswerTemplate,
  canEditAnswerTemplate,
  canEditClassifier,
  canHeadDepartment,
  canReadAnswerTemplates,
  canReadClassifier,
  canReadRejectionReasons,
  templateDepartments,
} from './policy-classifier.js';

const user = (roles: RoleGrant[]): Actor => ({ kind: 'user', userId: 'u1', displayName: 'U', verification: 'email', roles, language: 'ru', districtId: null });
const resident = user([]);
const official = user([{ role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' }]);
const moderator = user([{ role: 'moderator', scopeType: 'district', scopeId: 'nevsky' }]);
const admin = user([{ role: 'administrator', scopeType: 'city', scopeId: null }]);
/** A refusal as the table states it, with its kind (401 sign in, 403 not you, 404 not visible). */
const no = (reason: string, kind: DenialKind) => ({ allowed: false, reason, kind });
const signIn = no('unauthenticated', 'unauthenticated');
const yes = { allowed: true };

describe('classifier policy', () => {
  it.each([
    ['a visitor', anonymous, signIn],
    ['a resident', resident, no('not_administrator', 'forbidden')],
    ['an official', official, no('not_administrator', 'forbidden')],
    ['a moderator', moderator, no('not_administrator', 'forbidden')],
    ['an administrator', admin, yes],
  ])('editing the classifier and routing: %s → %j', (_who, actor, expected) => {
    expect(canEditClassifier(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signIn],
    ['a resident', resident, no('not_moderator', 'forbidden')],
    ['an official', official, no('not_moderator', 'forbidden')],
    ['a district moderator', moderator, yes],
    ['an administrator', admin, yes],
  ])('reading the rejection dictionary: %s → %j', (_who, actor, expected) => {
    expect(canReadRejectionReasons(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor', anonymous, signIn],
    ['a resident', resident, no('classifier_not_official', 'forbidden')],
    ['a moderator', moderator, no('classifier_not_official', 'forbidden')],
    ['an official', official, yes],
    ['an administrator', admin, yes],
  ])('reading answer templates: %s → %j', (_who, actor, expected) => {
    expect(canReadAnswerTemplates(actor)).toEqual(expected);
  });

  it.each([
    ['a visitor, own department', anonymous, 'admin-nevsky', signIn],
    ['a resident, a department', resident, 'admin-nevsky', no('not_official_of_department', 'forbidden')],
    ['an official, own department', official, 'admin-nevsky', yes],
    ['an official, another department', official, 'admin-kirovsky', no('not_official_of_department', 'forbidden')],
    ['an official, a general template', official, null, no('not_administrator', 'forbidden')],
    ['an administrator, a department', admin, 'admin-kirovsky', yes],
    ['an administrator, a general template', admin, null, yes],
  ])('writing an answer template: %s → %j', (_who, actor, departmentId, expected) => {
    expect(canEditAnswerTemplate(actor, departmentId)).toEqual(expected);
  });

  it.each([
    ['a visitor, the active part', anonymous, false, yes],
    ['a visitor, everything', anonymous, true, signIn],
    ['a resident, everything', resident, true, no('not_administrator', 'forbidden')],
    ['a moderator, everything', moderator, true, no('not_administrator', 'forbidden')],
    ['an administrator, everything', admin, true, yes],
  ])('reading the classifier: %s → %j', (_who, actor, all, expected) => {
    expect(canReadClassifier(actor, { all })).toEqual(expected);
  });

  it.each([
    ['a visitor, a department’s', anonymous, 'admin-nevsky', signIn],
    ['a resident, a department’s', resident, 'admin-nevsky', no('classifier_not_official', 'forbidden')],
    ['a moderator, a general one', moderator, null, no('classifier_not_official', 'forbidden')],
    ['an official, their department’s', official, 'admin-nevsky', yes],
    ['an official, another department’s (as if it did not exist)', official, 'admin-kirovsky', no('answer_template_not_found', 'hidden')],
    ['an official, a general one (which they read)', official, null, no('not_administrator', 'forbidden')],
    ['an administrator, a department’s', admin, 'admin-kirovsky', yes],
    ['an administrator, a general one', admin, null, yes],
  ])('changing an answer template: %s → %j', (_who, actor, departmentId, expected) => {
    expect(canChangeAnswerTemplate(actor, { departmentId })).toEqual(expected);
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
