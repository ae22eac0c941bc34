import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../core/db/client.js';
import { t as message } from '../../core/i18n/i18n.js';
import { localDay } from '../../core/time/calendar.js';
import { testApp, type TestApp } from '../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../test/http-client.js';
import { sendTestFile } from '../../../test/uploads.js';
import { createAdministrator } from '../accounts/use-cases/admin-users.js';
import { cityName } from './index.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let resident: TestClient;

beforeAll(async () => {
  t = await testApp();
  adminId = (await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' })).userId;
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: resident } = await signedInResident(t.app, t.database, 'resident@example.org'));
});
afterAll(async () => t?.close());

const lastAudit = async () =>
  (
    await queryRows<{ action: string; actor_id: string; subject_type: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select * from audit_log order by seq desc limit 1`,
    )
  )[0]!;

const kazan = {
  nameRu: 'Казань',
  nameEn: 'Kazan',
  timeZone: 'Europe/Moscow',
  centre: { lat: 55.79, lon: 49.12 },
  zoom: 11,
  phone: '+7 843 000-00-00',
  email: 'city@kazan.example.org',
  address: 'Кремлёвская, 1',
  website: 'https://kzn.example.org',
  languages: ['ru', 'en'],
  country: 'RU',
};

/** PUTs a logo as the client. */
const uploadLogo = (client: TestClient, data: Buffer) =>
  sendTestFile(t.app, client, data, { method: 'PUT', url: '/api/admin/city/logo', filename: 'logo.png', contentType: 'image/png' });

describe("the city's identity", () => {
  it('anyone reads the demo city’s identity with the site’s settings', async () => {
    const site = await new TestClient(t.app).get('/api/site');
    expect(site.status).toBe(200);
    expect(site.body).toMatchObject({ cityTimezone: 'Europe/Moscow', publicUrl: 'http://gorod.test' });
    expect(site.body.city).toMatchObject({
      nameRu: 'Санкт-Петербург',
      nameEn: 'St Petersburg',
      timeZone: 'Europe/Moscow',
      centre: { lat: 59.94, lon: 30.31 },
      zoom: 10,
      logoUrl: null,
      languages: ['ru', 'en'],
      country: 'RU',
      setupNeeded: false,
      setupCompleted: true,
    });
  });

  it('only administrators change it: anonymous 401, a resident 403', async () => {
    expect((await new TestClient(t.app).put('/api/admin/city', kazan)).status).toBe(401);
    const denied = await resident.put('/api/admin/city', kazan);
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_administrator');
    expect((await new TestClient(t.app).get('/api/site')).body.city.nameEn).toBe('St Petersburg');
  });

  it('refuses a bad time zone, zoom, latitude or languages with a message naming the field', async () => {
    // the administrator's account speaks Russian
    const zone = await admin.put('/api/admin/city', { ...kazan, timeZone: 'Europe/Kazan' });
    expect(zone.status).toBe(400);
    expect(zone.body.error.fields).toEqual({
      timeZone: 'Часовой пояс: «Europe/Kazan» — не часовой пояс. Укажите его имя IANA, например Europe/Moscow или Asia/Yekaterinburg.',
    });
    const zoom = await admin.put('/api/admin/city', { ...kazan, zoom: 25 });
    expect(zoom.status).toBe(400);
    expect(zoom.body.error.fields.zoom).toBe('Масштаб карты: не больше 19.');
    const lat = await admin.put('/api/admin/city', { ...kazan, centre: { lat: 123, lon: 49 } });
    expect(lat.status).toBe(400);
    expect(lat.body.error.fields['centre.lat']).toBe('Широта: не больше 85.');
    const languages = await admin.put('/api/admin/city', { ...kazan, languages: ['ru', 'de'] });
    expect(languages.status).toBe(400);
    expect(languages.body.error.fields.languages).toBe('Языки: выберите ru, en или оба, каждый один раз; первый — язык по умолчанию.');
    const none = await admin.put('/api/admin/city', { ...kazan, languages: [] });
    expect(none.status).toBe(400);
    const email = await admin.put('/api/admin/city', { ...kazan, email: 'not an address' });
    expect(email.status).toBe(400);
    expect(Object.keys(email.body.error.fields)).toEqual(['email']);
    expect((await new TestClient(t.app).get('/api/site')).body.city.nameEn).toBe('St Petersburg');
  });

  it('an administrator sets it: the site, e-mails and the city’s clock follow at once; audited', async () => {
    const evening = new Date('2027-03-05T22:30:00Z'); // 01:30 on 6 March in Moscow, 17:30 on 5 March in New York
    expect(localDay(evening, t.ctx.config.cityTimezone)).toBe('2027-03-06');
    const res = await admin.put('/api/admin/city', { ...kazan, timeZone: 'America/New_York', languages: ['en', 'ru'] });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      nameRu: 'Казань',
      nameEn: 'Kazan',
      timeZone: 'America/New_York',
      centre: kazan.centre,
      zoom: 11,
      languages: ['en', 'ru'],
    });
    expect(await lastAudit()).toMatchObject({
      action: 'city.identity_set',
      actor_id: adminId,
      subject_type: 'city',
      data: { nameRu: 'Казань', nameEn: 'Kazan', timeZone: 'America/New_York', previousTimeZone: 'Europe/Moscow' },
    });
    expect((await lastAudit()).data.changed).toEqual(expect.arrayContaining(['nameRu', 'nameEn', 'timeZone', 'centre', 'zoom', 'languages']));

    // one source of truth: every module reads config.cityTimezone
    expect(t.ctx.config.cityTimezone).toBe('America/New_York');
    expect(localDay(evening, t.ctx.config.cityTimezone)).toBe('2027-03-05');
    expect((await new TestClient(t.app).get('/api/site')).body).toMatchObject({ cityTimezone: 'America/New_York', city: { nameEn: 'Kazan' } });
    expect(cityName('ru')).toBe('Казань');
    expect(cityName('en')).toBe('Kazan');
    expect(message('ru', 'city.name')).toBe('«Город» — Казань');
    expect(message('en', 'city.name')).toBe('Gorod — Kazan');

    // contacts may be cleared
    const cleared = await admin.put('/api/admin/city', { ...kazan, phone: '', email: null, website: '' });
    expect(cleared.body).toMatchObject({ phone: null, email: null, website: null, timeZone: 'Europe/Moscow' });
    expect(t.ctx.config.cityTimezone).toBe('Europe/Moscow');
  });

  it('an administrator uploads the logo, which anyone may load; a non-image is refused', async () => {
    const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#1f6feb' } })
      .png()
      .toBuffer();
    expect((await uploadLogo(resident, png)).status).toBe(403);
    const bad = await uploadLogo(admin, Buffer.from('not an image'));
    expect(bad.status).toBe(415);
    expect(bad.body.error.code).toBe('city_logo_not_image');
    const up = await uploadLogo(admin, png);
    expect(up.status).toBe(200);
    expect(up.body.logoUrl).toMatch(/^\/api\/city\/logo\/[0-9a-f-]{36}$/);
    expect(await lastAudit()).toMatchObject({ action: 'city.logo_set', actor_id: adminId });
    const logo = await t.app.inject({ method: 'GET', url: up.body.logoUrl });
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/webp');
    // a second upload replaces (and deletes) the first
    const again = await uploadLogo(admin, png);
    expect((await t.app.inject({ method: 'GET', url: up.body.logoUrl })).statusCode).toBe(404);
    const removed = await admin.delete('/api/admin/city/logo');
    expect(removed.body.logoUrl).toBeNull();
    expect((await t.app.inject({ method: 'GET', url: again.body.logoUrl })).statusCode).toBe(404);
    expect(await lastAudit()).toMatchObject({ action: 'city.logo_removed' });
  });

  it('before setup: a neutral name, CITY_TIMEZONE, the districts’ extent, and a flag that setup is needed', async () => {
    await t.database.db.execute(sql`delete from city_settings`);
    const site = await new TestClient(t.app).get('/api/site');
    expect(site.body.city).toMatchObject({
      nameRu: 'Город',
      nameEn: 'Gorod',
      timeZone: 'Europe/Moscow',
      setupNeeded: true,
      setupCompleted: false,
      logoUrl: null,
      languages: ['ru', 'en'],
    });
    // St Petersburg's 18 districts span about 59.6–60.25 N, 29.4–30.8 E
    expect(site.body.city.centre.lat).toBeCloseTo(59.93, 0);
    expect(site.body.city.centre.lon).toBeCloseTo(30.1, 0);
    expect(site.body.city.zoom).toBeGreaterThanOrEqual(8);
    expect(site.body.city.zoom).toBeLessThanOrEqual(10);
    // the logo needs the identity first
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    const early = await uploadLogo(admin, png);
    expect(early.status).toBe(409);
    expect(early.body.error.message).toBe('Сначала укажите название города и карту, потом логотип.');
    const put = await admin.put('/api/admin/city', kazan);
    expect(put.status).toBe(200);
    expect(put.body.setupNeeded).toBe(false);
  });
});
