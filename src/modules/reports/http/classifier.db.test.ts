import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/use-cases/admin-users.js';
import { listActiveReasons } from '../db/classifier-queries.js';
import { routingRules } from '../db/schema.js';
import { pickRule } from '../domain/routing.js';
import { importClassifierFile } from '../use-cases/classifier/import-classifier.js';
import { routeReport } from '../use-cases/classifier/route-report.js';
import { classifierFile } from '../use-cases/classifier/seed-classifier.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let resident: TestClient;
let residentId: string;
const anonymous = () => new TestClient(t.app, 'ru');

beforeAll(async () => {
  t = await testApp();
  adminId = (await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' })).userId;
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: resident, userId: residentId } = await signedInResident(t.app, t.database, 'resident@example.org', 'ru'));
});
afterAll(async () => t?.close());

const lastAudit = async () =>
  (
    await queryRows<{ action: string; actor_id: string | null; subject_type: string; subject_id: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select * from audit_log order by seq desc limit 1`,
    )
  )[0]!;

type Tree = {
  objects: { id: number; archived: boolean; categories: { id: number; archived: boolean; reasons: { id: number; archived: boolean; nameRu: string }[] }[] }[];
};
const countTree = (tree: Tree) => {
  const categories = tree.objects.flatMap((o) => o.categories);
  const reasons = categories.flatMap((c) => c.reasons);
  return { objects: tree.objects.length, categories: categories.length, reasons: reasons.length, archived: reasons.filter((r) => r.archived).length };
};

describe('the classifier, imported from «Наш СПб»', () => {
  it('administrators see all of it: 20 objects, 64 categories, 277 reasons, 78 archived', async () => {
    const res = await admin.get('/api/classifier?all=1');
    expect(res.status).toBe(200);
    expect(countTree(res.body)).toEqual({ objects: 20, categories: 64, reasons: 277, archived: 78 });
  });

  it('the public sees the 199 active reasons, with season state and deadlines', async () => {
    const res = await anonymous().get('/api/classifier');
    expect(res.status).toBe(200);
    expect(countTree(res.body)).toMatchObject({ reasons: 199, archived: 0 });
    const entrance = res.body.objects
      .flatMap((o: Tree['objects'][0]) => o.categories)
      .flatMap((c: Tree['objects'][0]['categories'][0]) => c.reasons)
      .find((r: { id: number }) => r.id === 189);
    expect(entrance).toMatchObject({
      nameRu: 'Неудовлетворительное состояние парадной',
      photoRequired: true,
      extraFields: [{ name: 'stairs', required: true }],
      locationKind: 'building',
      inSeason: true,
      premoderationDays: 1,
      resolutionDays: 8,
      answerModerationDays: 1,
    });
    expect((await anonymous().get('/api/classifier?all=1')).status).toBe(401);
    expect((await resident.get('/api/classifier?all=1')).status).toBe(403);
  });

  it('one reason with its category and object, archived ones too; 404 for an unknown one', async () => {
    const retired = await anonymous().get('/api/classifier/reasons/51');
    expect(retired.body).toMatchObject({
      id: 51,
      nameRu: 'Неубранный снег',
      archived: true,
      category: { id: 2, nameRu: 'Благоустройство' },
      object: { id: 2, nameRu: 'Двор' },
    });
    const missing = await anonymous().get('/api/classifier/reasons/999999');
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe('Такой причины в классификаторе нет.');
    expect((await anonymous().get('/api/classifier/reasons/abc')).status).toBe(400);
  });

  it('re-importing changes nothing an administrator decided and keeps the counts', async () => {
    const lines: string[] = [];
    const summary = await importClassifierFile(t.ctx, classifierFile, (l) => lines.push(l));
    expect(summary).toEqual({ objects: 20, categories: 64, reasons: 277, archived: 78, english: 0 });
    expect(lines.at(-1)).toBe('reasons: 277/277');
    expect((await lastAudit()).action).toBe('classifier.imported');
  });
});

describe('searching reasons by words', () => {
  const search = async (q: string) =>
    (await anonymous().get(`/api/classifier/search?q=${encodeURIComponent(q)}`)).body.items as {
      reason: { id: number; nameRu: string; archived: boolean };
      objectNameRu: string;
    }[];

  it('«яма» finds road surface damage', async () => {
    const items = await search('яма');
    expect(items.slice(0, 5).map((i) => i.reason.id)).toEqual(expect.arrayContaining([9]));
    expect(items.slice(0, 5).every((i) => /покрыти/.test(i.reason.nameRu))).toBe(true);
  });

  it('«мусор» finds rubbish reasons first, never archived ones', async () => {
    const items = await search('мусор');
    expect(items.length).toBeGreaterThanOrEqual(10);
    expect(items.slice(0, 8).every((i) => /мусор/i.test(i.reason.nameRu))).toBe(true);
    expect(items.every((i) => !i.reason.archived)).toBe(true);
  });

  it('«подъезд», its inflections, a half-typed word and a sentence find entrance reasons', async () => {
    for (const q of ['подъезд', 'в подъезде грязно', 'подъез', 'парадная']) {
      const top = (await search(q)).slice(0, 6).map((i) => i.reason.id);
      expect(
        top.some((id) => [259, 35, 189, 116].includes(id)),
        q,
      ).toBe(true);
    }
  });

  it('words match across the object and category names: «мусор во дворе»', async () => {
    const items = await search('мусор во дворе');
    expect(items[0]!.objectNameRu).toBe('Двор');
    expect(items.map((i) => i.reason.id)).toContain(12);
  });

  it('a sentence with words no reason has still finds the ones it can: «батарея холодная», «фонарь не горит»', async () => {
    expect((await search('батарея холодная')).slice(0, 2).map((i) => i.reason.id)).toContain(49);
    expect((await search('фонарь не горит'))[0]!.reason.nameRu).toMatch(/освещени/i);
  });

  it('nothing for punctuation or nonsense; the query is never SQL', async () => {
    expect(await search("'; drop table classifier_reasons; --")).toEqual([]);
    expect(await search('!!!')).toEqual([]);
    expect(await search('абырвалг')).toEqual([]);
    const long = await anonymous().get(`/api/classifier/search?q=${'я'.repeat(201)}`);
    expect(long.status).toBe(400);
  });
});

describe('routing', () => {
  it('every active reason routes to a department in every district (and outside them)', async () => {
    const reasons = await listActiveReasons(t.database.db);
    const rules = await t.database.db.select().from(routingRules);
    const districts = (await queryRows<{ id: string }>(t.database.db, sql`select id from districts`)).map((d) => d.id);
    expect(reasons).toHaveLength(199);
    expect(districts).toHaveLength(18);
    const unrouted: string[] = [];
    for (const r of reasons) {
      for (const districtId of [...districts, null]) {
        if (!pickRule(rules, { reasonId: r.id, categoryId: r.categoryId, districtId })) unrouted.push(`${r.id}@${districtId}`);
      }
    }
    expect(unrouted).toEqual([]);
  });

  it.each([
    [75, 'nevsky', 'admin-nevsky'], // Мусор на проезжей части
    [189, 'kirovsky', 'admin-kirovsky'], // Парадная
    [9, 'nevsky', 'committee-roads'], // Повреждения дорожного покрытия проезжей части
    [99, 'petrogradsky', 'committee-roads'], // Мост
    [73, 'kolpinsky', 'housing-committee'], // Капремонт
    [11, 'primorsky', 'committee-improvement'], // Парк
    [231, 'frunzensky', 'committee-energy'], // Открыт колодец, люк
    [110, 'moskovsky', 'state-housing-inspection'], // Смена управляющей организации
  ])('reason %s in %s goes to %s', async (reasonId, districtId, departmentId) => {
    const res = await anonymous().get(`/api/routing/resolve?reasonId=${reasonId}&districtId=${districtId}`);
    expect(res.status).toBe(200);
    expect(res.body.department.id).toBe(departmentId);
    const reason = (await listActiveReasons(t.database.db)).find((r) => r.id === reasonId)!;
    expect(await routeReport(t.database.db, { reasonId, categoryId: reason.categoryId, districtId })).toBe(departmentId);
  });

  it('administrators add a more specific rule; the same scope twice is 409; deleting restores the old route', async () => {
    const created = await admin.post('/api/admin/routing-rules', { reasonId: 75, districtId: 'nevsky', departmentId: 'committee-improvement' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      reasonId: 75,
      districtId: 'nevsky',
      departmentId: 'committee-improvement',
      departmentNameRu: 'Комитет по благоустройству',
    });
    expect(await lastAudit()).toMatchObject({ action: 'routing_rule.created', actor_id: adminId, subject_id: String(created.body.id) });
    expect((await anonymous().get('/api/routing/resolve?reasonId=75&districtId=nevsky')).body.department.id).toBe('committee-improvement');
    expect((await anonymous().get('/api/routing/resolve?reasonId=75&districtId=kirovsky')).body.department.id).toBe('admin-kirovsky');

    const again = await admin.post('/api/admin/routing-rules', { reasonId: 75, districtId: 'nevsky', departmentId: 'admin-nevsky' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('routing_rule_exists');
    expect(again.body.error.message).toContain(`правило ${created.body.id}`);

    const list = await admin.get('/api/admin/routing-rules?reasonId=75');
    expect(list.body.items.map((r: { id: number }) => r.id)).toEqual([created.body.id]);
    expect((await admin.delete(`/api/admin/routing-rules/${created.body.id}`)).status).toBe(204);
    expect(await lastAudit()).toMatchObject({ action: 'routing_rule.deleted', data: { departmentId: 'committee-improvement' } });
    expect((await admin.delete(`/api/admin/routing-rules/${created.body.id}`)).status).toBe(404);
    expect((await anonymous().get('/api/routing/resolve?reasonId=75&districtId=nevsky')).body.department.id).toBe('admin-nevsky');
  });

  it('bad rules are 400s naming the field; residents 403, visitors 401', async () => {
    const unknown = await admin.post('/api/admin/routing-rules', { categoryId: 3, departmentId: 'ministry-of-magic' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual({ departmentId: 'Исполнитель: такого исполнителя нет.' });
    const district = await admin.post('/api/admin/routing-rules', { categoryId: 3, districtId: 'atlantis', departmentId: 'admin-nevsky' });
    expect(district.body.error.fields).toEqual({ districtId: 'Район: такого района нет.' });
    const both = await admin.post('/api/admin/routing-rules', { reasonId: 75, categoryId: 3, departmentId: 'admin-nevsky' });
    expect(both.status).toBe(400);
    expect(Object.keys(both.body.error.fields)).toEqual(['categoryId']);
    const reason = await admin.post('/api/admin/routing-rules', { reasonId: 123456789, departmentId: 'admin-nevsky' });
    expect(reason.body.error.fields).toEqual({ reasonId: 'Проблема: такой причины нет.' });
    expect((await resident.post('/api/admin/routing-rules', { categoryId: 3, departmentId: 'admin-nevsky' })).status).toBe(403);
    expect((await anonymous().post('/api/admin/routing-rules', { categoryId: 3, departmentId: 'admin-nevsky' })).status).toBe(401);
    expect((await resident.get('/api/admin/routing-rules')).status).toBe(403);
    expect((await anonymous().get('/api/routing/resolve?reasonId=999999')).status).toBe(404);
  });

  // reason and category ids are int4: beyond 2^31 − 1 the database would refuse them (a 500, later a 400 naming nothing)
  it.each(['2147483648', '9007199254740993', '99999999999999999999'])(
    'a reasonId or categoryId of %s is a 400 naming it, in bodies and queries',
    async (id) => {
      for (const field of ['reasonId', 'categoryId']) {
        const body = await admin.post('/api/admin/routing-rules', { [field]: Number(id), departmentId: 'admin-nevsky' });
        expect(body.status, field).toBe(400);
        expect(body.body.error.fields, field).toHaveProperty(field);
        const query = await admin.get(`/api/admin/routing-rules?${field}=${id}`);
        expect(query.status, field).toBe(400);
        expect(query.body.error.fields, field).toHaveProperty(field);
      }
      const resolve = await anonymous().get(`/api/routing/resolve?reasonId=${id}`);
      expect(resolve.status).toBe(400);
      expect(resolve.body.error.fields).toHaveProperty('reasonId');
      const reason = await anonymous().get(`/api/classifier/reasons/${id}`);
      expect(reason.status).toBe(400);
      expect(reason.body.error.fields).toHaveProperty('id');
    },
  );
});

describe('administrators edit the classifier', () => {
  it('edits a reason’s deadlines, season window and department kind; audited with what changed; a re-import keeps them', async () => {
    const res = await admin.patch('/api/admin/classifier/reasons/216', {
      resolutionDays: 3,
      premoderationDays: 0,
      seasonFrom: '11-15',
      seasonTo: '03-31',
      departmentKind: 'improvement_committee',
      nameRu: 'Снег во дворе',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 216,
      resolutionDays: 3,
      premoderationDays: 0,
      seasonFrom: '11-15',
      seasonTo: '03-31',
      departmentKind: 'improvement_committee',
      nameRu: 'Снег во дворе',
    });
    const entry = await lastAudit();
    expect(entry).toMatchObject({ action: 'classifier_reason.updated', actor_id: adminId, subject_type: 'classifier_reason', subject_id: '216' });
    expect(entry.data.changes).toMatchObject({ resolutionDays: { from: 8, to: 3 }, seasonFrom: { from: null, to: '11-15' } });

    await importClassifierFile(t.ctx, classifierFile, () => undefined, { audit: false });
    const after = (await anonymous().get('/api/classifier/reasons/216')).body;
    // the source's name comes back; the administrator's deadlines, season and kind stay
    expect(after).toMatchObject({
      nameRu: 'Неубранный снег, требуется обработка территории пескосоляной смесью',
      resolutionDays: 3,
      premoderationDays: 0,
      seasonFrom: '11-15',
      seasonTo: '03-31',
      departmentKind: 'improvement_committee',
    });
  });

  it('refuses bad values with a message per field', async () => {
    // the administrator's own language setting (Russian by default) decides the messages
    const res = await admin.patch('/api/admin/classifier/reasons/216', {
      resolutionDays: -1,
      seasonFrom: '13-40',
      answerModerationDays: 61,
      departmentKind: 'ministry',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.fields).toEqual({
      resolutionDays: 'Решение, рабочих дней: не меньше 0.',
      seasonFrom: 'Начало сезона: укажите день в виде ММ-ДД, например 05-15 для 15 мая.',
      answerModerationDays: 'Модерация ответа, рабочих дней: не больше 60.',
      departmentKind: expect.stringContaining('Вид исполнителя: выберите один из видов исполнителя'),
    });
    const half = await admin.patch('/api/admin/classifier/reasons/189', { seasonFrom: '05-01' });
    expect(half.status).toBe(400);
    expect(half.body.error.fields).toEqual({ seasonTo: 'Конец сезона: у сезона должны быть и первый, и последний день (или ни одного — круглый год).' });
    const category = await admin.patch('/api/admin/classifier/reasons/189', { categoryId: 999999 });
    expect(category.body.error.fields).toEqual({ categoryId: 'Категория: такой категории нет.' });
    const unknownField = await admin.patch('/api/admin/classifier/reasons/189', { colour: 'red' });
    expect(unknownField.status).toBe(400);
    expect((await admin.patch('/api/admin/classifier/reasons/999999', { resolutionDays: 2 })).status).toBe(404);
  });

  it('residents get 403 and visitors 401, and nothing changes', async () => {
    const r = await resident.patch('/api/admin/classifier/reasons/189', { resolutionDays: 2 });
    expect(r.status).toBe(403);
    expect(r.body.error.message).toBe('Это может сделать только администратор города.');
    expect((await anonymous().patch('/api/admin/classifier/reasons/189', { resolutionDays: 2 })).status).toBe(401);
    expect((await resident.post('/api/admin/classifier/objects', { nameRu: 'Луна' })).status).toBe(403);
    expect((await resident.post('/api/admin/classifier/reasons/189/archive')).status).toBe(403);
    expect((await anonymous().get('/api/classifier/reasons/189')).body.resolutionDays).toBe(8);
  });

  it('adds an object, a category and a reason with ids from 100000; archives and unarchives them', async () => {
    const object = await admin.post('/api/admin/classifier/objects', { nameRu: 'Набережная', nameEn: 'Embankment' });
    expect(object.status).toBe(201);
    expect(object.body.id).toBeGreaterThanOrEqual(100_000);
    const category = await admin.post('/api/admin/classifier/categories', { nameRu: 'Парапеты', objectId: object.body.id });
    expect(category.status).toBe(201);
    expect(category.body.id).toBeGreaterThanOrEqual(100_000);
    const reason = await admin.post('/api/admin/classifier/reasons', {
      nameRu: 'Разрушен гранитный парапет',
      categoryId: category.body.id,
      photoRequired: true,
      extraFields: [{ name: 'phone', required: false }],
      resolutionDays: 20,
    });
    expect(reason.status).toBe(201);
    expect(reason.body).toMatchObject({
      nameRu: 'Разрушен гранитный парапет',
      resolutionDays: 20,
      premoderationDays: 1,
      locationKind: 'street',
      object: { nameRu: 'Набережная' },
    });
    expect(reason.body.id).toBeGreaterThanOrEqual(100_000);
    expect(await lastAudit()).toMatchObject({ action: 'classifier_reason.created', subject_id: String(reason.body.id) });
    // the new reason routes by the district rules
    expect((await anonymous().get(`/api/routing/resolve?reasonId=${reason.body.id}&districtId=nevsky`)).body.department.id).toBe('admin-nevsky');
    expect((await anonymous().get('/api/classifier/search?q=парапет')).body.items[0].reason.id).toBe(reason.body.id);

    const archived = await admin.post(`/api/admin/classifier/categories/${category.body.id}/archive`);
    expect(archived.body.archived).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'classifier_category.archived' });
    const afterArchive = (await anonymous().get('/api/classifier/search?q=парапет')).body.items as { reason: { id: number } }[];
    expect(afterArchive.map((i) => i.reason.id)).not.toContain(reason.body.id);
    const publicTree = (await anonymous().get('/api/classifier')).body as Tree;
    expect(publicTree.objects.some((o) => o.id === object.body.id)).toBe(false);
    await admin.post(`/api/admin/classifier/categories/${category.body.id}/unarchive`);
    const r2 = await admin.post(`/api/admin/classifier/reasons/${reason.body.id}/archive`);
    expect(r2.body.archived).toBe(true);
    expect(await lastAudit()).toMatchObject({ action: 'classifier_reason.archived' });
    const dup = await admin.post('/api/admin/classifier/reasons', { nameRu: 'x', categoryId: 999999 });
    expect(dup.body.error.fields).toEqual({ categoryId: 'Категория: такой категории нет.' });
  });
});

describe('dictionaries', () => {
  it('moderators read the rejection reasons; administrators add, reword and retire them', async () => {
    expect((await resident.get('/api/admin/rejection-reasons')).status).toBe(403);
    const list = await admin.get('/api/admin/rejection-reasons');
    expect(list.body.items.length).toBeGreaterThanOrEqual(8);
    const added = await admin.post('/api/admin/rejection-reasons', { textRu: 'Проблема уже устранена.', textEn: 'The problem is already fixed.' });
    expect(added.status).toBe(201);
    const retired = await admin.patch(`/api/admin/rejection-reasons/${added.body.id}`, { active: false });
    expect(retired.body.active).toBe(false);
    expect(await lastAudit()).toMatchObject({ action: 'rejection_reason.updated', data: { changes: { active: { from: true, to: false } } } });
    expect((await admin.get('/api/admin/rejection-reasons')).body.items.some((r: { id: number }) => r.id === added.body.id)).toBe(false);
    expect((await admin.get('/api/admin/rejection-reasons?all=1')).body.items.some((r: { id: number }) => r.id === added.body.id)).toBe(true);
    expect((await admin.post('/api/admin/rejection-reasons', { textRu: 'x' })).status).toBe(400);
  });

  it('officials read their department’s and the general templates, and write only their own', async () => {
    const { client: official, userId } = await signedInResident(t.app, t.database, 'official@example.org');
    expect((await admin.post(`/api/admin/users/${userId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'committee-roads' })).status).toBe(201);
    const mine = await official.get('/api/answer-templates');
    expect(mine.status).toBe(200);
    const departments = new Set(mine.body.items.map((x: { departmentId: string | null }) => x.departmentId));
    expect(departments).toEqual(new Set([null, 'committee-roads']));

    const created = await official.post('/api/answer-templates', {
      departmentId: 'committee-roads',
      title: 'Разметка',
      text: 'Разметка будет восстановлена в летний сезон.',
    });
    expect(created.status).toBe(201);
    expect(await lastAudit()).toMatchObject({ action: 'answer_template.created', actor_id: userId });
    expect((await official.patch(`/api/answer-templates/${created.body.id}`, { title: 'Дорожная разметка' })).body.title).toBe('Дорожная разметка');
    expect((await official.post('/api/answer-templates', { departmentId: 'admin-nevsky', title: 'x', text: 'y' })).status).toBe(403);
    expect((await official.post('/api/answer-templates', { title: 'x', text: 'y' })).status).toBe(403);
    const general = mine.body.items.find((x: { departmentId: string | null }) => x.departmentId === null);
    expect((await official.patch(`/api/answer-templates/${general.id}`, { title: 'x' })).status).toBe(403);
    const other = (await admin.get('/api/answer-templates')).body.items.find((x: { departmentId: string | null }) => x.departmentId === 'committee-energy');
    expect((await official.delete(`/api/answer-templates/${other.id}`)).status).toBe(404);
    expect((await official.delete(`/api/answer-templates/${created.body.id}`)).status).toBe(204);
    expect(await lastAudit()).toMatchObject({ action: 'answer_template.deleted' });
    expect((await resident.get('/api/answer-templates')).status).toBe(403);
    expect((await anonymous().get('/api/answer-templates')).status).toBe(401);
    expect((await admin.post('/api/answer-templates', { departmentId: 'nowhere', title: 'x', text: 'y' })).body.error.fields).toEqual({
      departmentId: 'Исполнитель: такого исполнителя нет.',
    });
  });
});

describe('department contacts and head', () => {
  it('administrators set contacts and a head who is an official of the department; the public sees them, never the head’s e-mail', async () => {
    const refused = await admin.patch('/api/admin/departments/admin-nevsky', { headUserId: residentId });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.headUserId).toBe(
      'Руководитель: руководитель должен быть сотрудником этого исполнителя. Сначала выдайте ему роль сотрудника этого исполнителя.',
    );
    expect((await admin.post(`/api/admin/users/${residentId}/roles`, { role: 'official', scopeType: 'department', scopeId: 'admin-nevsky' })).status).toBe(201);
    const res = await admin.patch('/api/admin/departments/admin-nevsky', {
      headUserId: residentId,
      phone: '+7 812 417-39-29',
      email: 'tunevsk@gov.spb.ru',
      address: 'пр. Обуховской Обороны, 16',
      website: 'https://www.gov.spb.ru/gov/terr/reg_nevsky',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ phone: '+7 812 417-39-29', head: { id: residentId, displayName: 'Test Resident' } });
    expect(await lastAudit()).toMatchObject({ action: 'department.updated', subject_id: 'admin-nevsky', data: { headUserId: residentId } });

    const page = await anonymous().get('/api/departments/admin-nevsky');
    expect(page.body).toMatchObject({
      phone: '+7 812 417-39-29',
      email: 'tunevsk@gov.spb.ru',
      address: 'пр. Обуховской Обороны, 16',
      website: 'https://www.gov.spb.ru/gov/terr/reg_nevsky',
      head: { id: residentId, displayName: 'Test Resident' },
    });
    expect(JSON.stringify(page.body)).not.toContain('resident@example.org');
    const list = await anonymous().get('/api/departments');
    expect(list.body.items.find((d: { id: string }) => d.id === 'admin-nevsky')).toMatchObject({
      phone: '+7 812 417-39-29',
      head: { displayName: 'Test Resident' },
    });

    const bad = await admin.patch('/api/admin/departments/admin-nevsky', { email: 'not-mail', website: 'ftp://x', phone: 'call me' });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.error.fields).sort()).toEqual(['email', 'phone', 'website']);
    const cleared = await admin.patch('/api/admin/departments/admin-nevsky', { phone: '', headUserId: null });
    expect(cleared.body).toMatchObject({ phone: null, head: null });
    expect((await admin.patch('/api/admin/departments/nowhere', { phone: '' })).status).toBe(404);
    expect((await resident.patch('/api/admin/departments/admin-nevsky', { phone: '' })).status).toBe(403);
    expect((await anonymous().patch('/api/admin/departments/admin-nevsky', { phone: '' })).status).toBe(401);
  });
});
