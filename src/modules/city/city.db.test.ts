import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { TestClient } from '../../../test/http-client.js';
import { seedDemo } from '../../runtime.js';
import { modules } from '../../modules.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('the city', () => {
  it('lists the 18 districts with Russian and English names and real areas', async () => {
    const res = await new TestClient(t.app).get('/api/districts');
    expect(res.body.items).toHaveLength(18);
    expect(res.body.items.find((d: { id: string }) => d.id === 'admiralteysky')).toMatchObject({
      nameRu: 'Адмиралтейский район',
      nameEn: 'Admiralteysky District',
    });
    const simplified = await new TestClient(t.app).get('/api/districts?geometry=simplified');
    expect(simplified.body.items[0].geometry.type).toMatch(/Polygon/);
  });

  it('finds the district of a point, and says plainly when it is outside the city', async () => {
    const c = new TestClient(t.app, 'ru');
    expect((await c.get('/api/districts/at?lat=59.9256&lon=30.296')).body.id).toBe('admiralteysky');
    const outside = await c.get('/api/districts/at?lat=55.7558&lon=37.6173');
    expect(outside.status).toBe(404);
    expect(outside.body.error.message).toBe('Эта точка не входит ни в один район города.');
    const bad = await c.get('/api/districts/at?lat=north&lon=30');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields)).toEqual(['lat']);
  });

  it('shows one department, and says plainly when there is none', async () => {
    const c = new TestClient(t.app, 'ru');
    const res = await c.get('/api/departments/admin-nevsky');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'admin-nevsky', districtId: 'nevsky' });
    const missing = await c.get('/api/departments/nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Такого исполнителя нет.');
  });

  it('has a district administration for every district plus city committees', async () => {
    const res = await new TestClient(t.app).get('/api/departments');
    const admins = res.body.items.filter((d: { kind: string }) => d.kind === 'district_administration');
    expect(admins).toHaveLength(18);
    expect(admins.find((d: { id: string }) => d.id === 'admin-nevsky').nameRu).toBe('Администрация Невского района');
    // every demo department has contacts, and the page says which of them are a made-up sample
    for (const d of res.body.items as { phone: string | null; email: string | null; address: string | null; website: string | null }[]) {
      expect(d.phone).toMatch(/^\+7 \(812\) 000-\d\d-\d\d$/);
      expect(d.email).toMatch(/@gorod\.demo$/);
      expect(d.address).toMatch(/приём: .* — образец$/);
      expect(d.website).toMatch(/^https:\/\/www\.gov\.spb\.ru\//);
    }
    expect(admins.find((d: { id: string }) => d.id === 'admin-nevsky').address).toMatch(/^пр\. Обуховской Обороны, 163 · /);
  });

  it('seeding the demo city twice changes nothing the second time', async () => {
    const lines: string[] = [];
    await seedDemo(t.ctx, modules, (l) => lines.push(l));
    const first = (await new TestClient(t.app).get('/api/city')).body.figures;
    await seedDemo(t.ctx, modules, (l) => lines.push(l));
    const second = (await new TestClient(t.app).get('/api/city')).body.figures;
    expect(second).toEqual(first);
    expect(first).toMatchObject({ districts: 18, departments: 23, residents: 13 }); // the administrator, 6 residents, 4 staff, the budgeting expert, the deputy
    expect(lines.filter((l) => l.startsWith('Demo administrator'))).toHaveLength(1);
    // every module's demo, twice (a dozen argon2 hashes, the reports and their map cells): 8–12 s alone on a 2-core
    // machine, past 30 s while a whole run's other workers share it
  }, 90_000);
});
