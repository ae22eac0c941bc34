import type { UserActor } from '../auth/actor.js';
import { allow, deny, signedIn } from '../auth/decision.js';

/**
 * Who may operate the installation through the kernel's own routes (background jobs, mail waiting to leave):
 * city administrators. A rule of the kernel, since the kernel may not import a module's policy.
 */
export const canOperate = signedIn(function canOperate(actor: UserActor) {
  return actor.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city') ? allow : deny('not_administrator');
});
