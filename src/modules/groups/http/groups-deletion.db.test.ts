import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person } from '../../../../test/fixtures.js';
import { strongPassword, TestClient } from '../../../../test/http-client.js';

let t: TestApp;

const verified = () => person(t, { verified: { districtId: 'admiralteysky' } });
const create = (c: TestClient, name: string) => c.post('/api/groups', { kind: 'interest', name, description: 'Играем по выходным в сквере у дома.' });
const deleteAccount = (c: TestClient) => c.post('/api/me/account/delete', { password: strongPassword, content: 'anonymise' });

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => t?.close());

describe('a group whose last owner deletes their account', () => {
  it('passes to its longest-standing admin, ahead of members who joined earlier; the group stays listed', async () => {
    const owner = await verified();
    const g = (await create(owner.client, 'Шахматы у Покровки')).body;
    const early = await verified();
    const admin = await verified();
    for (const p of [early, admin]) expect((await p.client.post(`/api/groups/${g.id}/join`, {})).body).toEqual({ state: 'member' });
    expect((await owner.client.post(`/api/groups/${g.id}/members/${admin.userId}/role`, { role: 'admin' })).status).toBe(204);

    expect((await deleteAccount(owner.client)).status).toBe(200);
    const page = await admin.client.get(`/api/groups/${g.id}`);
    expect(page.body.me).toMatchObject({ role: 'owner', canManage: true });
    expect(page.body.memberCount).toBe(2);
    expect((await early.client.get(`/api/groups/${g.id}`)).body.me).toMatchObject({ role: 'member' });
    const listed = await new TestClient(t.app, 'en').get('/api/groups?q=Покровки');
    expect(listed.body.items.map((x: { id: string }) => x.id)).toContain(g.id);
  });

  it('without an admin passes to the member who joined first', async () => {
    const owner = await verified();
    const g = (await create(owner.client, 'Бег по набережной')).body;
    const first = await verified();
    const second = await verified();
    for (const p of [first, second]) await p.client.post(`/api/groups/${g.id}/join`, {});
    expect((await deleteAccount(owner.client)).status).toBe(200);
    expect((await first.client.get(`/api/groups/${g.id}`)).body.me).toMatchObject({ role: 'owner' });
    expect((await second.client.get(`/api/groups/${g.id}`)).body.me).toMatchObject({ role: 'member' });
  });

  it('with no member left is hidden: gone from the list and its page', async () => {
    const owner = await verified();
    const g = (await create(owner.client, 'Одинокий клуб садоводов')).body;
    const visitor = new TestClient(t.app, 'en');
    expect((await visitor.get('/api/groups?q=садоводов')).body.items.map((x: { id: string }) => x.id)).toContain(g.id);
    expect((await deleteAccount(owner.client)).status).toBe(200);
    expect((await visitor.get('/api/groups?q=садоводов')).body.items.map((x: { id: string }) => x.id)).not.toContain(g.id);
    expect((await visitor.get(`/api/groups/${g.id}`)).status).toBe(404);
  });
});
