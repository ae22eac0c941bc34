import { describe, expect, it } from 'vitest';
import { placeProblem, rulesProblem, type RuleFigures } from './initiative-input.js';

describe('initiative input', () => {
  it.each<['city' | 'district', string | null, boolean, string | null]>([
    ['city', null, false, null],
    ['district', 'nevsky', true, null],
    ['district', null, false, 'initiative_district_required'],
    ['city', 'nevsky', true, 'initiative_city_no_district'],
    ['district', 'atlantis', false, 'initiative_unknown_district'],
  ])('%s with %s (known %s) → %s', (scope, district, known, code) => expect(placeProblem(scope, district, known)?.code ?? null).toBe(code));

  const rule: RuleFigures = { type: 'social', scope: 'city', minCoinitiators: 10, supportThreshold: 5000, supportDays: 90, answerWorkingDays: 30 };
  it.each<[string, RuleFigures[], string | null]>([
    ['one', [rule], null],
    ['two different', [rule, { ...rule, scope: 'district' }], null],
    ['the same twice', [rule, { ...rule, supportThreshold: 1 }], 'initiative_rule_twice'],
  ])('rules: %s', (_n, rules, code) => expect(rulesProblem(rules)?.code ?? null).toBe(code));
});
