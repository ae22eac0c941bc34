import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';

// Events organised on a group's behalf: who may, when they are public at once, who manages them, and the group filter.
let t: TestApp;
let owner: TestPerson;
let coAdmin: TestPerson;
let member: TestPerson;
let club: string;
let ngo: string;

const day = 86_400_000;
const inDays = (n: number, hours = 0) => new Date(Date.now() + n * day + hours * 3_600_000).toISOString();
const verified = (lang: 'ru' | 'en' = 'en') => person(t, { verified: { districtId: 'admiralteysky' }, lang });

const organise = (p: TestPerson, groupId: string | null, body: Record<string, unknown> = {}) =>
  p.client.post('/api/events', {
    kind: 'cleanup',
    title: 'Субботник во дворе',
    description: 'Убираем двор и сажаем цветы у подъездов.',
    lat: 59.9187,
    lon: 30.288,
    address: 'Сквер у Никольского собора',
    startsAt: inDays(6),
    endsAt: inDays(6, 3),
    groupId,
    ...body,
  });

async function createGroup(body: Record<string, unknown>): Promise<string> {
  const res = await owner.client.post('/api/groups', {
    kind: 'interest',
    name: 'Шахматы в сквере',
    description: 'Играем по выходным в сквере у дома.',
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}

beforeAll(async () => {
  t = await testApp();
  [owner, coAdmin, member] = [await verified(), await verified(), await verified('ru')];
  club = await createGroup({});
  ngo = await createGroup({ kind: 'organisation', name: 'Фонд «Зелёный двор»', registrationNumber: 'ОГРН 1027800000002' });
  const admin = await person(t, { roles: ['administrator'] });
  expect((await admin.client.post(`/api/groups/${ngo}/verify`, { approve: true })).status).toBe(200);
  for (const g of [club, ngo]) {
    for (const p of [coAdmin, member]) expect((await p.client.post(`/api/groups/${g}/join`, {})).body).toEqual({ state: 'member' });
    expect((await owner.client.post(`/api/groups/${g}/members/${coAdmin.userId}/role`, { role: 'admin' })).status).toBe(204);
  }
});
afterAll(async () => t?.close());

describe('organising on behalf of a group', () => {
  it('a verified organisation’s event is public at once, names the group, and its members hear of it', async () => {
    const res = await organise(coAdmin, ngo);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ moderation: 'visible', organisedBy: 'group', group: { id: ngo, name: 'Фонд «Зелёный двор»', verified: true } });
    expect((await new TestClient(t.app, 'en').get(`/api/events/${res.body.id}`)).status).toBe(200);
    await t.ctx.jobs.runDue();
    const items = (await member.client.get('/api/notifications')).body.items as { kind: string; text: string }[];
    expect(items.find((n) => n.kind === 'event.group_event')?.text).toMatch(/«Фонд «Зелёный двор»» проводит мероприятие: «Субботник во дворе»/);
  });

  it('an interest group’s event waits for a moderator like a resident’s; the group’s admins see it held; members hear once it is let through', async () => {
    const res = await organise(owner, club, { title: 'Турнир по шахматам' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ moderation: 'held', group: { id: club, verified: false } });
    expect((await member.client.get(`/api/events/${res.body.id}`)).status).toBe(404);
    expect((await coAdmin.client.get(`/api/events/${res.body.id}`)).body).toMatchObject({ isOrganiser: true, moderation: 'held' });
    const moderator = await person(t, { roles: ['moderator'] });
    const decided = await moderator.client.post(`/api/moderation/cases/event/${res.body.id}/decision`, { action: 'restore', reason: 'Проверено.' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    await t.ctx.jobs.runDue();
    const items = (await member.client.get('/api/notifications')).body.items as { kind: string; text: string }[];
    expect(items.filter((n) => n.kind === 'event.group_event').map((n) => n.text)).toContainEqual(expect.stringMatching(/Турнир по шахматам/));
  });

  it('refuses a plain member, a non-member and a banned admin (403, in their language); an unknown group is the input’s mistake', async () => {
    const denied = await organise(member, club);
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'event_group_not_run', message: expect.stringMatching(/владелец и администраторы/) });
    expect((await organise(await verified(), club)).status).toBe(403);
    const banned = await verified();
    await banned.client.post(`/api/groups/${club}/join`, {});
    await owner.client.post(`/api/groups/${club}/members/${banned.userId}/role`, { role: 'admin' });
    expect((await organise(banned, club)).status).toBe(201);
    expect((await owner.client.post(`/api/groups/${club}/members/${banned.userId}/remove`, { reason: 'Нарушал правила', ban: true })).status).toBe(204);
    expect((await organise(banned, club)).status).toBe(403);
    const unknown = await organise(owner, '00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.error.fields)).toEqual(['groupId']);
    expect((await organise(owner, 'not-a-group')).status).toBe(400);
  });

  it('any of its current admins manages the group’s event; one who stops running the group no longer does', async () => {
    const id = (await organise(owner, ngo)).body.id as string;
    expect((await coAdmin.client.get(`/api/events/${id}/registrations`)).status).toBe(200);
    expect((await member.client.post(`/api/events/${id}/cancel`, { reason: '' })).status).toBe(403);
    expect((await owner.client.post(`/api/groups/${ngo}/members/${coAdmin.userId}/role`, { role: 'member' })).status).toBe(204);
    expect((await coAdmin.client.post(`/api/events/${id}/cancel`, { reason: '' })).status).toBe(403);
    expect((await owner.client.post(`/api/groups/${ngo}/members/${coAdmin.userId}/role`, { role: 'admin' })).status).toBe(204);
    expect((await coAdmin.client.post(`/api/events/${id}/cancel`, { reason: 'Перенесли на весну' })).status).toBe(204);
  });

  it('the list filters by group and by groups as organisers; my organised events and the groups I run are mine', async () => {
    const id = (await organise(coAdmin, ngo, { title: 'Лекция о деревьях города' })).body.id as string;
    const visitor = new TestClient(t.app, 'en');
    const byGroup = (await visitor.get(`/api/events?groupId=${ngo}`)).body.items as { id: string; group: { id: string } }[];
    expect(byGroup.map((e) => e.id)).toContain(id);
    expect(byGroup.every((e) => e.group.id === ngo)).toBe(true);
    expect(((await visitor.get(`/api/events?groupId=${club}`)).body.items as { id: string }[]).map((e) => e.id)).not.toContain(id);
    expect(((await visitor.get('/api/events?organiser=groups')).body.items as { organisedBy: string }[]).every((e) => e.organisedBy === 'group')).toBe(true);
    expect((await visitor.get('/api/events?groupId=nope')).status).toBe(400);
    expect(((await coAdmin.client.get('/api/me/events')).body.organised as { id: string }[]).map((e) => e.id)).toContain(id);
    expect((await coAdmin.client.get('/api/events/organisers/mine')).body.items.map((g: { id: string }) => g.id).sort()).toEqual([club, ngo].sort());
    expect((await member.client.get('/api/events/organisers/mine')).body.items).toEqual([]);
    expect((await visitor.get('/api/events/organisers/mine')).status).toBe(401);
  });
});
