import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../../test/db.js';
import { departments } from '../../../core/city/schema.js';
import type { Database } from '../../../core/db/client.js';
import type { AreaQuery } from '../../../core/module/area.js';
import { departmentArea, departmentsInArea } from './department-area.js';

let database: Database;
const now = new Date();
const ids = async (q: AreaQuery) => (await departmentsInArea(database.db, q, 20)).items.map((i) => i.id);

beforeAll(async () => {
  database = await testDatabase();
  await database.db.insert(departments).values([
    {
      id: 'admiralteysky-old',
      nameRu: 'Бывшее управление',
      nameEn: 'Former office',
      kind: 'district_administration',
      districtId: 'admiralteysky',
      retiredAt: now,
    },
    {
      id: 'admiralteysky-merged',
      nameRu: 'Слитое управление',
      nameEn: 'Merged office',
      kind: 'district_administration',
      districtId: 'admiralteysky',
      mergedIntoId: 'admin-admiralteysky',
    },
  ]);
});
afterAll(async () => database?.close());

describe('departments on the area page', () => {
  it('lists the district’s administration first with its public contacts, then the city-wide committees; never a retired or merged one', async () => {
    const section = await departmentsInArea(database.db, { type: 'district', districtId: 'admiralteysky', lang: 'en', now }, 20);
    const committees = (await database.db.select().from(departments)).filter((d) => d.districtId === null);
    expect(section.total).toBe(1 + committees.length);
    const [first, ...rest] = section.items.map((i) => i.id);
    expect(first).toBe('admin-admiralteysky');
    expect(rest.sort()).toEqual(committees.map((c) => c.id).sort());
    const [administration] = section.items;
    expect(administration).toMatchObject({
      kind: 'department',
      title: 'Admiralteysky District Administration',
      path: '/departments/admin-admiralteysky',
      status: null,
      lat: null,
      distanceMeters: null,
      districtId: 'admiralteysky',
      date: null,
    });
    expect(administration!.contacts).toEqual({ phone: expect.any(String), email: expect.any(String), address: expect.any(String) });
    expect(section.items.map((i) => i.id)).not.toContain('admin-nevsky');
    expect(section.items.map((i) => i.id)).not.toContain('admiralteysky-old');
    expect(section.items.map((i) => i.id)).not.toContain('admiralteysky-merged');
  });

  it('serves a circle by its centre’s district, in the query’s language; a circle in no district by the city-wide ones only', async () => {
    const circle = { type: 'circle', lat: 59.9343, lon: 30.3351, radiusMeters: 500, lang: 'ru', now } as const;
    const section = await departmentsInArea(database.db, { ...circle, districtId: 'nevsky' }, 1);
    expect(section.items).toEqual([expect.objectContaining({ id: 'admin-nevsky', title: 'Администрация Невского района' })]);
    const cityWide = (await database.db.select().from(departments)).filter((d) => d.districtId === null && !d.retiredAt).map((d) => d.id);
    expect((await ids({ ...circle, districtId: null })).sort()).toEqual(cityWide.sort());
    expect(departmentArea.alerts).toBeUndefined();
  });
});
