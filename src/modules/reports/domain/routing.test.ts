import { describe, expect, it } from 'vitest';
import { pickRule, type RoutingRuleFacts } from './routing.js';

const rule = (id: number, reasonId: number | null, categoryId: number | null, districtId: string | null, departmentId: string): RoutingRuleFacts => ({
  id,
  reasonId,
  categoryId,
  districtId,
  departmentId,
});

const rules = [
  rule(1, null, null, null, 'city'),
  rule(2, null, null, 'nevsky', 'district'),
  rule(3, null, 10, null, 'category'),
  rule(4, null, 10, 'nevsky', 'category+district'),
  rule(5, 100, null, null, 'reason'),
  rule(6, 100, null, 'nevsky', 'reason+district'),
];

describe('routing: the most specific rule wins', () => {
  it.each([
    // reason, category, district, expected department
    [100, 10, 'nevsky', 'reason+district'],
    [100, 10, 'kirovsky', 'reason'],
    [101, 10, 'nevsky', 'category+district'],
    [101, 10, 'kirovsky', 'category'],
    [101, 11, 'nevsky', 'district'],
    [101, 11, 'kirovsky', 'city'],
    [101, 11, null, 'city'],
    [100, 10, null, 'reason'],
  ])('reason %s in category %s, district %s → %s', (reasonId, categoryId, districtId, expected) => {
    expect(pickRule(rules, { reasonId, categoryId, districtId })?.departmentId).toBe(expected);
  });

  it('rules are independent of their order; ties go to the oldest rule', () => {
    const reversed = [...rules].reverse();
    expect(pickRule(reversed, { reasonId: 100, categoryId: 10, districtId: 'nevsky' })?.id).toBe(6);
    const tie = [rule(9, null, null, null, 'newer'), rule(8, null, null, null, 'older')];
    expect(pickRule(tie, { reasonId: 1, categoryId: 1, districtId: null })?.departmentId).toBe('older');
  });

  it('no applicable rule → undefined', () => {
    expect(pickRule([rule(1, 5, null, null, 'x'), rule(2, null, 7, 'nevsky', 'y')], { reasonId: 6, categoryId: 7, districtId: 'kirovsky' })).toBeUndefined();
    expect(pickRule([], { reasonId: 6, categoryId: 7, districtId: null })).toBeUndefined();
  });

  it('a reason rule whose category does not match the reason does not apply', () => {
    expect(pickRule([rule(1, 100, 99, null, 'x')], { reasonId: 100, categoryId: 10, districtId: null })).toBeUndefined();
  });
});
