/** Checks of what residents and administrators type, beyond what a schema can say. Pure. */
import type { initiativeScopes, initiativeTypes } from '../db/schema.js';

/** A rule broken by the input: the field it names and the message code (`error.<code>`). */
export interface RuleProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A district initiative names its district; a city one names none. */
export function placeProblem(scope: (typeof initiativeScopes)[number], districtId: string | null, knownDistrict: boolean): RuleProblem | null {
  if (scope === 'district' && !districtId) return { field: 'districtId', code: 'initiative_district_required' };
  if (scope === 'city' && districtId) return { field: 'districtId', code: 'initiative_city_no_district' };
  if (districtId && !knownDistrict) return { field: 'districtId', code: 'initiative_unknown_district' };
  return null;
}

export interface RuleFigures {
  type: (typeof initiativeTypes)[number];
  scope: (typeof initiativeScopes)[number];
  minCoinitiators: number;
  supportThreshold: number;
  supportDays: number;
  answerWorkingDays: number;
}

/** A set of thresholds to save: each type and scope at most once (the schema bounds each figure). */
export function rulesProblem(rules: readonly RuleFigures[]): RuleProblem | null {
  const seen = new Set<string>();
  for (const [i, r] of rules.entries()) {
    const key = `${r.type}/${r.scope}`;
    if (seen.has(key)) return { field: `rules.${i}`, code: 'initiative_rule_twice', params: { type: r.type, scope: r.scope } };
    seen.add(key);
  }
  return null;
}
