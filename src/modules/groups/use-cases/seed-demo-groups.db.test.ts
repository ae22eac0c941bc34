import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient } from '../../../../test/http-client.js';
import { accountsModule } from '../../accounts/index.js';
import { demoBuildingName, demoDeputyEmail, demoOfficialEmail, seedDemoGroups } from './seed-demo-groups.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => {});
  await seedDemoGroups(t.ctx, () => {});
  await seedDemoGroups(t.ctx, () => {});
});
afterAll(async () => t?.close());

describe('the demo groups', () => {
  it('a building community with posts, a neighbourhood group, a verified NGO and a deputy’s page with office hours, once', async () => {
    const list = await new TestClient(t.app, 'ru').get('/api/groups?district=admiralteysky');
    expect(list.body.items.map((g: { kind: string }) => g.kind).sort()).toEqual(['building', 'neighbourhood', 'organisation', 'public_figure']);
    const building = list.body.items.find((g: { name: string }) => g.name === demoBuildingName);
    expect(building).toMatchObject({ memberCount: 3, postCount: 3 });
    const figure = list.body.items.find((g: { kind: string }) => g.kind === 'public_figure');
    const page = await new TestClient(t.app, 'ru').get(`/api/groups/${figure.id}`);
    expect(page.body).toMatchObject({ verified: true, officeHours: expect.stringMatching(/образец/) });
    const [deputy] = await queryRows<{ id: string; same: boolean }>(
      t.database.db,
      sql`select d.id, d.password_hash = a.password_hash as same from users d, users a where d.email = ${demoDeputyEmail} and a.email = 'anna.petrova@gorod.demo'`,
    );
    expect(deputy).toMatchObject({ id: page.body.ownerId, same: true });
  });

  it('a verified page of the Nevsky district administration’s demo official, who answers its demo reports', async () => {
    const list = await new TestClient(t.app, 'ru').get('/api/groups?district=nevsky&kind=public_figure');
    expect(list.body.items).toHaveLength(1);
    const page = await new TestClient(t.app, 'ru').get(`/api/groups/${list.body.items[0].id}`);
    expect(page.body).toMatchObject({ verified: true, officeHours: expect.stringMatching(/образец/) });
    const [official] = await queryRows<{ id: string }>(t.database.db, sql`select id from users where email = ${demoOfficialEmail}`);
    expect(page.body.ownerId).toBe(official!.id);
    // its answers come from the reports demo (not seeded here): the list is there, empty
    expect((await new TestClient(t.app, 'ru').get(`/api/groups/${page.body.id}/answers`)).body).toMatchObject({ total: 0, items: [] });
  });
});
