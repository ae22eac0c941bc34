import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { lifeRoles, services } from '../db/schema.js';
import { seedDemoServices } from '../use-cases/seed-demo-services.js';
import { lifeRoleSearch, serviceSearch } from '../use-cases/services-search.js';
import { reindexSearch } from '../../../core/search/refresh.js';

let t: TestApp;
let admin: TestPerson;
let resident: TestPerson;
let visitor: TestClient;

type Role = { id: string; key: string; mine: boolean; serviceCount: number };
const roles = async (c: TestClient) => (await c.get('/api/services/roles')).body.items as Role[];
const kindergarten = async () => (await t.database.db.select().from(services).where(eq(services.key, 'gu-188351')))[0]!;

beforeAll(async () => {
  t = await testApp();
  await seedDemoServices(t.ctx, () => {});
  admin = await person(t, { roles: ['administrator'] });
  resident = await person(t);
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('the demo catalogue', () => {
  it('holds the 13 gu.spb.ru life situations as roles and their 70 services, once however often it is seeded', async () => {
    await seedDemoServices(t.ctx, () => {});
    const [r] = await t.database.db.select({ n: count() }).from(lifeRoles);
    const [s] = await t.database.db.select({ n: count() }).from(services);
    expect(Number(r!.n)).toBe(13);
    expect(Number(s!.n)).toBe(70);
    const parent = (await roles(visitor)).find((x) => x.key === 'parent')!;
    expect(parent.serviceCount).toBe(23);
  });

  it('shows the kindergarten enrolment under «Я родитель» with how to get it, its documents and the demo label', async () => {
    const role = await visitor.get('/api/services/roles/parent');
    expect(role.status).toBe(200);
    expect(role.body.role.nameRu).toBe('Я родитель');
    const item = (role.body.services as { id: string; title: string }[]).find((x) => x.title === 'Зачисление детей в государственные детские сады')!;
    const page = await visitor.get(`/api/services/${item.id}`);
    expect(page.body.onlineLink).toBe('https://gu.spb.ru/188351/');
    expect(page.body.documents).toContain('Свидетельство о рождении ребёнка');
    expect(page.body.demoText).toBe(true);
    expect(page.body.description).toMatch(/^Демо-описание/);
    expect((page.body.roles as { key: string }[]).map((x) => x.key).sort()).toEqual(['parent', 'svo']);
  });

  it('answers 404 in the reader’s language for a role or service that is not there', async () => {
    const res = await new TestClient(t.app, 'ru').get('/api/services/roles/no-such-role');
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/Такой жизненной роли нет/);
    expect((await visitor.get('/api/services/00000000-0000-0000-0000-000000000000')).status).toBe(404);
    expect((await visitor.get('/api/services/%3Cscript%3E')).status).toBe(404);
  });
});

describe('my life roles', () => {
  it('lead the catalogue once a resident chooses them, and stay theirs alone', async () => {
    const all = await roles(resident.client);
    const parent = all.find((x) => x.key === 'parent')!;
    const moving = all.find((x) => x.key === 'moving')!;
    const res = await resident.client.put('/api/services/my-roles', { roleIds: [moving.id, parent.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const mine = await roles(resident.client);
    expect(mine.slice(0, 2).map((x) => x.key)).toEqual(['parent', 'moving']);
    expect(mine.slice(0, 2).every((x) => x.mine)).toBe(true);
    expect((await roles(visitor)).some((x) => x.mine)).toBe(false);
    expect((await resident.client.get('/api/services/my-roles')).body.roleIds.sort()).toEqual([moving.id, parent.id].sort());
  });

  it('refuses a role that is not in the catalogue, and a visitor', async () => {
    const res = await resident.client.put('/api/services/my-roles', { roleIds: ['00000000-0000-0000-0000-000000000000'] });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('service_role_unknown');
    expect((await resident.client.put('/api/services/my-roles', { roleIds: ['parent'] })).status).toBe(400);
    expect((await visitor.put('/api/services/my-roles', { roleIds: [] })).status).toBe(401);
  });
});

describe('usefulness', () => {
  it('counts one mark per resident, changed by marking again, and administrators read it with the notes', async () => {
    const k = await kindergarten();
    const first = await resident.client.put(`/api/services/${k.id}/mark`, { useful: true, note: 'Подали за 10 минут.' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ usefulCount: 1, notUsefulCount: 0 });
    const other = await person(t);
    expect((await other.client.put(`/api/services/${k.id}/mark`, { useful: false })).body).toMatchObject({ usefulCount: 1, notUsefulCount: 1 });
    expect((await other.client.put(`/api/services/${k.id}/mark`, { useful: true })).body).toMatchObject({ usefulCount: 2, notUsefulCount: 0 });
    expect((await resident.client.get(`/api/services/${k.id}`)).body.mine).toEqual({ useful: true, note: 'Подали за 10 минут.' });

    const list = await admin.client.get('/api/admin/services');
    const row = (list.body.services as { id: string; usefulPercent: number | null; usefulCount: number }[]).find((x) => x.id === k.id)!;
    expect(row).toMatchObject({ usefulCount: 2, usefulPercent: 100 });
    const view = await admin.client.get(`/api/admin/services/${k.id}`);
    expect((view.body.notes as { note: string }[]).map((n) => n.note)).toEqual(['Подали за 10 минут.']);
  });

  it('refuses visitors, a note too long, and residents reading the administrators’ page', async () => {
    const k = await kindergarten();
    expect((await visitor.put(`/api/services/${k.id}/mark`, { useful: true })).status).toBe(401);
    const long = await resident.client.put(`/api/services/${k.id}/mark`, { useful: true, note: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect(long.body.error.fields.note).toBeTruthy();
    expect((await resident.client.get('/api/admin/services')).status).toBe(403);
    expect((await resident.client.put('/api/services/00000000-0000-0000-0000-000000000000/mark', { useful: true })).status).toBe(404);
  });
});

describe('proposals', () => {
  it('a proposed service waits for a moderator, then joins its role with the proposer credited', async () => {
    const proposer = await person(t);
    const res = await proposer.client.post('/api/services/proposals/services', {
      title: 'Компенсация за детский сад',
      description: 'Родителям возвращают часть родительской платы за детский сад.',
      roles: ['parent'],
      inPerson: 'В МФЦ',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.moderation).toBe('held');
    const id = res.body.id as string;
    expect((await visitor.get(`/api/services/${id}`)).status).toBe(404);
    expect((await proposer.client.get(`/api/services/${id}`)).status).toBe(200);
    const listed = async () => ((await visitor.get('/api/services/roles/parent')).body.services as { id: string }[]).some((x) => x.id === id);
    expect(await listed()).toBe(false);

    const moderator = await person(t, { roles: ['moderator'] });
    const queue = await moderator.client.get('/api/moderation/queue');
    expect((queue.body.items as { entityType: string; entityId: string }[]).some((c) => c.entityType === 'service' && c.entityId === id)).toBe(true);
    const decided = await moderator.client.post(`/api/moderation/cases/service/${id}/decision`, { action: 'restore', reason: 'Полезная услуга, проверено.' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(await listed()).toBe(true);
    expect((await visitor.get(`/api/services/${id}`)).body.proposedBy.id).toBe(proposer.userId);
  });

  it('a proposed role is held too; a proposal without a way to get the service or with an unknown role is refused by field', async () => {
    const role = await resident.client.post('/api/services/proposals/roles', {
      nameRu: 'Я владелец собаки',
      description: 'Площадки для выгула, регистрация питомца.',
    });
    expect(role.status, JSON.stringify(role.body)).toBe(201);
    expect((await roles(visitor)).some((x) => x.id === role.body.id)).toBe(false);
    const noWay = await resident.client.post('/api/services/proposals/services', {
      title: 'Что-то',
      description: 'Описание услуги без способа.',
      roles: ['parent'],
    });
    expect(noWay.status).toBe(400);
    expect(noWay.body.error.fields.onlineLink).toBeTruthy();
    const unknown = await resident.client.post('/api/services/proposals/services', {
      title: 'Что-то',
      description: 'Описание услуги для роли, которой нет.',
      roles: ['nobody'],
      phone: '+7 812 000-00-00',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.roles).toBeTruthy();
    expect((await visitor.post('/api/services/proposals/roles', { nameRu: 'Я гость', description: 'Без входа нельзя.' })).status).toBe(401);
  });
});

describe('administering and importing', () => {
  it('an administrator adds and changes a service, and the audit log says so', async () => {
    const body = {
      key: 'pet-registration',
      title: 'Регистрация домашнего животного',
      description: 'Чипирование и запись питомца в городской реестр.',
      providerName: 'Городская ветеринарная станция',
      phone: '+7 812 000-00-01',
      roles: ['parent'],
    };
    const created = await admin.client.post('/api/admin/services', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect((await admin.client.post('/api/admin/services', body)).status).toBe(409);
    const changed = await admin.client.put(`/api/admin/services/${created.body.id}`, { ...body, key: 'ignored', price: 'Бесплатно' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await visitor.get(`/api/services/${created.body.id}`)).body.price).toBe('Бесплатно');
    const audit = await visitor.get('/api/audit?limit=5');
    expect(JSON.stringify(audit.body)).toMatch(/changed the service/);
    expect((await resident.client.post('/api/admin/services', body)).status).toBe(403);
  });

  it('an import with a bad line names it and writes nothing; a good one upserts by key', async () => {
    const csv = [
      'key,title,description,online_link,roles,documents',
      'new-one,Новая услуга,Описание новой услуги для проверки.,https://example.org/a,parent,Паспорт; СНИЛС',
      'bad-one,Плохая,Описание плохой услуги без способа.,,parent,',
      'bad-two,Ещё,Описание услуги с неизвестной ролью.,https://example.org/b,nobody,',
    ].join('\n');
    const res = await admin.client.post('/api/admin/services/import', { format: 'csv', text: csv });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/line 3/);
    expect(res.body.error.message).toMatch(/line 4/);
    expect((await t.database.db.select().from(services).where(eq(services.key, 'new-one'))).length).toBe(0);

    const dry = await admin.client.post('/api/admin/services/import', { format: 'csv', text: csv, dryRun: true });
    expect(dry.status).toBe(200);
    expect((dry.body.problems as { at: string }[]).map((p) => p.at)).toEqual(['line 3', 'line 4']);

    const good = await admin.client.post('/api/admin/services/import', { format: 'csv', text: csv.split('\n').slice(0, 2).join('\n') });
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    const [row] = await t.database.db.select().from(services).where(eq(services.key, 'new-one'));
    expect(row!.documents).toEqual(['Паспорт', 'СНИЛС']);

    const json = await admin.client.post('/api/admin/services/import', {
      format: 'json',
      text: JSON.stringify({ roles: [{ key: 'dog-owner', nameRu: 'Я владелец собаки', nameEn: 'I have a dog', icon: '🐕' }], services: [{ key: 'x' }] }),
    });
    expect(json.status).toBe(400);
    expect(json.body.error.message).toMatch(/service 1/);
    expect((await admin.client.post('/api/admin/services/import', { format: 'json', text: '{not json' })).status).toBe(400);
    expect((await resident.client.post('/api/admin/services/import', { format: 'csv', text: csv })).status).toBe(403);
  });
});

describe('search', () => {
  it('finds the kindergarten service and the parent role in the city-wide search, and never a proposal waiting for moderation', async () => {
    await reindexSearch(t.database.db, [serviceSearch, lifeRoleSearch]);
    const held = await resident.client.post('/api/services/proposals/services', {
      title: 'Детские сады: секретная запись',
      description: 'Предложение ещё не проверено модератором.',
      roles: ['parent'],
      phone: '+7 812 000-00-02',
    });
    expect(held.status).toBe(201);
    await t.ctx.jobs.runDue();
    const res = await visitor.get(`/api/search?q=${encodeURIComponent('детские сады')}&kind=service`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const titles = (res.body.items as { title: string; path: string }[]).map((i) => i.title);
    expect(titles).toContain('Зачисление детей в государственные детские сады');
    expect(titles).not.toContain('Детские сады: секретная запись');
    const role = await visitor.get(`/api/search?q=${encodeURIComponent('родитель')}&kind=life_role`);
    expect(role.status, JSON.stringify(role.body)).toBe(200);
    expect((role.body.items as { path: string }[]).map((i) => i.path)).toContain('/services/roles/parent');
  });
});
