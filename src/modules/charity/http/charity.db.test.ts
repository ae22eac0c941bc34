import crypto from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { person, type TestPerson } from '../../../../test/fixtures.js';
import { groupWith } from '../../../../test/group-fixtures.js';
import { TestClient } from '../../../../test/http-client.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { causePledges, causes } from '../db/schema.js';
import { seedDemoCharity } from '../use-cases/seed-demo-charity.js';

let t: TestApp;
let admin: TestPerson;
let resident: TestPerson;
let visitor: TestClient;

/** A cause giving by bank details (invented, checksum-valid numbers). */
const body = (over: Record<string, unknown> = {}) => ({
  title: 'Тёплые вещи для приюта',
  organisation: 'Фонд «Тёплый дом»',
  inn: '7801000005',
  ogrn: '1027800000007',
  goal: 'Собрать на зиму тёплые вещи для постояльцев приюта.',
  spending: 'Куртки, обувь и одеяла по списку приюта.',
  targetRubles: 100_000,
  districtId: 'tsentralny',
  givingMethod: 'bank',
  recipient: 'Фонд «Тёплый дом»',
  bankName: 'Банк',
  bik: '044030999',
  account: '40703810900000000001',
  correspondentAccount: '30101810400000000999',
  ...over,
});
const linkBody = {
  givingMethod: 'link',
  paymentUrl: 'https://pay.example.org/warm',
  recipient: null,
  bankName: null,
  bik: null,
  account: null,
  correspondentAccount: null,
};

async function draft(over: Record<string, unknown> = {}): Promise<string> {
  const res = await admin.client.post('/api/admin/charity/causes', body(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as string;
}
async function approved(over: Record<string, unknown> = {}): Promise<string> {
  const id = await draft(over);
  expect((await admin.client.post(`/api/admin/charity/causes/${id}/approve`, {})).status).toBe(200);
  return id;
}
/** A "donation to the cause" reward in the points catalogue. */
async function donation(causeId: string, cost: number): Promise<{ status: number; id: string; body: Record<string, unknown> }> {
  const res = await admin.client.post('/api/admin/points/rewards', {
    kind: 'donation',
    targetType: 'cause',
    targetId: causeId,
    title: 'Пожертвование баллов',
    cost,
    stock: 1000,
  });
  return { status: res.status, id: res.body.id as string, body: res.body };
}
async function give(userId: string, delta: number) {
  expect((await admin.client.post('/api/admin/points/adjustments', { userId, delta, reason: 'test credit' })).status).toBe(200);
}
const balance = async (c: TestClient) => (await c.get('/api/points/me')).body.balance as number;
const pledged = async (id: string) => (await t.database.db.select().from(causes).where(eq(causes.id, id)))[0]!.pledgedPoints;

beforeAll(async () => {
  t = await testApp();
  admin = await person(t, { roles: ['administrator'] });
  resident = await person(t);
  visitor = new TestClient(t.app, 'en');
});
afterAll(async () => t?.close());

describe('vetting', () => {
  it('a draft is not public: not on its page, in the list, nor in a share preview; approving makes it so, audited', async () => {
    const id = await draft();
    expect((await visitor.get(`/api/charity/causes/${id}`)).status).toBe(404);
    expect((await resident.client.get(`/api/charity/causes/${id}`)).body.error.code).toBe('cause_not_found');
    expect((await visitor.get('/api/charity/causes')).body.items.map((c: { id: string }) => c.id)).not.toContain(id);
    expect((await t.ctx.entities.describeOne(t.database.db, 'cause', id))?.visible).toBe(false);
    expect((await admin.client.get(`/api/charity/causes/${id}`)).body.state).toBe('draft');

    const res = await admin.client.post(`/api/admin/charity/causes/${id}/approve`, {});
    expect(res.body).toMatchObject({ state: 'approved', giving: { method: 'bank', bank: { bik: '044030999', inn: '7801000005' } } });
    expect((await visitor.get(`/api/charity/causes/${id}`)).status).toBe(200);
    expect((await visitor.get('/api/charity/causes')).body.items.map((c: { id: string }) => c.id)).toContain(id);
    expect((await t.ctx.entities.describeOne(t.database.db, 'cause', id))?.visible).toBe(true);
    expect((await admin.client.post(`/api/admin/charity/causes/${id}/approve`, {})).body.error.code).toBe('cause_already_approved');
    const actions = await t.database.db.execute(sql`select action from audit_log where subject_id = ${id} order by seq`);
    expect((actions as unknown as { rows: { action: string }[] }).rows.map((r) => r.action)).toEqual(['charity.cause_created', 'charity.cause_approved']);
  });

  it('refuses a bad ИНН or ОГРН, bank details that do not check, and a payment link that is not https', async () => {
    const refused = async (over: Record<string, unknown>, field: string) => {
      const res = await admin.client.post('/api/admin/charity/causes', body(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(Object.keys(res.body.error.fields ?? {}), JSON.stringify(res.body)).toContain(field);
    };
    await refused({ inn: '7801000006' }, 'inn');
    await refused({ inn: '78010000' }, 'inn');
    await refused({ ogrn: '1027800000008' }, 'ogrn');
    await refused({ account: '40703810800000000001' }, 'account');
    await refused({ correspondentAccount: '30101810400000000225' }, 'correspondentAccount');
    await refused({ bik: '144030999' }, 'bik');
    await refused({ ...linkBody, paymentUrl: 'http://pay.example.org/warm' }, 'paymentUrl');
    await refused({ ...linkBody, paymentUrl: 'javascript:alert(1)//x' }, 'paymentUrl');
    await refused({ ...linkBody, paymentUrl: 'https://pay.example.org/warm', account: '40703810900000000001' }, 'bank');
    await refused({ districtId: 'atlantis' }, 'districtId');
    const link = await admin.client.post('/api/admin/charity/causes', body(linkBody));
    expect(link.status).toBe(201);
    expect(link.body.giving).toEqual({ method: 'link', paymentUrl: 'https://pay.example.org/warm', paymentDomain: 'pay.example.org', bank: null });
  });

  it('only administrators draft, approve, close or report', async () => {
    const id = await draft();
    expect((await resident.client.post('/api/admin/charity/causes', body())).status).toBe(403);
    expect((await resident.client.post(`/api/admin/charity/causes/${id}/approve`, {})).status).toBe(403);
    // a draft is not there for them at all
    expect((await resident.client.post(`/api/charity/causes/${id}/reports`, { reportedOn: '2026-01-01', text: 'Куплены куртки.' })).status).toBe(404);
    expect((await visitor.post(`/api/admin/charity/causes/${id}/approve`, {})).status).toBe(401);
    expect((await admin.client.get(`/api/charity/causes/${id}`)).body.state).toBe('draft');
  });

  it('dated reports move the collected amount and read in date order; a closed cause takes none', async () => {
    const id = await approved();
    const r1 = await admin.client.post(`/api/charity/causes/${id}/reports`, {
      reportedOn: '2026-11-20',
      text: 'Куплены первые куртки.',
      collectedRubles: 40_000,
    });
    expect(r1.status, JSON.stringify(r1.body)).toBe(201);
    await admin.client.post(`/api/charity/causes/${id}/reports`, {
      reportedOn: '2026-10-01',
      text: 'Сбор начат, список вещей готов.',
      collectedRubles: 5_000,
    });
    const page = (await visitor.get(`/api/charity/causes/${id}`)).body;
    expect(page.reports.map((r: { reportedOn: string }) => r.reportedOn)).toEqual(['2026-10-01', '2026-11-20']);
    expect(page).toMatchObject({ collectedRubles: 40_000, collectedOn: '2026-11-20', progressPercent: 40 });
    const future = await admin.client.post(`/api/charity/causes/${id}/reports`, { reportedOn: '2999-01-01', text: 'Из будущего отчёт.' });
    expect(future.status).toBe(400);
    expect((await admin.client.post(`/api/admin/charity/causes/${id}/close`, {})).body.state).toBe('closed');
    expect((await admin.client.post(`/api/charity/causes/${id}/reports`, { reportedOn: '2026-11-21', text: 'Ещё один отчёт.' })).status).toBe(409);
  });
});

describe('points donated to a cause', () => {
  it('a donation reward names an approved cause only', async () => {
    const id = await draft();
    const refused = await donation(id, 10);
    expect(refused.status).toBe(400);
    expect(Object.keys((refused.body.error as { fields: object }).fields)).toEqual(['targetId']);
    expect((await donation(crypto.randomUUID(), 10)).status).toBe(400);
  });

  it('more points than the balance are refused with the reason; counts add up', async () => {
    const cause = await approved();
    const reward = await donation(cause, 30);
    expect(reward.status).toBe(201);
    expect(reward.body).toMatchObject({ kind: 'donation', targetType: 'cause', targetId: cause });
    const donor = await person(t);
    await give(donor.userId, 50);
    expect((await donor.client.post(`/api/points/rewards/${reward.id}/redeem`, { requestId: crypto.randomUUID() })).status).toBe(201);
    const again = await donor.client.post(`/api/points/rewards/${reward.id}/redeem`, { requestId: crypto.randomUUID() });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('points_not_enough');
    expect(await balance(donor.client)).toBe(20);
    expect((await visitor.get(`/api/charity/causes/${cause}`)).body.pledgedPoints).toBe(30);
    // a closed cause takes no more
    await give(donor.userId, 100);
    await admin.client.post(`/api/admin/charity/causes/${cause}/close`, {});
    const closed = await donor.client.post(`/api/points/rewards/${reward.id}/redeem`, { requestId: crypto.randomUUID() });
    expect(closed.body.error.code).toBe('cause_closed');
    expect(await balance(donor.client)).toBe(120);
    expect(await pledged(cause)).toBe(30);
  });

  it('20 racing redemptions by one person with points for 5: 5 pledges, recorded once each', async () => {
    const cause = await approved(linkBody);
    const reward = await donation(cause, 10);
    const donor = await person(t);
    await give(donor.userId, 55);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => donor.client.post(`/api/points/rewards/${reward.id}/redeem`, { requestId: crypto.randomUUID() })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(5);
    for (const r of results.filter((x) => x.status !== 201)) expect(r.body.error.code).toBe('points_not_enough');
    // the same request again is the same redemption, no second pledge
    const requestId = crypto.randomUUID();
    await give(donor.userId, 5);
    const same = await Promise.all([1, 2, 3].map(() => donor.client.post(`/api/points/rewards/${reward.id}/redeem`, { requestId })));
    expect(new Set(same.map((r) => r.body.id)).size).toBe(1);
    expect(await balance(donor.client)).toBe(0);
    expect(await pledged(cause)).toBe(60);
    expect(await t.database.db.select().from(causePledges).where(eq(causePledges.causeId, cause))).toHaveLength(6);
  });
});

describe('the demo city', () => {
  it('three causes labelled «Демо», approved, each with a picture, a report with a photo and a donation reward; seeding again adds nothing', async () => {
    await seedDemoCharity(t.ctx, () => {});
    await seedDemoCharity(t.ctx, () => {});
    const demo = (await visitor.get('/api/charity/causes')).body.items.filter((c: { title: string }) => c.title.startsWith('Демо'));
    expect(demo).toHaveLength(3);
    const rewards = (await visitor.get('/api/points/rewards')).body.items as { kind: string; targetId: string | null }[];
    for (const c of demo as { id: string }[]) {
      expect(rewards.filter((r) => r.kind === 'donation' && r.targetId === c.id)).toHaveLength(1);
      const page = (await visitor.get(`/api/charity/causes/${c.id}`)).body;
      expect(page.reports.length).toBeGreaterThan(0);
      expect(page.image.alt).toMatch(/^Демонстрационное изображение/);
      expect((await t.app.inject({ method: 'GET', url: page.image.thumbUrl })).statusCode).toBe(200);
      expect(page.reports.at(-1).photos).toHaveLength(1);
      expect((await t.app.inject({ method: 'GET', url: page.reports.at(-1).photos[0].url })).statusCode).toBe(200);
    }
  });
});

describe('a cause’s image and its reports’ photos', () => {
  const fetchImage = (url: string, c?: TestClient) => t.app.inject({ method: 'GET', url, headers: c?.cookie ? { cookie: c.cookie } : {} });

  it('an administrator gives a cause an image of their own upload with what it shows: the list, the page and the share preview show it once approved', async () => {
    const fileId = await uploadTestPhoto(t.app, admin.client);
    const id = await draft({ imageFileId: fileId, imageAlt: 'Куртки и одеяла на складе приюта' });
    const page = (await admin.client.get(`/api/charity/causes/${id}`)).body;
    expect(page.image).toEqual({
      id: fileId,
      url: `/api/charity/causes/${id}/images/${fileId}`,
      thumbUrl: `/api/charity/causes/${id}/images/${fileId}/thumb`,
      alt: 'Куртки и одеяла на складе приюта',
    });
    // a draft's image is no more public than the draft
    expect((await fetchImage(page.image.url)).statusCode).toBe(404);
    expect((await fetchImage(page.image.url, admin.client)).statusCode).toBe(200);
    expect((await t.ctx.entities.describeOne(t.database.db, 'cause', id))?.imagePath).toBeNull();

    await admin.client.post(`/api/admin/charity/causes/${id}/approve`, {});
    const listed = (await visitor.get('/api/charity/causes')).body.items.find((c: { id: string }) => c.id === id);
    expect(listed.image).toMatchObject({ id: fileId, alt: 'Куртки и одеяла на складе приюта' });
    const full = await fetchImage(page.image.url);
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/webp');
    expect(full.headers['cache-control']).toContain('public');
    expect((await fetchImage(page.image.thumbUrl)).statusCode).toBe(200);
    expect((await t.ctx.entities.describeOne(t.database.db, 'cause', id))?.imagePath).toBe(page.image.url);

    // kept while editing; removed with null
    const kept = await admin.client.put(`/api/admin/charity/causes/${id}`, body({ imageFileId: fileId, imageAlt: 'Склад приюта' }));
    expect(kept.body.image).toMatchObject({ id: fileId, alt: 'Склад приюта' });
    const removed = await admin.client.put(`/api/admin/charity/causes/${id}`, body({ imageFileId: null, imageAlt: 'Склад приюта' }));
    expect(removed.body.image).toBeNull();
    expect((await fetchImage(page.image.url)).statusCode).toBe(404);
  });

  it('refuses an image without words for it, someone else’s upload and an id that is not an upload, each naming the field', async () => {
    const own = await uploadTestPhoto(t.app, admin.client);
    const noAlt = await admin.client.post('/api/admin/charity/causes', body({ imageFileId: own }));
    expect(noAlt.status).toBe(400);
    expect(noAlt.body.error.fields.imageAlt).toMatch(/what the image shows/i);

    const foreign = await admin.client.post(
      '/api/admin/charity/causes',
      body({ imageFileId: await uploadTestPhoto(t.app, resident.client), imageAlt: 'Фото' }),
    );
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.code).toBe('cause_image_unknown');
    expect(foreign.body.error.fields.imageFileId).toMatch(/upload it again/i);
    const unknown = await admin.client.post('/api/admin/charity/causes', body({ imageFileId: crypto.randomUUID(), imageAlt: 'Фото' }));
    expect(unknown.body.error.fields).toHaveProperty('imageFileId');
    expect((await admin.client.post('/api/admin/charity/causes', body({ imageFileId: 'nope', imageAlt: 'Фото' }))).status).toBe(400);
    // a resident may not attach an image to a cause at all
    const theirs = await uploadTestPhoto(t.app, resident.client);
    expect((await resident.client.post('/api/admin/charity/causes', body({ imageFileId: theirs, imageAlt: 'Фото' }))).status).toBe(403);
  });

  it('a dated report carries photos the administrator uploaded, shown on the page and served; others’ uploads and too many are refused', async () => {
    const id = await approved(linkBody);
    const photos = [await uploadTestPhoto(t.app, admin.client, '#aa3300'), await uploadTestPhoto(t.app, admin.client, '#33aa00')];
    const added = await admin.client.post(`/api/charity/causes/${id}/reports`, {
      reportedOn: '2026-11-20',
      text: 'Куплены куртки, фото со склада.',
      photoFileIds: photos,
    });
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    const report = (await visitor.get(`/api/charity/causes/${id}`)).body.reports[0];
    expect(report.photos.map((p: { id: string }) => p.id)).toEqual(photos);
    expect((await fetchImage(report.photos[1].thumbUrl)).statusCode).toBe(200);
    // a photo is served only under the cause it is on
    const other = await approved(linkBody);
    expect((await fetchImage(`/api/charity/causes/${other}/images/${photos[0]}`)).statusCode).toBe(404);
    const loose = await uploadTestPhoto(t.app, admin.client);
    expect((await fetchImage(`/api/charity/causes/${id}/images/${loose}`)).statusCode).toBe(404);

    const foreign = await admin.client.post(`/api/charity/causes/${id}/reports`, {
      reportedOn: '2026-11-21',
      text: 'Чужое фото в отчёте.',
      photoFileIds: [loose, await uploadTestPhoto(t.app, resident.client)],
    });
    expect(foreign.status).toBe(400);
    expect(Object.keys(foreign.body.error.fields)).toEqual(['photoFileIds.1']);
    const many = await admin.client.post(`/api/charity/causes/${id}/reports`, {
      reportedOn: '2026-11-21',
      text: 'Слишком много фото.',
      photoFileIds: Array.from({ length: 6 }, () => loose),
    });
    expect(many.status).toBe(400);
    expect((await visitor.get(`/api/charity/causes/${id}`)).body.reports).toHaveLength(1);
  });

  it('a draft’s report photos stay with administrators', async () => {
    const id = await draft();
    const photo = await uploadTestPhoto(t.app, admin.client);
    await admin.client.post(`/api/charity/causes/${id}/reports`, { reportedOn: '2026-11-20', text: 'Отчёт по черновику.', photoFileIds: [photo] });
    const url = `/api/charity/causes/${id}/images/${photo}`;
    expect((await fetchImage(url)).statusCode).toBe(404);
    expect((await fetchImage(url, resident.client)).statusCode).toBe(404);
    expect((await fetchImage(url, admin.client)).statusCode).toBe(200);
  });
});

describe('open data', () => {
  it('the public causes as CSV: approved and closed ones with their beneficiary and amounts, never a draft nor a hidden cause', async () => {
    const open = await approved({ title: 'Открытый сбор для CSV' });
    const closed = await approved({ ...linkBody, title: 'Закрытый сбор для CSV' });
    await admin.client.post(`/api/admin/charity/causes/${closed}/close`, {});
    const drafted = await draft({ title: 'Черновик для CSV' });
    const hidden = await approved({ title: 'Скрытый сбор для CSV' });
    await t.database.db.update(causes).set({ moderation: 'hidden' }).where(eq(causes.id, hidden));

    const res = await t.app.inject({ method: 'GET', url: '/api/open-data/causes.csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.body.startsWith('\ufeff"id","url","state","title","organisation","inn"')).toBe(true);
    expect(res.body).toContain(open);
    expect(res.body).toContain(closed);
    expect(res.body).not.toContain(drafted);
    expect(res.body).not.toContain('Черновик для CSV');
    expect(res.body).not.toContain(hidden);
    const line = res.body.split('\r\n').find((l) => l.includes(closed))!;
    expect(line).toContain('"closed"');
    expect(line).toContain('"https://pay.example.org/warm"');
    // an account keeps its leading digits as text
    expect(res.body.split('\r\n').find((l) => l.includes(open))).toContain('"40703810900000000001"');
  });
});

describe('the rewards catalogue for administrators', () => {
  it('marks a donation reward with the cause it gives to; residents may not read it', async () => {
    const cause = await approved({ title: 'Сбор для таблицы поощрений' });
    const reward = await donation(cause, 25);
    const items = (await admin.client.get('/api/admin/points/rewards')).body.items as { id: string; kind: string; target: unknown }[];
    expect(items.find((r) => r.id === reward.id)).toMatchObject({
      kind: 'donation',
      target: { title: 'Сбор для таблицы поощрений', path: `/charity/${cause}`, visible: true },
    });
    expect(items.filter((r) => r.kind === 'item').every((r) => r.target === null)).toBe(true);
    const denied = await resident.client.get('/api/admin/points/rewards');
    expect(denied.status).toBe(403);
    expect(denied.body.error.message).toBeTruthy();
  });
});

describe('an organisation group reports on its cause', () => {
  it('an administrator links a verified organisation; its admin posts a dated report with photos and the collected amount (audited, naming the group); others are refused', async () => {
    const [owner, orgAdmin, member] = [await person(t), await person(t, { lang: 'ru' }), await person(t)];
    const groupId = await groupWith(t, { owner: owner.userId, admins: [orgAdmin.userId], members: [member.userId], name: 'Фонд «Тёплый дом»' });
    const unverified = await groupWith(t, { owner: owner.userId, verified: false });
    const refused = await admin.client.post('/api/admin/charity/causes', body({ groupId: unverified }));
    expect(refused.status).toBe(400);
    expect(Object.keys(refused.body.error.fields)).toEqual(['groupId']);
    const id = await approved({ groupId });
    const page = await orgAdmin.client.get(`/api/charity/causes/${id}`);
    expect(page.body).toMatchObject({ group: { id: groupId, name: 'Фонд «Тёплый дом»' }, canReport: true });
    expect((await resident.client.get(`/api/charity/causes/${id}`)).body.canReport).toBe(false);
    const photo = await uploadTestPhoto(t.app, orgAdmin.client);
    const url = `/api/charity/causes/${id}/reports`;
    const report = { reportedOn: '2026-11-20', text: 'Купили сорок курток, фото из магазина.', collectedRubles: 42_000, photoFileIds: [photo] };
    for (const p of [member, resident]) {
      const res = await p.client.post(url, report);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('not_cause_organisation');
    }
    expect((await visitor.post(url, report)).status).toBe(401);
    const negative = await orgAdmin.client.post(url, { ...report, collectedRubles: -5, photoFileIds: [] });
    expect(negative.status).toBe(400);
    expect(Object.keys(negative.body.error.fields)).toEqual(['collectedRubles']);
    expect(negative.body.error.fields.collectedRubles).toMatch(/собрано/i);
    const res = await orgAdmin.client.post(url, report);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ collectedRubles: 42_000, collectedOn: '2026-11-20' });
    expect(res.body.reports.at(-1)).toMatchObject({ text: report.text, photos: [expect.objectContaining({ id: photo })] });
    expect((await visitor.get(`/api/charity/causes/${id}`)).body.collectedRubles).toBe(42_000);
    const [entry] = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log where subject_id = ${id} and action like 'charity.cause_reported%'`,
    );
    expect(entry).toMatchObject({ action: 'charity.cause_reported_by_group', data: { groupId, collectedRubles: 42_000 } });
    // administrators still report on its behalf
    expect((await admin.client.post(url, { reportedOn: '2026-11-21', text: 'Ещё двадцать одеял куплены.' })).status).toBe(201);
    expect((await visitor.get(`/api/charity/causes?groupId=${groupId}`)).body.items.map((c: { id: string }) => c.id)).toEqual([id]);
  });
});
