import crypto from 'node:crypto';
import { and, asc, eq, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { sendTestFile } from '../../../../test/uploads.js';
import { fileableReasons, person } from '../../../../test/fixtures.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { auditLog } from '../../../core/audit/schema.js';
import { queryRows } from '../../../core/db/client.js';
import { AppError } from '../../../core/http/errors.js';
import { enqueueJob } from '../../../core/jobs/jobs.js';
import { addWorkingDays } from '../../../core/time/calendar.js';
import { districtAt } from '../../city/index.js';
import { classifierReasons, rejectionReasons, reportCells, reportEvents, reports, reportSupports } from '../db/schema.js';
import { deadlinesJobKind } from '../jobs.js';
import { routeReport } from '../use-cases/classifier/route-report.js';
import { seedClassifier } from '../use-cases/classifier/seed-classifier.js';
import { markOverdue } from '../use-cases/reports/deadline-jobs.js';
import { fileReport } from '../use-cases/reports/file-report.js';

// ---------------------------------------------------------------------------------------------
// Kit

/** Gostiny Dvor on Nevsky prospect; Moscow's Red Square (outside the city). */
const centre = { lat: 59.9343, lon: 30.3351 };
const moscow = { lat: 55.7539, lon: 37.6208 };

/** A small real image in a format sharp writes. */
async function image(format: 'jpeg' | 'png' | 'webp' | 'avif', opts: { width?: number; height?: number; orientation?: number } = {}): Promise<Buffer> {
  const img = sharp({ create: { width: opts.width ?? 64, height: opts.height ?? 48, channels: 3, background: '#3a7bd5' } });
  const encoded = format === 'avif' ? img.avif({ quality: 50 }) : img[format]();
  return opts.orientation ? encoded.withMetadata({ orientation: opts.orientation }).toBuffer() : encoded.toBuffer();
}

let t: TestApp;

/** POSTs one file to the shared photo route as the client. */
const upload = (client: TestClient, data: Buffer, opts: { filename?: string; contentType?: string; field?: string } = {}) =>
  sendTestFile(t.app, client, data, { filename: 'photo.jpg', ...opts });

async function photoId(client: TestClient, format: 'jpeg' | 'png' = 'jpeg'): Promise<string> {
  const res = await upload(client, await image(format));
  expect(res.status).toBe(201);
  return res.body.id as string;
}

type Reason = { id: number; categoryId: number; nameRu: string; nameEn: string | null };

/** An active, all-year reason without verification, with or without a required photo. */
async function pickReason(wish: { photoRequired: boolean; skip?: number[] }): Promise<Reason> {
  const rows = await fileableReasons(t.database.db);
  const r = rows.find((x) => x.photoRequired === wish.photoRequired && !(wish.skip ?? []).includes(x.id));
  expect(r, `a reason with photoRequired=${wish.photoRequired}`).toBeDefined();
  return r!;
}

const reportRow = async (number: number) => (await t.database.db.select().from(reports).where(eq(reports.number, number)))[0]!;
const notificationsOf = (userId: string, number: number) =>
  queryRows<{ kind: string; data: Record<string, unknown> }>(
    t.database.db,
    sql`select kind, data from notifications where user_id = ${userId} and entity_type = 'report' and entity_id = ${String(number)} order by created_at`,
  );
const follows = (userId: string, number: number) =>
  queryRows<{ n: number }>(
    t.database.db,
    sql`select count(*)::int as n from follows where user_id = ${userId} and entity_type = 'report' and entity_id = ${String(number)}`,
  ).then((r) => r[0]!.n);

// ---------------------------------------------------------------------------------------------
// People and places

let anna: TestClient; // files reports
let annaId: string;
let boris: TestClient; // says "me too"
let borisId: string;
let vera: TestClient;
let veraId: string;
let moderator: TestClient; // city-wide
let farModerator: TestClient; // of another district only
let official: TestClient; // of the department the plain reason goes to
let officialId: string;
let colleague: TestClient; // same department
let colleagueId: string;
let stranger: TestClient; // official of another department
let strangerId: string;
let visitor: TestClient;
let plain: Reason; // no photo required
let withPhoto: Reason; // photo required
let districtId: string;
let departmentId: string;
const otherDepartment = 'committee-roads';
let rejectionId: number;

const fileBody = (over: Record<string, unknown> = {}) => ({
  reasonId: plain.id,
  ...centre,
  address: 'Невский проспект, 35',
  description: 'Глубокая яма на тротуаре у входа в Гостиный двор.',
  ...over,
});

/** Files a report as `client` and returns its number. */
async function file(client: TestClient, over: Record<string, unknown> = {}): Promise<number> {
  const res = await client.post('/api/reports', fileBody(over));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.number as number;
}

/** Files and approves: a public report with the department. */
async function filedAndSent(client: TestClient = anna, over: Record<string, unknown> = {}): Promise<number> {
  const n = await file(client, over);
  expect((await moderator.post(`/api/reports/${n}/approve`, {})).status).toBe(200);
  return n;
}

beforeAll(async () => {
  t = await testApp();
  await seedClassifier(t.ctx, () => undefined);
  plain = await pickReason({ photoRequired: false });
  withPhoto = await pickReason({ photoRequired: true });
  districtId = (await districtAt(t.database.db, centre.lon, centre.lat))!.id;
  departmentId = (await routeReport(t.database.db, { reasonId: plain.id, categoryId: plain.categoryId, districtId }))!;
  expect(departmentId).not.toBe(otherDepartment);
  ({ client: anna, userId: annaId } = await signedInResident(t.app, t.database, 'anna@example.org'));
  ({ client: boris, userId: borisId } = await signedInResident(t.app, t.database, 'boris@example.org'));
  ({ client: vera, userId: veraId } = await signedInResident(t.app, t.database, 'vera@example.org'));
  moderator = (await person(t, { email: 'mod@example.org', roles: ['moderator'] })).client;
  const farDistrict = districtId === 'kurortny' ? 'kolpinsky' : 'kurortny';
  farModerator = (await person(t, { email: 'far-mod@example.org', roles: [{ role: 'moderator', district: farDistrict }] })).client;
  const departmentOfficial = { role: 'official', department: departmentId } as const;
  ({ client: official, userId: officialId } = await person(t, { email: 'clerk@example.org', roles: [departmentOfficial] }));
  ({ client: colleague, userId: colleagueId } = await person(t, { email: 'colleague@example.org', roles: [departmentOfficial] }));
  ({ client: stranger, userId: strangerId } = await person(t, { email: 'roads@example.org', roles: [{ role: 'official', department: otherDepartment }] }));
  visitor = new TestClient(t.app, 'en');
  const [rej] = await t.database.db.select().from(rejectionReasons).where(eq(rejectionReasons.active, true)).orderBy(asc(rejectionReasons.id)).limit(1);
  rejectionId = rej!.id;
});
afterAll(async () => t?.close());
beforeEach(async () => {
  await t.database.db.execute(sql`delete from rate_limits`);
});

// ---------------------------------------------------------------------------------------------

describe('photos', () => {
  it('a JPEG is auto-rotated, re-encoded to WebP without metadata, with a 320 px preview; only its uploader sees it until it is attached', async () => {
    const jpeg = await sharp(await image('jpeg', { width: 400, height: 200 }))
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Anna', ImageDescription: 'secret place' } } })
      .toBuffer();
    const res = await upload(anna, jpeg);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 200, height: 400, thumbUrl: `/api/files/${res.body.id}/thumb` });
    const full = await t.app.inject({ method: 'GET', url: `/api/files/${res.body.id}`, headers: { cookie: anna.cookie! } });
    expect(full.statusCode).toBe(200);
    expect(full.headers['content-type']).toBe('image/webp');
    const meta = await sharp(full.rawPayload).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 200, height: 400 });
    expect(meta.exif).toBeUndefined();
    expect(full.rawPayload.includes(Buffer.from('secret place'))).toBe(false);
    const thumb = await t.app.inject({ method: 'GET', url: `/api/files/${res.body.id}/thumb`, headers: { cookie: anna.cookie! } });
    expect((await sharp(thumb.rawPayload).metadata()).height).toBe(320);
    expect((await visitor.get(`/api/files/${res.body.id}`)).status).toBe(404);
    expect((await boris.get(`/api/files/${res.body.id}`)).status).toBe(404);
  });

  it('takes PNG, WebP and AVIF; refuses HEIC, SVG and non-images with 415, 11 MB with 413, visitors with 401', async () => {
    for (const f of ['png', 'webp', 'avif'] as const) expect((await upload(anna, await image(f), { contentType: `image/${f}` })).status).toBe(201);
    // sharp's bundled libheif decodes AV1 (AVIF) but not HEVC: an iPhone HEIC is refused with a way out
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic'), Buffer.alloc(400, 1)]);
    const h = await upload(anna, heic, { contentType: 'image/heic', filename: 'IMG_0001.HEIC' });
    expect(h.status).toBe(415);
    expect(h.body.error.code).toBe('report_photo_heic_unsupported');
    expect(h.body.error.message).toContain('Most Compatible');
    const svg = await upload(anna, Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'), {
      contentType: 'image/svg+xml',
    });
    expect(svg.status).toBe(415);
    expect(svg.body.error.code).toBe('report_photo_unsupported_format');
    const text = await upload(anna, Buffer.from('this is not a photo at all'), { contentType: 'image/jpeg' });
    expect(text.status).toBe(415);
    expect(text.body.error).toMatchObject({ code: 'report_photo_not_image', message: expect.stringContaining('not an image') });
    const big = await upload(anna, crypto.randomBytes(11 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.body.error.message).toContain('10 MB');
    expect((await upload(visitor, await image('png'))).status).toBe(401);
    expect((await upload(anna, await image('png'), { field: 'picture' })).status).toBe(400);
    const json = await anna.post('/api/uploads/photos', { file: 'x' });
    expect(json.status).toBe(415);
  });
});

describe('filing', () => {
  it('files a report with a photo: 201 with the card, no reporter anywhere, history, map cells and the reporter following it', async () => {
    const photo = await photoId(anna, 'png');
    const res = await anna.post(
      '/api/reports',
      fileBody({ reasonId: withPhoto.id, photoIds: [photo], description: '  <b>Яма</b> на тротуаре,\r\n\r\n\r\nглубокая.  ' }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const card = res.body;
    expect(card).toMatchObject({
      status: 'moderation',
      statusText: 'On moderation',
      reporter: 'A resident',
      mine: true,
      description: '<b>Яма</b> на тротуаре,\n\nглубокая.',
      district: { id: districtId },
    });
    expect(card.photos).toEqual([expect.objectContaining({ id: photo, url: `/api/files/${photo}` })]);
    expect(new Date(card.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(card.department).not.toBeNull();
    expect(JSON.stringify(card)).not.toMatch(/anna@|Test Resident|reporterId/);
    expect(card.history).toEqual([expect.objectContaining({ action: 'filed', actorRole: 'resident', toStatus: 'moderation' })]);
    const cells = await t.database.db.select().from(reportCells).where(eq(reportCells.status, 'moderation'));
    expect(cells.filter((c) => c.zoom === 14).reduce((s, c) => s + c.count, 0)).toBeGreaterThanOrEqual(1);
    expect(new Set(cells.map((c) => c.zoom))).toEqual(new Set([8, 10, 12, 14]));
    // before moderation the public does not see it, nor its photo
    expect((await visitor.get(`/api/reports/${card.number}`)).status).toBe(404);
    expect((await visitor.get(`/api/files/${photo}`)).status).toBe(404);
    await t.ctx.jobs.runDue();
    expect(await follows(annaId, card.number)).toBe(1);
    // a photo belongs to one report
    const again = await anna.post('/api/reports', fileBody({ photoIds: [photo] }));
    expect(again.body.error).toMatchObject({ code: 'report_photo_used' });
    // someone else's upload cannot be attached
    const borisPhoto = await photoId(boris);
    expect((await anna.post('/api/reports', fileBody({ photoIds: [borisPhoto] }))).body.error.code).toBe('report_photo_unknown');
  });

  it('refuses a point outside the city, with a message in the reader’s language', async () => {
    const en = await anna.post('/api/reports', fileBody(moscow));
    expect(en.status).toBe(400);
    expect(en.body.error).toMatchObject({ code: 'report_outside_city', message: expect.stringContaining('outside the city') });
    expect(en.body.error.fields.lat).toContain('outside the city');
    const ru = new TestClient(t.app, 'ru');
    ru.cookie = anna.cookie;
    ru.csrfToken = anna.csrfToken;
    // the signed-in person's language setting wins over the header; the message is theirs
    expect((await ru.post('/api/reports', fileBody(moscow))).body.error.code).toBe('report_outside_city');
    expect((await anna.post('/api/reports', fileBody({ lat: 100 }))).body.error.code).toBe('validation_failed');
  });

  it('refuses unknown, archived and out-of-season reasons, a missing required photo, short and huge descriptions, unknown extra fields', async () => {
    expect((await anna.post('/api/reports', fileBody({ reasonId: 99_999_999 }))).body.error.code).toBe('report_reason_unknown');
    const archived = await pickReason({ photoRequired: false, skip: [plain.id] });
    await t.database.db.update(classifierReasons).set({ archived: true }).where(eq(classifierReasons.id, archived.id));
    const a = await anna.post('/api/reports', fileBody({ reasonId: archived.id }));
    expect(a.status).toBe(400);
    expect(a.body.error).toMatchObject({ code: 'report_reason_archived', message: expect.stringContaining(archived.nameRu) });
    // a season that excludes today, whatever today is
    const today = new Date();
    const md = (d: Date) => `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
    await t.database.db
      .update(classifierReasons)
      .set({
        archived: false,
        seasonFrom: md(new Date(today.getTime() + 5 * 86_400_000)),
        seasonTo: md(new Date(today.getTime() + 10 * 86_400_000)),
        seasonMessage: 'Icicles are removed in winter.',
      })
      .where(eq(classifierReasons.id, archived.id));
    const s = await anna.post('/api/reports', fileBody({ reasonId: archived.id }));
    expect(s.status).toBe(400);
    expect(s.body.error).toMatchObject({ code: 'report_out_of_season', message: expect.stringContaining('Icicles are removed in winter.') });
    await t.database.db.update(classifierReasons).set({ seasonFrom: null, seasonTo: null, seasonMessage: null }).where(eq(classifierReasons.id, archived.id));
    const p = await anna.post('/api/reports', fileBody({ reasonId: withPhoto.id }));
    expect(p.status).toBe(400);
    expect(p.body.error).toMatchObject({ code: 'report_photo_required', fields: { photoIds: expect.stringContaining('photo') } });
    expect((await anna.post('/api/reports', fileBody({ description: 'Яма' }))).body.error.code).toBe('report_description_short');
    expect((await anna.post('/api/reports', fileBody({ description: 'я'.repeat(10_000) }))).body.error.code).toBe('report_description_long');
    expect((await anna.post('/api/reports', fileBody({ extra: { colour: 'red' } }))).body.error.code).toBe('report_extra_unknown');
    expect((await visitor.post('/api/reports', fileBody())).status).toBe(401);
    expect(await t.database.db.$count(reports, eq(reports.reasonId, archived.id))).toBe(0);
  });

  it('keeps the phone for the department and moderators only', async () => {
    await t.database.db
      .update(classifierReasons)
      .set({
        extraFields: [
          { name: 'apartment', required: true },
          { name: 'phone', required: false },
        ],
      })
      .where(eq(classifierReasons.id, plain.id));
    try {
      expect((await anna.post('/api/reports', fileBody())).body.error).toMatchObject({
        code: 'report_extra_required',
        fields: { 'extra.apartment': expect.any(String) },
      });
      expect((await anna.post('/api/reports', fileBody({ extra: { apartment: '12', phone: 'call me' } }))).body.error.code).toBe('report_extra_phone_invalid');
      const n = await filedAndSent(anna, { extra: { apartment: '12', phone: '+7 921 555-12-34' } });
      const pub = await visitor.get(`/api/reports/${n}`);
      expect(pub.body.extra).toEqual({ apartment: '12' });
      expect(JSON.stringify(pub.body)).not.toContain('555-12-34');
      expect((await boris.get(`/api/reports/${n}`)).body.extra).toEqual({ apartment: '12' });
      expect((await anna.get(`/api/reports/${n}`)).body.extra).toEqual({ apartment: '12' });
      expect((await official.get(`/api/reports/${n}`)).body.extra).toEqual({ apartment: '12', phone: '+7 921 555-12-34' });
      expect((await moderator.get(`/api/reports/${n}`)).body.extra.phone).toBe('+7 921 555-12-34');
      expect((await stranger.get(`/api/reports/${n}`)).body.extra.phone).toBeUndefined();
    } finally {
      await t.database.db.update(classifierReasons).set({ extraFields: [] }).where(eq(classifierReasons.id, plain.id));
    }
  });

  it('stops the 11th report of the day with 429, leaving nothing half-made', async () => {
    const { client } = await signedInResident(t.app, t.database, 'busy@example.org');
    for (let i = 0; i < 10; i++) await file(client, { description: `Проблема номер ${i + 1} на Невском проспекте.` });
    const photo = await photoId(client);
    const eleventh = await client.post('/api/reports', fileBody({ photoIds: [photo] }));
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error).toMatchObject({ code: 'report_daily_limit', message: expect.stringContaining('10 reports today') });
    const mine = await client.get('/api/me/reports?limit=50');
    expect(mine.body.items).toHaveLength(10);
    expect(await t.database.db.$count(sql`report_photos` as never, sql`file_id = ${photo}`)).toBe(0);
  });

  it('files through the API (Open311): a media URL satisfies "photo required", the contact stays private', async () => {
    const apiKeyId = crypto.randomUUID();
    await expect(
      fileReport(t.ctx, { apiKeyId }, { reasonId: withPhoto.id, ...centre, description: 'Сломанная скамейка в сквере у дома.' }, 'open311'),
    ).rejects.toMatchObject({
      status: 400,
      code: 'report_photo_required',
    });
    await expect(
      fileReport(
        t.ctx,
        { apiKeyId },
        { reasonId: withPhoto.id, ...centre, description: 'Сломанная скамейка в сквере у дома.', mediaUrl: 'javascript:alert(1)' },
        'open311',
      ),
    ).rejects.toBeInstanceOf(AppError);
    const row = await fileReport(
      t.ctx,
      { apiKeyId, email: 'client@example.net', name: 'Ivan' },
      { reasonId: withPhoto.id, ...centre, description: 'Сломанная скамейка в сквере у дома.', mediaUrl: 'https://photos.example.net/bench.jpg' },
      'open311',
    );
    expect(row).toMatchObject({ source: 'open311', apiKeyId, mediaUrl: 'https://photos.example.net/bench.jpg', status: 'moderation', reporterId: null });
    expect(row.open311Token).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(row.extra).toEqual({ contactEmail: 'client@example.net', contactName: 'Ivan' });
    await moderator.post(`/api/reports/${row.number}/approve`, {});
    const pub = await visitor.get(`/api/reports/${row.number}`);
    expect(pub.body).toMatchObject({ source: 'open311', mediaUrl: 'https://photos.example.net/bench.jpg', extra: {} });
    expect((await moderator.get(`/api/reports/${row.number}`)).body.extra.contactEmail).toBe('client@example.net');
  });
});

describe('the lifecycle', () => {
  it('moderation → sent → in progress → answer → answer moderation → published → dispute → reopened → answer → confirm → closed', async () => {
    const n = await file(anna);
    const queue = await moderator.get('/api/reports/moderation?queue=new');
    expect(queue.body.items.map((i: { number: number }) => i.number)).toContain(n);
    const approved = await moderator.post(`/api/reports/${n}/approve`, {});
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'sent', department: { id: departmentId } });
    expect(approved.body.resolutionDueAt).toBe(approved.body.dueAt);
    // public now: anyone reads it, still without the reporter
    const pub = await visitor.get(`/api/reports/${n}`);
    expect(pub.status).toBe(200);
    expect(pub.body).toMatchObject({ reporter: 'A resident', mine: false, actions: [], canSupport: false });
    expect((await boris.get(`/api/reports/${n}`)).body).toMatchObject({ canSupport: true });
    expect((await boris.post(`/api/reports/${n}/support`)).body).toEqual({ supported: true, supportCount: 1 });
    expect((await boris.post(`/api/reports/${n}/support`)).body).toEqual({ supported: true, supportCount: 1 });
    expect((await anna.post(`/api/reports/${n}/support`)).body.error.code).toBe('report_support_own');

    const inbox = await official.get('/api/reports/inbox');
    expect(inbox.status).toBe(200);
    expect(inbox.body.departmentId).toBe(departmentId);
    expect(inbox.body.items.map((i: { number: number }) => i.number)).toContain(n);
    expect((await official.get(`/api/reports/${n}`)).body.actions).toEqual(['take', 'answer', 'redirect']);
    // actions that carry nothing take an empty body or none
    expect((await official.post(`/api/reports/${n}/take`)).body).toMatchObject({ status: 'in_progress', assigneeId: officialId });
    const after = await photoId(official);
    const answered = await official.post(`/api/reports/${n}/answer`, { text: 'Яма заделана асфальтом, фото приложено.', photoIds: [after] });
    expect(answered.body).toMatchObject({ status: 'answer_moderation', answer: { text: 'Яма заделана асфальтом, фото приложено.', publishedAt: null } });
    // not yet public: neither the text nor the "after" photo
    const hidden = await visitor.get(`/api/reports/${n}`);
    expect(hidden.body.answer).toBeNull();
    expect(JSON.stringify(hidden.body)).not.toContain('заделана');
    expect((await visitor.get(`/api/files/${after}`)).status).toBe(404);
    expect((await moderator.get('/api/reports/moderation?queue=answers')).body.items.map((i: { number: number }) => i.number)).toContain(n);
    expect((await moderator.post(`/api/reports/${n}/return-answer`, {})).status).toBe(400);
    expect((await moderator.post(`/api/reports/${n}/return-answer`, { note: 'Приложите фото после работ крупнее.' })).body.status).toBe('in_progress');
    expect((await official.post(`/api/reports/${n}/answer`, { text: 'Яма заделана асфальтом, фото приложено.' })).body.status).toBe('answer_moderation');
    const published = await moderator.post(`/api/reports/${n}/publish-answer`, {});
    expect(published.body).toMatchObject({ status: 'answered' });
    const card = await visitor.get(`/api/reports/${n}`);
    expect(card.body.answer).toMatchObject({ text: 'Яма заделана асфальтом, фото приложено.', photos: [expect.objectContaining({ id: after })] });
    expect((await visitor.get(`/api/files/${after}`)).status).toBe(200);
    expect((await anna.get(`/api/reports/${n}`)).body).toMatchObject({ canConfirm: true, canDispute: true });

    const proof = await photoId(anna);
    const disputed = await anna.post(`/api/reports/${n}/dispute`, { text: 'Яма всё ещё на месте, асфальт провалился.', photoIds: [proof] });
    expect(disputed.body).toMatchObject({ status: 'reopened', reopenCount: 1 });
    expect(disputed.body.history.at(-1)).toMatchObject({
      action: 'dispute',
      note: 'Яма всё ещё на месте, асфальт провалился.',
      photos: [expect.objectContaining({ id: proof })],
    });
    await official.post(`/api/reports/${n}/take`, {});
    await official.post(`/api/reports/${n}/answer`, { text: 'Выполнен повторный ремонт покрытия.' });
    await moderator.post(`/api/reports/${n}/publish-answer`, {});
    const closed = await anna.post(`/api/reports/${n}/confirm`, {});
    expect(closed.body).toMatchObject({ status: 'closed', closedHow: 'confirmed', canConfirm: false, dueAt: null });
    const second = await anna.post(`/api/reports/${n}/confirm`, {});
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('report_transition_not_allowed');

    const history = (await visitor.get(`/api/reports/${n}`)).body.history as { action: string; actorRole: string; note: string | null }[];
    expect(history.map((h) => h.action)).toEqual([
      'filed',
      'approve',
      'take',
      'answer',
      'return_answer',
      'answer',
      'publish_answer',
      'dispute',
      'take',
      'answer',
      'publish_answer',
      'confirm',
    ]);
    expect(history.find((h) => h.action === 'return_answer')!.note).toBeNull(); // the remark is for the department
    expect(history.find((h) => h.action === 'publish_answer')!.note).toBe('Яма заделана асфальтом, фото приложено.');
    expect(history.find((h) => h.action === 'approve')!.actorRole).toBe('moderator');
    expect((await official.get(`/api/reports/${n}`)).body.history.find((h: { action: string }) => h.action === 'return_answer').note).toBe(
      'Приложите фото после работ крупнее.',
    );
    const audited = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.subjectType, 'report'), eq(auditLog.subjectId, String(n))));
    expect(audited.map((a) => a.action)).toEqual([
      'report.approve',
      'report.take',
      'report.answer',
      'report.return_answer',
      'report.answer',
      'report.publish_answer',
      'report.take',
      'report.answer',
      'report.publish_answer',
    ]);

    await t.ctx.jobs.runDue();
    const annaHeard = (await notificationsOf(annaId, n)).map((x) => x.kind);
    expect(annaHeard).toEqual([
      'report.status.sent',
      'report.status.in_progress',
      'report.status.answered',
      'report.status.in_progress',
      'report.status.answered',
    ]);
    const borisHeard = (await notificationsOf(borisId, n)).map((x) => x.kind);
    expect(borisHeard).toEqual([
      'report.status.in_progress',
      'report.status.answered',
      'report.status.reopened',
      'report.status.in_progress',
      'report.status.answered',
      'report.status.closed',
    ]);
    expect((await notificationsOf(officialId, n)).map((x) => x.kind)).toEqual([
      'report.department.new',
      'report.department.answer_returned',
      'report.department.reopened',
    ]);
    const list = await boris.get('/api/notifications');
    // in the reader's language: the number as English writes it and the reason's English name
    expect(list.body.items.map((i: { text: string }) => i.text)).toContain(`“No. ${n} · ${plain.nameEn ?? plain.nameRu}” is closed.`);

    // the map grid follows every status change: one report, counted once, as closed
    const grid = await queryRows<{ status: string; n: number }>(
      t.database.db,
      sql`select status, sum(count)::int as n from report_cells where zoom = 14 and category_id <> 0 group by status`,
    );
    const actual = await queryRows<{ status: string; n: number }>(
      t.database.db,
      sql`select status, count(*)::int as n from reports where moderation = 'visible' group by status`,
    );
    expect(Object.fromEntries(grid.map((g) => [g.status, g.n]))).toEqual(Object.fromEntries(actual.map((g) => [g.status, g.n])));
  });

  it('a rejection carries a reason from the dictionary, shown to the resident (the public never sees the report)', async () => {
    const n = await file(anna);
    expect((await moderator.post(`/api/reports/${n}/reject`, { rejectionReasonId: 99_999 })).body.error.code).toBe('report_rejection_reason_unknown');
    const res = await moderator.post(`/api/reports/${n}/reject`, { rejectionReasonId: rejectionId, note: 'Уточните адрес.' });
    expect(res.status).toBe(200);
    const [dictionary] = await t.database.db.select().from(rejectionReasons).where(eq(rejectionReasons.id, rejectionId));
    const mine = await anna.get(`/api/reports/${n}`);
    expect(mine.body).toMatchObject({ status: 'rejected', rejection: { reason: dictionary!.textEn, note: 'Уточните адрес.' }, closedHow: 'rejected' });
    expect((await visitor.get(`/api/reports/${n}`)).status).toBe(404);
    await t.ctx.jobs.runDue();
    const [heard] = await notificationsOf(annaId, n);
    expect(heard).toMatchObject({ kind: 'report.status.rejected', data: { reason: `${dictionary!.textRu}. Уточните адрес.` } });
    expect((await moderator.post(`/api/reports/${n}/approve`, {})).status).toBe(409);
  });

  it('a duplicate is merged: its reporter and supporters follow and support the original', async () => {
    const original = await filedAndSent(anna);
    const dup = await filedAndSent(vera, { description: 'Та же яма у Гостиного двора, очень опасно.' });
    await boris.post(`/api/reports/${dup}/support`);
    await t.ctx.jobs.runDue();
    expect((await moderator.post(`/api/reports/${dup}/duplicate`, { of: dup })).body.error.code).toBe('report_duplicate_target_invalid');
    const res = await moderator.post(`/api/reports/${dup}/duplicate`, { of: original });
    expect(res.body).toMatchObject({ status: 'duplicate', duplicateOf: original, closedHow: 'duplicate' });
    await t.ctx.jobs.runDue();
    expect(await follows(veraId, original)).toBe(1);
    expect(await follows(borisId, original)).toBe(1);
    const supporters = await t.database.db
      .select()
      .from(reportSupports)
      .where(eq(reportSupports.reportId, (await reportRow(original)).id));
    expect(supporters.map((s) => s.userId).sort()).toEqual([borisId, veraId].sort());
    expect((await visitor.get(`/api/reports/${original}`)).body.supportCount).toBe(2);
    expect((await notificationsOf(veraId, dup)).map((x) => x.kind)).toContain('report.status.duplicate');
  });

  it('redirect hands a report to another department with a fresh deadline; the old one can no longer act', async () => {
    const n = await filedAndSent(anna);
    expect((await official.post(`/api/reports/${n}/redirect`, { departmentId, note: 'Не наше.' })).body.error.code).toBe('report_redirect_same');
    expect((await official.post(`/api/reports/${n}/redirect`, { departmentId: 'no-such', note: 'Не наше.' })).body.error.code).toBe(
      'report_department_unknown',
    );
    const res = await official.post(`/api/reports/${n}/redirect`, { departmentId: otherDepartment, note: 'Покрытие проезжей части — комитет.' });
    expect(res.status).toBe(200);
    const card = (await stranger.get(`/api/reports/${n}`)).body;
    expect(card).toMatchObject({ status: 'sent', department: { id: otherDepartment }, actions: ['take', 'answer', 'redirect'] });
    expect(card.history.at(-1)).toMatchObject({
      action: 'redirect',
      actorRole: 'official',
      note: 'Покрытие проезжей части — комитет.',
      department: { id: otherDepartment },
    });
    expect((await official.post(`/api/reports/${n}/take`, {})).body.error.code).toBe('report_not_official');
    expect((await stranger.post(`/api/reports/${n}/take`, {})).body.status).toBe('in_progress');
    await t.ctx.jobs.runDue();
    expect((await notificationsOf(strangerId, n)).map((x) => x.kind)).toEqual(['report.department.new']);
    expect((await notificationsOf(annaId, n)).map((x) => x.kind)).toContain('report.status.redirected');
  });

  it('denies those who may not: another department’s official, a resident approving, visitors, a moderator of another district', async () => {
    const n = await file(anna);
    expect((await anna.post(`/api/reports/${n}/approve`, {})).body.error.code).toBe('report_not_moderator');
    expect((await boris.post(`/api/reports/${n}/approve`, {})).status).toBe(404); // not public yet
    expect((await farModerator.post(`/api/reports/${n}/approve`, {})).status).toBe(404);
    expect((await visitor.post(`/api/reports/${n}/approve`, {})).status).toBe(401);
    await moderator.post(`/api/reports/${n}/approve`, {});
    const denied = await boris.post(`/api/reports/${n}/approve`, {});
    expect(denied.status).toBe(403);
    expect(denied.body.error).toMatchObject({ code: 'report_not_moderator', message: 'Only a moderator of this district can do this.' });
    const foreign = await stranger.post(`/api/reports/${n}/take`, {});
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('report_not_official');
    expect((await stranger.get('/api/reports/inbox')).body.items.map((i: { number: number }) => i.number)).not.toContain(n);
    expect((await stranger.get(`/api/reports/inbox?departmentId=${departmentId}`)).status).toBe(403);
    expect((await official.post(`/api/reports/${n}/confirm`, {})).body.error.code).toBe('report_not_reporter');
    expect((await official.post(`/api/reports/${n}/publish-answer`, {})).body.error.code).toBe('report_not_moderator');
    expect((await moderator.post(`/api/reports/${n}/take`, {})).body.error.code).toBe('report_not_official');
    expect((await anna.post(`/api/reports/${n}/confirm`, {})).status).toBe(409);
    expect((await boris.get('/api/reports/inbox')).status).toBe(403);
    expect((await boris.get('/api/reports/moderation')).status).toBe(403);
    expect((await farModerator.get('/api/reports/moderation?queue=new')).body.items).toEqual([]);
    expect((await moderator.post(`/api/reports/${n}/not-competent`, {})).status).toBe(400);
    expect((await moderator.post(`/api/reports/${n}/not-competent`, { note: 'Частная территория.' })).body).toMatchObject({ status: 'not_competent' });
  });

  it('the window to confirm or dispute closes 15 days after the answer was published', async () => {
    const n = await filedAndSent(anna);
    await official.post(`/api/reports/${n}/answer`, { text: 'Работы выполнены в полном объёме.' });
    await moderator.post(`/api/reports/${n}/publish-answer`, {});
    await t.database.db
      .update(reports)
      .set({ answerPublishedAt: new Date(Date.now() - 16 * 86_400_000) })
      .where(eq(reports.number, n));
    const late = await anna.post(`/api/reports/${n}/dispute`, { text: 'Ничего не сделано, всё как было.' });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('report_confirm_window_closed');
  });
});

describe('views', () => {
  it('my reports, newest first; "me too" and nearby reports of the same reason', async () => {
    const first = await filedAndSent(vera);
    const farAway = await filedAndSent(vera, { lat: centre.lat + 0.002, description: 'Та же проблема, но в двухстах метрах отсюда.' });
    const mine = await vera.get('/api/me/reports');
    expect(mine.body.items[0].number).toBe(farAway);
    expect(mine.body.items.map((i: { number: number }) => i.number)).toContain(first);
    expect((await visitor.get('/api/me/reports')).status).toBe(401);
    const near = await visitor.get(`/api/reports/nearby?lat=${centre.lat + 0.0002}&lon=${centre.lon}&reasonId=${plain.id}`);
    const numbers = near.body.items.map((i: { number: number }) => i.number);
    expect(numbers).toContain(first);
    expect(numbers).not.toContain(farAway);
    expect(near.body.items.find((i: { number: number }) => i.number === first).distanceMeters).toBeLessThanOrEqual(50);
    const inModeration = await file(vera);
    expect(
      (await visitor.get(`/api/reports/nearby?lat=${centre.lat}&lon=${centre.lon}&reasonId=${plain.id}`)).body.items.map((i: { number: number }) => i.number),
    ).not.toContain(inModeration);
    expect((await boris.delete(`/api/reports/${first}/support`)).body).toEqual({ supported: false, supportCount: 0 });
  });

  it('the inbox puts overdue reports first, filters, and assigns in bulk within the department', async () => {
    const a = await filedAndSent(vera);
    const b = await filedAndSent(vera);
    await t.database.db
      .update(reports)
      .set({ resolutionDueAt: new Date(Date.now() - 3600_000), dueAt: new Date(Date.now() - 3600_000) })
      .where(eq(reports.number, b));
    const inbox = await official.get('/api/reports/inbox');
    expect(inbox.body.items[0]).toMatchObject({ number: b, overdue: true });
    expect(inbox.body.items.map((i: { number: number }) => i.number)).toContain(a);
    const overdue = await official.get('/api/reports/inbox?overdue=1');
    expect(overdue.body.items.map((i: { number: number }) => i.number)).toEqual([b]);
    expect((await official.post('/api/reports/inbox/assign', { numbers: [a, b], assigneeId: borisId })).body.error.code).toBe('report_assignee_not_official');
    expect((await stranger.post('/api/reports/inbox/assign', { numbers: [a], assigneeId: strangerId })).status).toBe(403);
    expect((await official.post('/api/reports/inbox/assign', { numbers: [a, b], assigneeId: colleagueId })).body).toEqual({
      numbers: [a, b].sort((x, y) => x - y),
    });
    const theirs = await colleague.get('/api/reports/inbox?assignee=me');
    expect(theirs.body.items.map((i: { number: number }) => i.number).sort()).toEqual([a, b].sort());
    await t.ctx.jobs.runDue();
    expect((await notificationsOf(colleagueId, a)).map((x) => x.kind)).toEqual(['report.department.new', 'report.assigned']);
    await t.database.db
      .update(reports)
      .set({ resolutionDueAt: new Date(Date.now() + 30 * 86_400_000), dueAt: new Date(Date.now() + 30 * 86_400_000) })
      .where(eq(reports.number, b));
  });

  it('reports host comments while public and keep their count', async () => {
    const n = await filedAndSent(vera);
    const res = await boris.post(`/api/comments/report/${n}`, { body: 'Подтверждаю, сам чуть не упал.' });
    expect(res.status).toBe(201);
    const reply = await vera.post(`/api/comments/report/${n}`, { body: 'Спасибо!', parentId: res.body.id });
    expect((await visitor.get(`/api/comments/report/${n}`)).body.total).toBe(2);
    expect((await vera.delete(`/api/comments/${reply.body.id}`)).status).toBe(204);
    expect((await visitor.get(`/api/comments/report/${n}`)).body.total).toBe(1);
    const [kept] = await t.database.db.select({ commentCount: reports.commentCount }).from(reports).where(eq(reports.number, n));
    expect(kept!.commentCount).toBe(1);
    const hidden = await file(vera);
    expect((await boris.post(`/api/comments/report/${hidden}`, { body: 'Подтверждаю, сам чуть не упал.' })).status).toBe(404);
    const summary = await t.ctx.entities.describeOne(t.database.db, 'report', String(n));
    expect(summary).toMatchObject({
      title: `№ ${n} · ${plain.nameRu}`,
      titleEn: `No. ${n} · ${plain.nameEn ?? plain.nameRu}`,
      path: `/reports/${n}`,
      authorId: null,
      visible: true,
    });
  });

  it('community moderation hides a report from the public and the map grid, and restores it', async () => {
    const n = await filedAndSent(vera);
    const kind = t.ctx.entities.require('report');
    const sentCells = () =>
      queryRows<{ n: number }>(
        t.database.db,
        sql`select coalesce(sum(count), 0)::int as n from report_cells where zoom = 14 and status = 'sent' and category_id <> 0`,
      ).then((r) => r[0]!.n);
    const before = await sentCells();
    expect(await t.database.db.transaction((tx) => kind.setModeration!(tx, String(n), 'hidden', 'Оскорбления'))).toBe(true);
    expect((await visitor.get(`/api/reports/${n}`)).status).toBe(404);
    expect((await vera.get(`/api/reports/${n}`)).body.moderation).toBe('hidden');
    expect(await sentCells()).toBe(before - 1);
    await t.database.db.transaction((tx) => kind.setModeration!(tx, String(n), 'visible', null));
    expect((await visitor.get(`/api/reports/${n}`)).status).toBe(200);
    expect(await sentCells()).toBe(before);
    expect(await t.database.db.transaction((tx) => kind.setModeration!(tx, '999999999', 'hidden', null))).toBe(false);
  });
});

describe('deadline jobs', () => {
  let dana: TestClient;
  let danaId: string;
  beforeAll(async () => {
    ({ client: dana, userId: danaId } = await signedInResident(t.app, t.database, 'dana@example.org'));
  });
  const runDeadlines = async () => {
    await enqueueJob(t.database.db, { kind: deadlinesJobKind, key: deadlinesJobKind, runAt: new Date(Date.now() - 1000) });
    await t.database.db.execute(sql`update jobs set run_at = now() - interval '1 second' where kind = ${deadlinesJobKind} and done_at is null`);
    await t.ctx.jobs.runDue();
  };

  it('marks an overdue report publicly, escalates to the department head once, and counts it', async () => {
    await t.database.db.execute(sql`update departments set head_user_id = ${colleagueId} where id = ${departmentId}`);
    const n = await filedAndSent(dana);
    const past = new Date(Date.now() - 60_000);
    await t.database.db.update(reports).set({ resolutionDueAt: past, dueAt: past }).where(eq(reports.number, n));
    await runDeadlines();
    const row = await reportRow(n);
    expect(row.overdueAt).not.toBeNull();
    const card = (await visitor.get(`/api/reports/${n}`)).body;
    expect(card).toMatchObject({ overdue: true });
    expect(card.history.at(-1)).toMatchObject({ action: 'overdue', actorRole: 'system' });
    expect((await notificationsOf(colleagueId, n)).map((x) => x.kind)).toEqual(['report.department.new', 'report.overdue']);
    await runDeadlines();
    expect((await notificationsOf(colleagueId, n)).map((x) => x.kind)).toEqual(['report.department.new', 'report.overdue']);
    expect(await t.database.db.$count(reportEvents, and(eq(reportEvents.reportId, row.id), eq(reportEvents.action, 'overdue')))).toBe(1);
  });

  it('works through a backlog of overdue reports in batches in one run, answering requests meanwhile', async () => {
    const { client: eve } = await signedInResident(t.app, t.database, 'eve@example.org');
    const n = await filedAndSent(eve);
    const past = new Date(Date.now() - 60_000);
    await t.database.db.update(reports).set({ resolutionDueAt: past, dueAt: past }).where(eq(reports.number, n));
    // 14 copies of it: a backlog of 15 after a server was down for a while, two and a half batches of 6
    const columns = (
      await queryRows<{ name: string }>(
        t.database.db,
        sql`select column_name as name from information_schema.columns
            where table_name = 'reports' and table_schema = current_schema() and column_name not in ('id', 'number', 'open311_token')`,
      )
    ).map((c) => `"${c.name}"`);
    const list = sql.raw(columns.join(', '));
    await t.database.db.execute(sql`insert into reports (${list}) select ${list} from reports, generate_series(1, 14) where number = ${n}`);
    const run = markOverdue(t.ctx, new Date(), { size: 6 });
    let finished = false;
    void run.then(() => (finished = true));
    expect((await visitor.get('/api/health')).status).toBe(200);
    expect(finished).toBe(false);
    await run;
    const [left] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from reports where resolution_due_at = ${past} and overdue_at is null`,
    );
    expect(left!.n).toBe(0);
    expect(await run).toBe(15);
  });

  it('warns the department a working day before the deadline, once', async () => {
    const n = await filedAndSent(dana);
    const endOfToday = addWorkingDays(new Date(), 0, new Map(), t.ctx.config.cityTimezone);
    await t.database.db.update(reports).set({ resolutionDueAt: endOfToday, dueAt: endOfToday }).where(eq(reports.number, n));
    await runDeadlines();
    await runDeadlines();
    expect((await notificationsOf(officialId, n)).map((x) => x.kind)).toEqual(['report.department.new', 'report.deadline_near']);
    // internal: not in the public history
    expect((await visitor.get(`/api/reports/${n}`)).body.history.map((h: { action: string }) => h.action)).not.toContain('deadline_warning');
  });

  it('warns only the official a report is assigned to, not the whole department', async () => {
    const n = await filedAndSent(dana);
    expect((await official.post(`/api/reports/${n}/take`)).body).toMatchObject({ assigneeId: officialId });
    const endOfToday = addWorkingDays(new Date(), 0, new Map(), t.ctx.config.cityTimezone);
    await t.database.db.update(reports).set({ resolutionDueAt: endOfToday, dueAt: endOfToday }).where(eq(reports.number, n));
    await runDeadlines();
    expect((await notificationsOf(officialId, n)).map((x) => x.kind)).toContain('report.deadline_near');
    expect((await notificationsOf(colleagueId, n)).map((x) => x.kind)).toEqual(['report.department.new']);
  });

  it('closes an answered report by itself 15 days after the answer was published', async () => {
    const n = await filedAndSent(dana);
    await official.post(`/api/reports/${n}/answer`, { text: 'Выполнено, благодарим за сообщение.' });
    await moderator.post(`/api/reports/${n}/publish-answer`, {});
    const answered = await reportRow(n);
    expect(answered.dueAt!.getTime() - answered.answerPublishedAt!.getTime()).toBe(15 * 86_400_000);
    await t.database.db
      .update(reports)
      .set({ dueAt: new Date(Date.now() - 1000) })
      .where(eq(reports.number, n));
    await runDeadlines();
    expect(await reportRow(n)).toMatchObject({ status: 'closed', closedHow: 'auto', dueAt: null });
    expect((await notificationsOf(danaId, n)).map((x) => x.kind).at(-1)).toBe('report.status.closed');
    const grid = await queryRows<{ n: number }>(
      t.database.db,
      sql`select coalesce(sum(count), 0)::int as n from report_cells where zoom = 12 and status = 'answered' and category_id <> 0`,
    );
    const actual = await t.database.db.$count(reports, and(eq(reports.status, 'answered'), eq(reports.moderation, 'visible')));
    expect(grid[0]!.n).toBe(actual);
  });
});

describe('refusals state their kind', () => {
  let eva: TestClient; // files the reports of these cases
  beforeAll(async () => {
    ({ client: eva } = await signedInResident(t.app, t.database, 'eva@example.org'));
  });

  it('"me too" on a report that has ended is not now (409), on one’s own report not you (403)', async () => {
    const n = await filedAndSent(eva);
    expect((await moderator.post(`/api/reports/${n}/not-competent`, { note: 'Частная территория.' })).status).toBe(200);
    const closed = await boris.post(`/api/reports/${n}/support`);
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('report_support_closed');
    const own = await eva.post(`/api/reports/${await filedAndSent(eva)}/support`);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('report_support_own');
  });

  it('a reason for verified accounts refuses a resident with only a confirmed e-mail (403), before anything is stored', async () => {
    const verifiedOnly = await pickReason({ photoRequired: false, skip: [plain.id] });
    await t.database.db.update(classifierReasons).set({ verifiedRequired: true }).where(eq(classifierReasons.id, verifiedOnly.id));
    try {
      const res = await boris.post('/api/reports', fileBody({ reasonId: verifiedOnly.id }));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('report_verified_required');
      expect(await t.database.db.$count(reports, eq(reports.reasonId, verifiedOnly.id))).toBe(0);
    } finally {
      await t.database.db.update(classifierReasons).set({ verifiedRequired: false }).where(eq(classifierReasons.id, verifiedOnly.id));
    }
  });

  it('an official of two departments names the inbox to open: 400 naming departmentId', async () => {
    const both = await person(t, {
      email: 'two-departments@example.org',
      roles: [
        { role: 'official', department: departmentId },
        { role: 'official', department: otherDepartment },
      ],
    });
    const res = await both.client.get('/api/reports/inbox');
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'report_inbox_department_required', fields: { departmentId: expect.any(String) } });
    expect((await both.client.get(`/api/reports/inbox?departmentId=${otherDepartment}`)).status).toBe(200);
  });
});

describe('input beyond its column', () => {
  let fedor: TestClient; // files the reports of these cases
  beforeAll(async () => {
    ({ client: fedor } = await signedInResident(t.app, t.database, 'fedor@example.org'));
  });

  // reason ids are int4: a number beyond 2^31 − 1 once reached PostgreSQL and came back as a 500
  const huge = [2 ** 31, 2 ** 53, 1e20];
  it.each(huge)('a reasonId of %d is a 400 naming reasonId when filing', async (reasonId) => {
    const res = await fedor.post('/api/reports', fileBody({ reasonId }));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.fields).toHaveProperty('reasonId');
  });

  it.each(['2147483648', '9007199254740993', '99999999999999999999'])('a reasonId of %s is a 400 naming reasonId in the queries', async (reasonId) => {
    for (const [client, url] of [
      [visitor, `/api/reports/nearby?lat=${centre.lat}&lon=${centre.lon}&reasonId=${reasonId}`],
      [official, `/api/reports/inbox?reasonId=${reasonId}`],
    ] as const) {
      const res = await client.get(url);
      expect(res.status, `${url} ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.error.fields, url).toHaveProperty('reasonId');
    }
  });

  it.each([
    ['the rejection reason', 'reject', { rejectionReasonId: 2 ** 31 }, 'rejectionReasonId'],
    ['the original of a duplicate', 'duplicate', { of: 2 ** 63 }, 'of'],
  ] as const)('%s beyond its column is a 400 naming it', async (_what, action, body, field) => {
    const n = await file(fedor);
    const res = await moderator.post(`/api/reports/${n}/${action}`, body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.error.fields).toHaveProperty(field);
  });
});
