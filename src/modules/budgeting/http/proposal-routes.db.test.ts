import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../core/db/client.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { person } from '../../../../test/fixtures.js';
import { TestClient, signedInResident } from '../../../../test/http-client.js';

let t: TestApp;
let admin: TestClient;
let adminId: string;
let anna: TestClient;
let annaId: string;
let boris: TestClient;
let borisId: string;
let expert: TestClient;
let otherExpert: TestClient;
let visitor: TestClient;
let cycleId: string;
let districtHeading: string;
let cityHeading: string;
let nevskyHeading: string;

const day = 86_400_000;
const admiralteysky = { lat: 59.9187, lon: 30.288 };
const nevsky = { lat: 59.9075, lon: 30.483 };

const propose = (c: TestClient, body: Record<string, unknown>) =>
  c.post('/api/budgeting/proposals', {
    headingId: districtHeading,
    title: 'Скамейки в Коломне',
    description: 'Поставить десять скамеек вдоль канала Грибоедова.',
    estimatedCost: '450000',
    ...admiralteysky,
    ...body,
  });
const advance = () => admin.post(`/api/admin/budgeting/cycles/${cycleId}/advance`);
const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};

beforeAll(async () => {
  t = await testApp();
  ({ client: admin, userId: adminId } = await person(t, { email: 'admin@example.org', roles: ['administrator'] }));
  ({ client: anna, userId: annaId } = await signedInResident(t.app, t.database, 'anna@example.org'));
  ({ client: boris, userId: borisId } = await signedInResident(t.app, t.database, 'boris@example.org', 'ru'));
  const e = await person(t, { email: 'expert@example.org', roles: ['expert'] });
  const o = await person(t, { email: 'other-expert@example.org', roles: ['expert'] });
  expert = e.client;
  otherExpert = o.client;
  visitor = new TestClient(t.app, 'en');
  // a cycle in idea intake: informing 8 days ago, intake a day ago, review in 6 days
  const names = ['informingFrom', 'intakeFrom', 'reviewFrom', 'votingFrom', 'tallyingFrom', 'resultsFrom', 'implementationFrom'];
  const dates = Object.fromEntries(names.map((n, i) => [n, new Date(Date.now() + (-8 + i * 7) * day).toISOString()]));
  cycleId = (await admin.post('/api/admin/budgeting/cycles', { year: 2031, title: 'Твой бюджет 2031', ...dates })).body.id;
  await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, { districtId: 'admiralteysky', title: 'Адмиралтейский', amount: '15000000' });
  await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, { districtId: 'nevsky', title: 'Невский', amount: '15000000' });
  const cycle = (await admin.post(`/api/admin/budgeting/cycles/${cycleId}/headings`, { districtId: null, title: 'Город', amount: '90000000', position: 9 }))
    .body;
  districtHeading = cycle.headings.find((h: { districtId: string }) => h.districtId === 'admiralteysky').id;
  nevskyHeading = cycle.headings.find((h: { districtId: string }) => h.districtId === 'nevsky').id;
  cityHeading = cycle.headings.find((h: { districtId: string | null }) => h.districtId === null).id;
  await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: e.userId, headingId: districtHeading });
  await admin.post(`/api/admin/budgeting/cycles/${cycleId}/experts`, { userId: o.userId, headingId: nevskyHeading });
});
afterAll(async () => t?.close());

let first: number;
let second: number;

describe('proposing during idea intake', () => {
  it('a resident proposes with a place and a photo: the district follows from the place, the author follows it', async () => {
    const photo = await uploadTestPhoto(t.app, anna);
    const res = await propose(anna, { photoIds: [photo], address: 'наб. канала Грибоедова, 120', topic: 'improvement' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      title: 'Скамейки в Коломне',
      status: 'submitted',
      districtId: 'admiralteysky',
      estimatedCost: '450000.00',
      finalCost: null,
      cost: '450000.00',
      author: { id: annaId, displayName: 'Test Resident' },
      heading: { id: districtHeading },
      cycle: { id: cycleId },
      phase: 'intake',
      mine: true,
      can: { edit: true, withdraw: true, support: false, review: false, manageCoauthors: true },
    });
    expect(res.body.photos).toHaveLength(1);
    first = res.body.number;
    const img = await t.app.inject({ method: 'GET', url: res.body.photos[0].thumbUrl });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    // the same photo cannot go on a second proposal
    const again = await propose(anna, { photoIds: [photo] });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('proposal_photo_unknown');
    await runJobs();
    const [follow] = await queryRows<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from follows where user_id = ${annaId} and entity_type = 'proposal' and entity_id = ${String(first)}`,
    );
    expect(Number(follow?.n)).toBe(1);
  });

  it('a citywide heading takes a proposal without a place', async () => {
    const res = await propose(boris, { headingId: cityHeading, lat: null, lon: null, title: 'Городское приложение для велопарковок' });
    expect(res.status).toBe(201);
    expect(res.body.districtId).toBeNull();
  });

  it('refuses visitors and bad input, naming the field in the reader’s language', async () => {
    expect((await propose(visitor, {})).status).toBe(401);
    const cases: [Record<string, unknown>, string, string][] = [
      // lengths are counted after the one text rule: spaces, zero-width and bidi characters do not count
      [{ title: '  Да\u200b\u202e\u200b   ' }, 'title', 'validation_failed'],
      [{ description: 'Коротко' }, 'description', 'validation_failed'],
      [{ address: 'Невский проспект, '.repeat(20) }, 'address', 'validation_failed'],
      [{ estimatedCost: '-5' }, 'estimatedCost', 'cycle_money_invalid'],
      [{ estimatedCost: '12.345' }, 'estimatedCost', 'cycle_money_invalid'],
      [{ ...nevsky }, 'lat', 'proposal_place_outside_heading'],
      [{ lat: null, lon: null }, 'lat', 'proposal_place_required'],
      [{ lat: 55.75, lon: 37.61 }, 'lat', 'proposal_place_outside_city'],
      [{ lat: 59.9, lon: null }, 'lat', 'proposal_place_invalid'],
      [{ headingId: '00000000-0000-0000-0000-000000000000' }, 'headingId', 'cycle_heading_not_found'],
    ];
    for (const [body, field, code] of cases) {
      const res = await propose(boris, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const ru = await propose(boris, { ...nevsky });
    expect(ru.body.error.message, JSON.stringify(ru.body)).toContain('вне района');
    const short = await propose(boris, { title: 'Да' });
    expect(short.body.error.fields.title).toBe('Заголовок: не меньше 5 символов.');
  });

  it('a proposal’s texts go through the one text rule: no bidi overrides or invisible characters, Unicode composed, paragraphs kept', async () => {
    const res = await propose(boris, {
      headingId: cityHeading,
      lat: null,
      lon: null,
      title: '\ufeffВелопарковки у метро\u202e «Чернышевская»\u2060',
      description: 'Поставить велопарковки\u200b у выходов метро.  \r\n\r\n\r\n\r\nНа сто мест: и\u0306 всё.',
      address: '  Кирочная\tулица,\n 1\u200f ',
    });
    expect(res.status).toBe(201);
    expect(res.body.title).toBe('Велопарковки у метро «Чернышевская»');
    expect(res.body.description).toBe('Поставить велопарковки у выходов метро.\n\nНа сто мест: й всё.');
    expect(res.body.address).toBe('Кирочная улица, 1');
    expect((await boris.post(`/api/budgeting/proposals/${res.body.number}/withdraw`)).status).toBe(200);
  });

  it('supports: once each, not one’s own, taken back', async () => {
    const url = `/api/budgeting/proposals/${first}/support`;
    expect((await boris.post(url)).body).toEqual({ supported: true, supportCount: 1 });
    expect((await boris.post(url)).body).toEqual({ supported: true, supportCount: 1 });
    const own = await anna.post(url);
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('proposal_support_own');
    expect((await visitor.post(url)).status).toBe(401);
    expect((await boris.delete(url)).body).toEqual({ supported: false, supportCount: 0 });
    expect((await boris.post(url)).body.supportCount).toBe(1);
  });

  it('the author edits and names a co-author, who is notified and may edit too; others may not', async () => {
    const edit = await anna.patch(`/api/budgeting/proposals/${first}`, { estimatedCost: '480000.50' });
    expect(edit.status).toBe(200);
    expect(edit.body.estimatedCost).toBe('480000.50');
    const denied = await boris.patch(`/api/budgeting/proposals/${first}`, { title: 'Чужое название проекта' });
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('not_proposal_author');
    const added = await anna.post(`/api/budgeting/proposals/${first}/coauthors`, { userId: borisId });
    expect(added.status).toBe(200);
    expect(added.body.coauthors).toMatchObject([{ id: borisId, viaMerge: false }]);
    expect((await anna.post(`/api/budgeting/proposals/${first}/coauthors`, { userId: borisId })).status).toBe(409);
    expect((await anna.post(`/api/budgeting/proposals/${first}/coauthors`, { userId: annaId })).body.error.code).toBe('proposal_coauthor_is_author');
    expect((await boris.post(`/api/budgeting/proposals/${first}/coauthors`, { userId: annaId })).body.error.code).toBe('not_proposal_author');
    expect((await boris.patch(`/api/budgeting/proposals/${first}`, { title: 'Скамейки и урны в Коломне' })).status).toBe(200);
    await runJobs();
    const notes = await boris.get('/api/notifications');
    expect(notes.body.items.some((n: { text: string }) => n.text.includes('добавлены в соавторы'))).toBe(true);
  });

  it('comments are open during intake (the proposal entity kind)', async () => {
    const res = await boris.post(`/api/comments/proposal/${first}`, { body: 'Хорошая идея, поддерживаю!' });
    expect(res.status).toBe(201);
    expect((await visitor.get(`/api/budgeting/proposals/${first}`)).body.commentCount).toBe(1);
  });

  it('search finds words in any form, in Russian and English, and a number finds that proposal', async () => {
    const p = await propose(boris, { title: 'Освещение набережной', description: 'Fountains and lighting along the embankment of the Fontanka.' });
    const numbers = async (q: string) =>
      ((await visitor.get(`/api/budgeting/proposals?headingId=${districtHeading}&q=${encodeURIComponent(q)}`)).body.items as { number: number }[]).map(
        (i) => i.number,
      );
    expect(await numbers('набережная')).toContain(p.body.number);
    expect(await numbers('fountain')).toContain(p.body.number);
    expect(await numbers(`№${p.body.number}`)).toEqual([p.body.number]);
    expect(await numbers('освещение -набережной')).not.toContain(p.body.number);
    expect(await numbers('трамвай')).toEqual([]);
    // withdrawn again, so the heading's counts below stay as they were
    expect((await boris.post(`/api/budgeting/proposals/${p.body.number}/withdraw`)).status).toBe(200);
  });

  it('the author withdraws a proposal: it leaves the public list', async () => {
    const p = await propose(anna, { title: 'Лишний проект для отзыва' });
    expect((await boris.post(`/api/budgeting/proposals/${p.body.number}/withdraw`)).status).toBe(403);
    const res = await anna.post(`/api/budgeting/proposals/${p.body.number}/withdraw`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    const list = await visitor.get(`/api/budgeting/proposals?headingId=${districtHeading}`);
    expect(list.body.items.map((i: { number: number }) => i.number)).not.toContain(p.body.number);
    const mine = await anna.get('/api/budgeting/proposals?mine=true');
    expect(mine.body.items.map((i: { number: number }) => i.number)).toContain(p.body.number);
    second = (await propose(admin, { title: 'Новые скамейки у Крюкова канала' })).body.number;
  });
});

describe('expert review', () => {
  it('closes editing and supports when review starts', async () => {
    await advance();
    // not now (409): the phase refuses, whoever asks
    const edit = await anna.patch(`/api/budgeting/proposals/${first}`, { title: 'Поздняя правка названия' });
    expect(edit.status).toBe(409);
    expect(edit.body.error.code).toBe('proposal_edit_closed');
    const late = await propose(anna, {});
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('cycle_intake_closed');
    const support = await otherExpert.post(`/api/budgeting/proposals/${first}/support`);
    expect(support.status).toBe(409);
    expect(support.body.error.code).toBe('proposal_support_closed');
    const unsupport = await otherExpert.delete(`/api/budgeting/proposals/${first}/support`);
    expect(unsupport.status).toBe(409);
    expect(unsupport.body.error.code).toBe('proposal_support_closed');
  });

  it('only an assigned expert decides, and a feasible decision needs the final cost and the period', async () => {
    const url = `/api/budgeting/proposals/${first}/review`;
    const opinion = 'Реализуемо: место позволяет, согласовано с районом.';
    expect((await otherExpert.post(url, { decision: 'feasible', opinion, finalCost: '500000', implementationMonths: 6 })).body.error.code).toBe(
      'not_proposal_expert',
    );
    expect((await anna.post(url, { decision: 'feasible', opinion, finalCost: '500000', implementationMonths: 6 })).body.error.code).toBe('not_proposal_expert');
    const cases: [Record<string, unknown>, string, string][] = [
      [{ decision: 'feasible', opinion }, 'finalCost', 'review_final_cost_required'],
      [{ decision: 'feasible', opinion, finalCost: '500000' }, 'implementationMonths', 'review_months_required'],
      [{ decision: 'feasible', opinion, finalCost: '500000', implementationMonths: 99 }, 'implementationMonths', 'review_months_invalid'],
      [{ decision: 'unfeasible', opinion: 'Нет.' }, 'opinion', 'validation_failed'],
    ];
    for (const [body, field, code] of cases) {
      const res = await expert.post(url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe(code);
      expect(Object.keys(res.body.error.fields)).toEqual([field]);
    }
    const ok = await expert.post(url, { decision: 'feasible', opinion, finalCost: '500000', implementationMonths: 6 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      status: 'feasible',
      finalCost: '500000.00',
      cost: '500000.00',
      implementationMonths: 6,
      review: { opinion, reviewer: { displayName: 'Test Resident' } },
    });
    const [audit] = await queryRows<{ data: { decision: string } }>(
      t.database.db,
      sql`select data from audit_log where action = 'proposal.reviewed' and subject_id = ${String(first)}`,
    );
    expect(audit?.data.decision).toBe('feasible');
    await runJobs();
    const notes = await anna.get('/api/notifications');
    expect(notes.body.items.some((n: { text: string }) => n.text.includes('feasible'))).toBe(true);
  });

  it('the queue shows an expert the proposals of their heading only', async () => {
    const q = await expert.get('/api/budgeting/review');
    expect(q.status).toBe(200);
    expect(q.body.items.every((i: { headingId: string }) => i.headingId === districtHeading)).toBe(true);
    expect(q.body.items[0].status).toBe('submitted');
    expect((await anna.get('/api/budgeting/review')).status).toBe(403);
  });

  it('merges a similar proposal: its author is credited as a co-author of the other', async () => {
    const cross = await expert.post(`/api/budgeting/proposals/${second}/merge`, { intoNumber: second });
    expect(cross.body.error.code).toBe('review_merge_self');
    const res = await expert.post(`/api/budgeting/proposals/${second}/merge`, { intoNumber: first, opinion: 'То же место и та же идея, что у проекта выше.' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'merged', mergedInto: { number: first } });
    const target = (await visitor.get(`/api/budgeting/proposals/${first}`)).body;
    expect(target.mergedFrom.map((m: { number: number }) => m.number)).toEqual([second]);
    // the merged proposal's author is credited; boris stays a co-author by invitation
    expect(target.coauthors).toMatchObject([
      { id: borisId, viaMerge: false },
      { id: adminId, viaMerge: true },
    ]);
  });

  it('from voting on, the heading lists only feasible proposals and counts the rest', async () => {
    await advance();
    const res = await visitor.get(`/api/budgeting/headings/${districtHeading}`);
    expect(res.body.phase).toBe('voting');
    expect(res.body.proposals.map((p: { number: number }) => p.number)).toEqual([first]);
    expect(res.body.otherCount).toBe(1);
    expect(
      (await expert.post(`/api/budgeting/proposals/${first}/review`, { decision: 'unfeasible', opinion: 'Передумали, но поздно уже.' })).body.error.code,
    ).toBe('cycle_review_closed');
    expect((await anna.post(`/api/budgeting/proposals/${first}/withdraw`)).body.error.code).toBe('proposal_withdraw_closed');
    const comment = await boris.post(`/api/comments/proposal/${first}`, { body: 'Поздний комментарий' });
    expect(comment.status).toBe(409);
    expect(comment.body.error.code).toBe('proposal_comments_closed');
  });
});
