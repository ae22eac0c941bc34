import { categoryDepartmentKind, type ReasonDepartmentKind } from './classifier-departments.js';

/** A routing rule to insert. */
export interface NewRoutingRule {
  reasonId: number | null;
  categoryId: number | null;
  districtId: string | null;
  departmentId: string;
}

/** Which department of the city answers each kind: a district's administration, or a city committee. */
export interface KindDepartments {
  districtAdministration: (districtId: string) => string;
  committees: Record<Exclude<ReasonDepartmentKind, 'district_administration'>, string>;
  /** Where anything goes when no other rule applies (no district known). */
  fallback: string;
}

/**
 * The demo city's routing: every district to its administration, a city-wide fallback, each
 * category a committee answers to that committee, and each reason whose department kind differs
 * from its category's to its own kind's department. So every reason routes somewhere in every district.
 */
export function demoRoutingRules(
  input: {
    districtIds: readonly string[];
    categories: readonly { id: number; objectId: number }[];
    reasons: readonly { id: number; categoryId: number; departmentKind: string | null }[];
  },
  departments: KindDepartments,
): NewRoutingRule[] {
  const rules: NewRoutingRule[] = [{ reasonId: null, categoryId: null, districtId: null, departmentId: departments.fallback }];
  for (const districtId of input.districtIds)
    rules.push({ reasonId: null, categoryId: null, districtId, departmentId: departments.districtAdministration(districtId) });
  const categoryKind = new Map<number, ReasonDepartmentKind>();
  for (const c of input.categories) {
    const kind = categoryDepartmentKind(c.objectId, c.id);
    categoryKind.set(c.id, kind);
    if (kind !== 'district_administration') rules.push({ reasonId: null, categoryId: c.id, districtId: null, departmentId: departments.committees[kind] });
  }
  for (const r of input.reasons) {
    const kind = r.departmentKind as ReasonDepartmentKind | null;
    if (!kind || kind === (categoryKind.get(r.categoryId) ?? 'district_administration')) continue;
    if (kind === 'district_administration') {
      for (const districtId of input.districtIds)
        rules.push({ reasonId: r.id, categoryId: null, districtId, departmentId: departments.districtAdministration(districtId) });
    } else if (kind in departments.committees) {
      rules.push({ reasonId: r.id, categoryId: null, districtId: null, departmentId: departments.committees[kind] });
    }
  }
  return rules;
}
