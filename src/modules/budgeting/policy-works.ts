import { hasRole, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, signedIn, type Decision } from '../../core/auth/decision.js';

/** Who may turn a heading's winners into works and name the responsible department: city administrators. */
export const canCreateWorks = signedIn(function canCreateWorks(actor: UserActor): Decision {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});

/**
 * Who may report on a work (status, progress, money spent, milestones, photos): officials of its
 * responsible department, and administrators.
 */
export const canUpdateWork = signedIn(function canUpdateWork(actor: UserActor, work: { departmentId: string | null }): Decision {
  if (hasRole(actor, 'administrator')) return allow;
  if (work.departmentId !== null && hasRole(actor, 'official', { type: 'department', id: work.departmentId })) return allow;
  return deny('works_not_responsible');
});

/** Who may import the city budget (replacing a year): city administrators. */
export const canImportCityBudget = signedIn(function canImportCityBudget(actor: UserActor): Decision {
  return hasRole(actor, 'administrator') ? allow : deny('not_administrator');
});
