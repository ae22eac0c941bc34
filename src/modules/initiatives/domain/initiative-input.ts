/** Checks of what residents and administrators type, beyond what a schema can say. Pure. */
import type { InitiativeScope, InitiativeType } from './lifecycle.js';

/** How long what the author, the experts and the authority type may be, after the one text rule (the input schemas and the web's fields). */
export const initiativeLimits = {
  title: { min: 5, max: 200 },
  text: { min: 20, max: 10_000 },
  ask: { min: 5, max: 2000 },
  addressee: { min: 3, max: 300 },
  screeningReason: { min: 10, max: 5000 },
  answerText: { min: 20, max: 20_000 },
} as const;

/** A rule broken by the input: the field it names and the message code (`error.<code>`). */
export interface RuleProblem {
  field: string;
  code: string;
  params?: Record<string, string | number>;
}

/** A district initiative names its district; a city one names none. */
export function placeProblem(scope: InitiativeScope, districtId: string | null, knownDistrict: boolean): RuleProblem | null {
  if (scope === 'district' && !districtId) return { field: 'districtId', code: 'initiative_district_required' };
  if (scope === 'city' && districtId) return { field: 'districtId', code: 'initiative_city_no_district' };
  if (districtId && !knownDistrict) return { field: 'districtId', code: 'initiative_unknown_district' };
  return null;
}

export interface RuleFigures {
  type: InitiativeType;
  scope: InitiativeScope;
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
