import { hasRole, type Actor } from '../../core/auth/actor.js';
import { allow, deny, type Decision } from '../../core/auth/decision.js';

/** Who may turn a heading's winners into works and name the responsible department: city administrators. */
export function canCreateWorks(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}

/**
 * Who may report on a work (status, progress, money spent, milestones, photos): officials of its
 * responsible department, and administrators.
 */
export function canUpdateWork(actor: Actor, work: { departmentId: string | null }): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (hasRole(actor, 'administrator')) return allow;
  if (work.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: work.departmentId })) return allow;
  return deny('works_not_responsible');
}

/** Who may import the city budget (replacing a year): city administrators. */
export function canImportCityBudget(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
}
