import { hasRole, type Actor, type RoleGrant } from '../../core/auth/actor.js';
import { allow, deny, notVisible, signedIn, signInFirst, type Decision } from '../../core/auth/decision.js';

/** Who may edit the classifier, routing rules, the rejection dictionary, departments' contacts and see archived items: city administrators. */
export const canEditClassifier = signedIn(function canEditClassifier(actor) {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/** Who may read the classifier: anyone its active part; administrators everything (`all`: archived items too). */
export function canReadClassifier(actor: Actor, ask: { all: boolean } = { all: false }): Decision {
  if (!ask.all) return allow;
  return actor.kind === 'user' ? canEditClassifier(actor) : signInFirst;
}

/** Who may read the rejection dictionary (inactive entries included): moderators of any scope and administrators. */
export const canReadRejectionReasons = signedIn(function canReadRejectionReasons(actor) {
  return hasRole(actor, 'moderator') || hasRole(actor, 'administrator') ? allow : deny('not_moderator');
});

/** The departments whose answer templates an actor reads and writes: those of their official grants. */
export function templateDepartments(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return actor.roles.filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
}

/** Who may read answer templates: officials (their departments' and the general ones) and administrators (all). */
export const canReadAnswerTemplates = signedIn(function canReadAnswerTemplates(actor) {
  return hasRole(actor, 'administrator') || templateDepartments(actor).length > 0 ? allow : deny('classifier_not_official');
});

/**
 * Who may add an answer template for a department (or a general one, `null`): administrators any; an official
 * their own department's. General templates are the administrators' alone.
 */
export const canEditAnswerTemplate = signedIn(function canEditAnswerTemplate(actor, departmentId: string | null) {
  if (hasRole(actor, 'administrator')) return allow;
  if (departmentId === null) return deny('not_administrator');
  return templateDepartments(actor).includes(departmentId) ? allow : deny('not_official_of_department');
});

/**
 * Who may change (edit, delete) an existing template: as for adding one; but another department's template is as
 * unknown to an official as one that does not exist (404), while the general ones, which they read, are refused (403).
 */
export const canChangeAnswerTemplate = signedIn(function canChangeAnswerTemplate(actor, template: { departmentId: string | null }) {
  if (!canReadAnswerTemplates(actor).allowed) return deny('classifier_not_official');
  if (template.departmentId !== null && !hasRole(actor, 'administrator') && !templateDepartments(actor).includes(template.departmentId))
    return notVisible('answer_template_not_found');
  return canEditAnswerTemplate(actor, template.departmentId);
});

/** Whether a person may head a department: they hold the official role for exactly that department. */
export function canHeadDepartment(grants: readonly RoleGrant[], departmentId: string): boolean {
  return grants.some((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId === departmentId);
}
