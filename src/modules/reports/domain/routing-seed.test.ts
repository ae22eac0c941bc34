import { describe, expect, it } from 'vitest';
import { pickRule } from './routing.js';
import { demoRoutingRules, type KindDepartments } from './routing-seed.js';

const departments: KindDepartments = {
  districtAdministration: (d) => `admin-${d}`,
  committees: {
    improvement_committee: 'committee-improvement',
    roads_committee: 'committee-roads',
    housing_committee: 'housing-committee',
    energy_committee: 'committee-energy',
    housing_inspection: 'state-housing-inspection',
  },
  fallback: 'committee-improvement',
};

describe('demo routing rules', () => {
  const rules = demoRoutingRules(
    {
      districtIds: ['nevsky', 'kirovsky'],
      // 3/3 Улица / Благоустройство (district), 9/28 Мост / Благоустройство (roads), 1/22 Дом / Капремонт (housing)
      categories: [
        { id: 3, objectId: 3 },
        { id: 28, objectId: 9 },
        { id: 22, objectId: 1 },
      ],
      reasons: [
        { id: 75, categoryId: 3, departmentKind: 'district_administration' },
        { id: 9, categoryId: 3, departmentKind: 'roads_committee' },
        { id: 99, categoryId: 28, departmentKind: 'roads_committee' },
        { id: 73, categoryId: 22, departmentKind: 'district_administration' },
      ],
    },
    departments,
  ).map((r, i) => ({ ...r, id: i + 1 }));
  const route = (reasonId: number, categoryId: number, districtId: string | null) => pickRule(rules, { reasonId, categoryId, districtId })?.departmentId;

  it.each([
    [75, 3, 'nevsky', 'admin-nevsky'],
    [75, 3, 'kirovsky', 'admin-kirovsky'],
    [75, 3, null, 'committee-improvement'],
    [9, 3, 'nevsky', 'committee-roads'],
    [99, 28, 'kirovsky', 'committee-roads'],
    [100, 28, 'nevsky', 'committee-roads'],
    [73, 22, 'kirovsky', 'admin-kirovsky'],
    [79, 22, 'kirovsky', 'housing-committee'],
  ])('reason %s (category %s) in %s → %s', (reasonId, categoryId, districtId, expected) => {
    expect(route(reasonId, categoryId, districtId)).toBe(expected);
  });

  it('has no duplicate rules', () => {
    const keys = rules.map((r) => `${r.reasonId}|${r.categoryId}|${r.districtId}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
