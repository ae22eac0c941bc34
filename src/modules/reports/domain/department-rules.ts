import { slugify } from '../../../core/text/transliterate.js';

/**
 * Departments as the city's administrators manage them: the kinds a department may be, its id, and
 * when it may be retired, deleted or merged. Pure: the use cases count what refers to a department and
 * ask these rules.
 */

/** What a department is. The list is fixed so that pages, filters and the CSV import agree. */
export const departmentKinds = ['district_administration', 'city_committee', 'management_company', 'utility', 'other'] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

export function isDepartmentKind(v: string): v is DepartmentKind {
  return (departmentKinds as readonly string[]).includes(v);
}

/** A department's id: lower-case Latin letters, digits and dashes, up to 64 characters (it is in page addresses). */
export const departmentIdPattern = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

/** An id made from a name (the English one, else the Russian one transliterated): `Roads Committee` → `roads-committee`. */
export function departmentIdFrom(name: string): string {
  return slugify(name, 60) || 'department';
}

/** The first of `base`, `base-2`, `base-3`… that is not taken. */
export function freeDepartmentId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const id = `${base.slice(0, 60)}-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** What refers to a department: counted by the use cases before a retirement, a deletion or a merge. */
export interface DepartmentUsage {
  /** Reports ever assigned to it, and those still open. */
  reports: number;
  openReports: number;
  routingRules: number;
  /** Officials' and other staff roles scoped to it. */
  roles: number;
  /** Anything else that names it: answer templates, budget works, initiatives, departments merged into it, report history. */
  other: number;
}

/** A refusal with the counts its message names. */
export interface DepartmentRefusal {
  code: string;
  params: Record<string, number | string>;
}

/**
 * Retiring stops new routing to a department; it is refused while routing rules or open reports still
 * point at it (they would be routed to, or stuck with, a department nobody manages): move them, or merge.
 */
export function retireRefusal(d: { retiredAt: Date | null }, usage: Pick<DepartmentUsage, 'routingRules' | 'openReports'>): DepartmentRefusal | null {
  if (d.retiredAt) return { code: 'department_already_retired', params: {} };
  if (usage.routingRules > 0 || usage.openReports > 0)
    return { code: 'department_retire_in_use', params: { rules: usage.routingRules, reports: usage.openReports } };
  return null;
}

/** Only a retired department that was not merged comes back (a merged one's work now lives in its successor). */
export function restoreRefusal(d: { retiredAt: Date | null; mergedIntoId: string | null }): DepartmentRefusal | null {
  if (!d.retiredAt) return { code: 'department_not_retired', params: {} };
  if (d.mergedIntoId) return { code: 'department_merged_cannot_restore', params: { into: d.mergedIntoId } };
  return null;
}

/**
 * Deleting is for a department made by mistake: nothing may refer to it. With open reports the answer
 * says to merge instead; with any other history, to retire or merge (history keeps its department).
 */
export function deleteRefusal(usage: DepartmentUsage): DepartmentRefusal | null {
  if (usage.openReports > 0) return { code: 'department_has_open_reports', params: { count: usage.openReports } };
  const total = usage.reports + usage.routingRules + usage.roles + usage.other;
  if (total > 0) return { code: 'department_in_use', params: { reports: usage.reports, rules: usage.routingRules, roles: usage.roles, other: usage.other } };
  return null;
}

/** Merging A into B: two different departments, A not merged already, B still working. */
export function mergeRefusal(from: { id: string; mergedIntoId: string | null }, into: { id: string; retiredAt: Date | null }): DepartmentRefusal | null {
  if (from.id === into.id) return { code: 'department_merge_into_itself', params: {} };
  if (from.mergedIntoId) return { code: 'department_already_merged', params: { into: from.mergedIntoId } };
  if (into.retiredAt) return { code: 'department_merge_into_retired', params: { into: into.id } };
  return null;
}
