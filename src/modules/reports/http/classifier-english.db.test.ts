import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/use-cases/admin-users.js';
import { englishPhrase } from '../domain/classifier-english.js';
import { classifierPhrases } from '../use-cases/classifier/english-phrases.js';
import { englishFileFor, importClassifierFile } from '../use-cases/classifier/import-classifier.js';
import { classifierEnglishFile, classifierFile } from '../use-cases/classifier/seed-classifier.js';

let t: TestApp;
let admin: TestClient;
const inLanguage = (lang: 'ru' | 'en') => new TestClient(t.app, lang);

beforeAll(async () => {
  t = await testApp();
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
});
afterAll(async () => t?.close());

const englishName = async (table: string, id: number) =>
  (await queryRows<{ name_en: string | null }>(t.database.db, sql`select name_en from ${sql.raw(table)} where id = ${id}`))[0]?.name_en;

describe('the classifier in English', () => {
  it('after the demo seed every active object, category and reason has an English name', async () => {
    const missing = await queryRows<{ kind: string; id: number; name_ru: string }>(
      t.database.db,
      sql`select 'object' as kind, id, name_ru from classifier_objects where not archived and coalesce(name_en, '') = ''
       union all select 'category', id, name_ru from classifier_categories where not archived and coalesce(name_en, '') = ''
       union all select 'reason', id, name_ru from classifier_reasons where not archived and coalesce(name_en, '') = ''`,
    );
    expect(missing).toEqual([]);
  });

  it('the tree, a reason and the search show English names, help texts and season messages', async () => {
    const tree = (await inLanguage('en').get('/api/classifier')).body;
    const street = tree.objects.find((o: { id: number }) => o.id === 3);
    expect(street).toMatchObject({ nameRu: 'Улица', nameEn: 'Street' });
    const reason = (await inLanguage('en').get('/api/classifier/reasons/9')).body;
    expect(reason).toMatchObject({
      nameEn: 'Damaged road surface',
      helpText: 'Обязательно приложите фотографию, подтверждающую проблему',
      helpTextEn: 'Attach a photo that shows the problem',
      category: { nameEn: 'Upkeep and amenities' },
      object: { nameEn: 'Street' },
    });
    const seasonal = (await inLanguage('en').get('/api/classifier/reasons/199')).body;
    if (seasonal.seasonMessage) expect(seasonal.seasonMessageEn).toMatch(/^[\x20-\x7e]+$/);
    const found = (await inLanguage('en').get(`/api/classifier/search?q=${encodeURIComponent('яма')}`)).body.items;
    expect(found.find((i: { reason: { id: number } }) => i.reason.id === 9).reason.nameEn).toBe('Damaged road surface');
  });

  it('every active reason’s description (what counts as the problem) has its English shipped with the data', async () => {
    const described = await queryRows<{ id: number; description: string }>(
      t.database.db,
      sql`select r.id, r.description from classifier_reasons r
          join classifier_categories c on c.id = r.category_id join classifier_objects o on o.id = c.object_id
          where not r.archived and not c.archived and not o.archived and r.description <> ''`,
    );
    expect(described.length).toBeGreaterThan(150);
    expect(described.filter((r) => englishPhrase(classifierPhrases(), r.description) === null).map((r) => r.id)).toEqual([]);
    const reason = (await inLanguage('en').get('/api/classifier/reasons/9')).body;
    expect(reason.description).toMatch(/[а-яё]/i);
    expect(reason.descriptionEn).toMatch(/^[^а-яё]+$/i);
  });

  it('Open311 services are named and described in English when asked in English', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/open311/v2/services.json', headers: { 'accept-language': 'en' } });
    const services = JSON.parse(res.body) as { service_code: string; service_name: string; description: string; group: string }[];
    const pothole = services.find((s) => s.service_code === '9')!;
    expect(pothole).toMatchObject({
      service_name: 'Damaged road surface',
      description: 'Attach a photo that shows the problem',
      group: 'Upkeep and amenities',
    });
    expect(services.every((s) => !/[а-яё]/i.test(s.service_name) && !/[а-яё]/i.test(s.group))).toBe(true);
    const ru = JSON.parse((await t.app.inject({ method: 'GET', url: '/open311/v2/services.json', headers: { 'accept-language': 'ru' } })).body);
    expect(ru.find((s: { service_code: string }) => s.service_code === '9').service_name).toBe('Повреждения дорожного покрытия проезжей части');
  });

  it('a re-import of the Russian-only file keeps the English names the translations and administrators set', async () => {
    const renamed = await admin.patch('/api/admin/classifier/reasons/216', { nameEn: 'Icy yard, needs grit' });
    expect(renamed.status).toBe(200);
    const summary = await importClassifierFile(t.ctx, classifierFile, () => undefined, { audit: false, english: false });
    expect(summary).toMatchObject({ reasons: 277, english: 0 });
    expect(await englishName('classifier_reasons', 216)).toBe('Icy yard, needs grit');
    expect(await englishName('classifier_reasons', 9)).toBe('Damaged road surface');
    expect(await englishName('classifier_objects', 3)).toBe('Street');
    expect(await englishName('classifier_categories', 3)).toBe('Upkeep and amenities');
  });

  it('a re-import with the translations fills names that are missing and keeps an administrator’s', async () => {
    await t.database.db.execute(sql`update classifier_reasons set name_en = null where id in (9, 67)`);
    const lines: string[] = [];
    // the translations file next to the classifier file is found by its name
    expect(englishFileFor(classifierFile)).toBe(classifierEnglishFile);
    const summary = await importClassifierFile(t.ctx, classifierFile, (l) => lines.push(l), { audit: false });
    expect(summary).toMatchObject({ reasons: 277, english: 2 });
    expect(lines).toContain(`English names from ${classifierEnglishFile}`);
    expect(await englishName('classifier_reasons', 9)).toBe('Damaged road surface');
    expect(await englishName('classifier_reasons', 67)).toBe('Damaged pavement surface');
    expect(await englishName('classifier_reasons', 216)).toBe('Icy yard, needs grit');
  });

  it('refuses a translations file that is not one, or names items the classifier does not have', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-classifier-en-'));
    const bad = path.join(dir, 'bad.json');
    fs.writeFileSync(bad, JSON.stringify({ reasons: { abc: 'Pothole' } }));
    await expect(importClassifierFile(t.ctx, classifierFile, () => undefined, { english: bad })).rejects.toMatchObject({
      status: 400,
      code: 'classifier_english_invalid',
    });
    const other = path.join(dir, 'other.json');
    fs.writeFileSync(other, JSON.stringify({ reasons: { '9': 'Pothole', '777777': 'Nothing' } }));
    await expect(importClassifierFile(t.ctx, classifierFile, () => undefined, { english: other })).rejects.toMatchObject({
      status: 400,
      code: 'classifier_english_unknown_ids',
      params: { ids: 'reasons.777777', count: 1 },
    });
    // nothing was written
    expect(await englishName('classifier_reasons', 9)).toBe('Damaged road surface');
    fs.rmSync(dir, { recursive: true });
  });
});
