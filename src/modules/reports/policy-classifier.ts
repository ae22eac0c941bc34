import { allow, deny, type Decision } from '../../core/auth/decision.js';
import { hasRole, type Actor, type RoleGrant } from '../../core/auth/actor.js';

/** Who may edit the classifier, routing rules, the rejection dictionary and see archived items: city administrators. */
export function canEditClassifier(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}

/** Who may read the rejection dictionary (inactive entries included): moderators of any scope and administrators. */
export function canReadRejectionReasons(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'moderator') || hasRole(actor, 'administrator') ? allow : deny('not_moderator');
}

/** The departments whose answer templates an actor reads and writes: those of their official grants. */
export function templateDepartments(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return actor.roles.filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
}

/** Who may read answer templates: officials (their departments' and the general ones) and administrators (all). */
export function canReadAnswerTemplates(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') || templateDepartments(actor).length > 0 ? allow : deny('classifier_not_official');
}

/**
 * Who may write (create, edit, delete) an answer template: administrators any; an official their
 * own department's. General templates (no department) are the administrators' alone.
 */
export function canEditAnswerTemplate(actor: Actor, departmentId: string | null): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (hasRole(actor, 'administrator')) return allow;
  if (departmentId === null) return deny('not_administrator');
  return templateDepartments(actor).includes(departmentId) ? allow : deny('not_official_of_department');
}

/** Whether a person may head a department: they hold the official role for exactly that department. */
export function canHeadDepartment(grants: readonly RoleGrant[], departmentId: string): boolean {
  return grants.some((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId === departmentId);
}
