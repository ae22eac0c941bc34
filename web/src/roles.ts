// What the signed-in person's roles open in the interface (the server decides again on every request).
import type { Me } from './api/types.js';

/** True for an administrator of the whole city (the role the admin pages need). */
export function isCityAdministrator(me: Me | null | undefined): boolean {
  return !!me?.roles.some((g) => g.role === 'administrator' && g.scopeType === 'city');
}

/** True for a moderator (of any scope) or a city administrator: the moderation pages are theirs. */
export function canModerate(me: Me | null | undefined): boolean {
  return isCityAdministrator(me) || !!me?.roles.some((g) => g.role === 'moderator');
}

/** The departments the person may speak for (an official's grants). */
export function officialDepartments(me: Me | null | undefined): string[] {
  return (me?.roles ?? []).filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!);
}

/** True for an official of some department. */
export function isOfficial(me: Me | null | undefined): boolean {
  return officialDepartments(me).length > 0;
}
