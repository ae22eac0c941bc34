import crypto from 'node:crypto';
import fs from 'node:fs';
import { and, desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { uploadTestPhoto } from '../../../../test/uploads.js';
import { person } from '../../../../test/fixtures.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { talliedHeading, untalliedHeading, type TalliedHeading } from '../../../../test/works-fixtures.js';
import { auditLog } from '../../../core/audit/schema.js';
import { pbResultOverrides, pbWorks, pbWorkUpdates } from '../db/schema.js';
import { commitments } from '../../commitments/db/schema.js';

let t: TestApp;
let admin: TestClient;
let official: TestClient;
let officialId: string;
let otherOfficial: TestClient;
let resident: TestClient;
let anonymous: TestClient;
let heading: TalliedHeading;

async function lastAudit(action: string) {
  const [row] = await t.database.db.select().from(auditLog).where(eq(auditLog.action, action)).orderBy(desc(auditLog.seq)).limit(1);
  return row;
}

beforeAll(async () => {
  t = await testApp();
  admin = (await person(t, { email: 'works-admin@gorod.test', roles: ['administrator'] })).client;
  ({ client: official, userId: officialId } = await person(t, {
    email: 'works-official@gorod.test',
    roles: [{ role: 'official', department: 'committee-improvement' }],
  }));
  otherOfficial = (await person(t, { email: 'works-roads@gorod.test', roles: [{ role: 'official', department: 'committee-roads' }] })).client;
  resident = (await signedInResident(t.app, t.database, 'works-resident@gorod.test')).client;
  // sessions read roles at sign-in time in some setups: sign in again is not needed, roles are read per request
  anonymous = new TestClient(t.app, 'en');
  heading = await talliedHeading(t.database);
});

afterAll(async () => {
  await t.close();
});

describe('creating works from a heading’s winners', () => {
  it('is refused to residents, officials and people not signed in', async () => {
    const body = { departmentId: 'committee-improvement' };
    expect((await anonymous.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, body)).status).toBe(401);
    const res = await official.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, body);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_administrator');
  });

  it('refuses an unknown heading, an unknown department, a heading without a tally and a proposal that did not win', async () => {
    expect((await admin.post(`/api/admin/budgeting/headings/${crypto.randomUUID()}/works`, { departmentId: 'committee-improvement' })).body.error.code).toBe(
      'works_heading_not_found',
    );
    const dept = await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, { departmentId: 'no-such-department' });
    expect(dept.status).toBe(400);
    expect(dept.body.error.fields.departmentId).toMatch(/no such department/);
    const untallied = await admin.post(`/api/admin/budgeting/headings/${await untalliedHeading(t.database)}/works`, { departmentId: 'committee-improvement' });
    expect(untallied.status).toBe(409);
    expect(untallied.body.error.message).toMatch(/tally the votes first/);
    const loser = await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, {
      departmentId: 'committee-improvement',
      numbers: [heading.loser.number],
    });
    expect(loser.status).toBe(400);
    expect(loser.body.error.fields.numbers).toContain(`No. ${heading.loser.number}`);
  });

  it('makes one work per winner for the department, audited, and a second call changes nothing', async () => {
    const first = await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, { departmentId: 'committee-improvement' });
    expect(first.status).toBe(200);
    expect(first.body.created).toHaveLength(2);
    expect(first.body.existing).toEqual([]);
    const rows = await t.database.db.select().from(pbWorks);
    expect(rows.map((r) => r.proposalId).sort()).toEqual(heading.winners.map((w) => w.id).sort());
    expect(rows.every((r) => r.status === 'planned' && r.departmentId === 'committee-improvement' && r.spent === '0.00')).toBe(true);
    expect(await lastAudit('pb_works.created')).toMatchObject({ subjectId: heading.headingId, data: { departmentId: 'committee-improvement' } });
    // each work is one of the city's commitments, made with it, due after the project's implementation months
    const made = await anonymous.get('/api/commitments?sourceType=proposal');
    expect(made.body.items.map((c: { sourceId: string }) => Number(c.sourceId)).sort()).toEqual(heading.winners.map((w) => w.number).sort());
    expect(made.body.items[0]).toMatchObject({ status: 'open', stage: 'planned', department: { id: 'committee-improvement' } });
    const again = await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, { departmentId: 'committee-roads' });
    expect(again.body).toEqual({ created: [], existing: expect.arrayContaining(first.body.created) });
    expect((await t.database.db.select().from(pbWorks)).every((r) => r.departmentId === 'committee-improvement')).toBe(true);
  });

  it('follows administrators’ overrides: a winner added by an override gets its work too', async () => {
    await t.database.db
      .insert(pbResultOverrides)
      .values({ headingId: heading.headingId, proposalId: heading.loser.id, decision: 'add', reason: 'Городской бюджет добавил средства' });
    const res = await admin.post(`/api/admin/budgeting/headings/${heading.headingId}/works`, {
      departmentId: 'committee-improvement',
      numbers: [heading.loser.number],
    });
    expect(res.body.created).toHaveLength(1);
  });
});

async function workIdOf(number: number): Promise<string> {
  const list = await anonymous.get('/api/budgeting/works?limit=100');
  return list.body.items.find((i: { proposal: { number: number } }) => i.proposal.number === number).id;
}

describe('reporting on a work', () => {
  it('is for officials of the responsible department and administrators only', async () => {
    const id = await workIdOf(heading.winners[0]!.number);
    const body = { status: 'design', note: 'Начато проектирование' };
    expect((await anonymous.post(`/api/budgeting/works/${id}/updates`, body)).status).toBe(401);
    for (const client of [resident, otherOfficial]) {
      const res = await client.post(`/api/budgeting/works/${id}/updates`, body);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('works_not_responsible');
    }
    expect((await anonymous.get(`/api/budgeting/works/${id}`)).body).toMatchObject({ status: 'planned', updates: [], canUpdate: false });
    expect((await official.get(`/api/budgeting/works/${id}`)).body.canUpdate).toBe(true);
    expect((await otherOfficial.get(`/api/budgeting/works/${id}`)).body.canUpdate).toBe(false);
  });

  it('records stage, progress and exact money in the public history, audited', async () => {
    const id = await workIdOf(heading.winners[0]!.number);
    expect((await official.post(`/api/budgeting/works/${id}/updates`, { status: 'design', note: 'Начато проектирование' })).status).toBe(200);
    const res = await official.post(`/api/budgeting/works/${id}/updates`, {
      status: 'in_progress',
      progress: 40,
      spent: '1800000.10',
      startedOn: '2027-05-04',
      note: 'Подготовлено основание',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'in_progress',
      progress: 40,
      spent: '1800000.10',
      startedOn: '2027-05-04',
      department: { id: 'committee-improvement' },
    });
    expect(res.body.updates.map((u: { note: string; status: string; spent: string }) => [u.status, u.spent, u.note])).toEqual([
      ['in_progress', '1800000.10', 'Подготовлено основание'],
      ['design', '0.00', 'Начато проектирование'],
    ]);
    expect(JSON.stringify(res.body)).not.toContain(officialId);
    expect(await lastAudit('pb_work.updated')).toMatchObject({
      actorId: officialId,
      subjectId: id,
      data: { status: 'in_progress', progress: 40, spent: '1800000.10' },
    });
  });

  it('refuses updates that break the rules, naming the field, and leaves the work as it was', async () => {
    const id = await workIdOf(heading.winners[0]!.number);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ status: 'done' }, 'progress', /100/],
      [{ spent: '1 800 000' }, 'spent', /two decimals/],
      [{ spent: '-5' }, 'spent', /two decimals/],
      [{ progress: 101 }, 'progress', /100/],
      [{}, 'note', /write a note/],
      [{ finishedOn: '2027-05-01' }, 'finishedOn', /before the start/],
      [{ status: 'built' }, 'status', /./],
      [{ note: 'x', colour: 'red' }, 'body', /colour/],
    ];
    for (const [body, field, message] of cases) {
      const res = await official.post(`/api/budgeting/works/${id}/updates`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.fields[field], JSON.stringify(res.body)).toMatch(message);
    }
    expect((await anonymous.get(`/api/budgeting/works/${id}`)).body).toMatchObject({ status: 'in_progress', progress: 40, spent: '1800000.10' });
  });

  it('shows attached photos to everyone, and refuses someone else’s photo or one already used', async () => {
    const id = await workIdOf(heading.winners[0]!.number);
    const photo = await uploadTestPhoto(t.app, official);
    const res = await official.post(`/api/budgeting/works/${id}/updates`, { note: 'Фото с объекта', photoIds: [photo] });
    expect(res.status).toBe(200);
    const url = res.body.updates[0].photos[0].thumbUrl as string;
    const img = await t.app.inject({ method: 'GET', url });
    expect(img.statusCode).toBe(200);
    expect(img.headers['content-type']).toBe('image/webp');
    expect((await official.post(`/api/budgeting/works/${id}/updates`, { note: 'Снова', photoIds: [photo] })).body.error.fields.photoIds).toMatch(/already/);
    const foreign = await uploadTestPhoto(t.app, resident);
    expect((await official.post(`/api/budgeting/works/${id}/updates`, { note: 'Чужое', photoIds: [foreign] })).body.error.fields.photoIds).toMatch(
      /upload it again/,
    );
    expect((await anonymous.get(`/api/budgeting/works/${id}/photos/${foreign}`)).status).toBe(404);
    const other = await workIdOf(heading.winners[1]!.number);
    expect((await anonymous.get(`/api/budgeting/works/${other}/photos/${photo}`)).status).toBe(404);
  });

  it('finishes a work at 100 %; administrators may report too', async () => {
    const id = await workIdOf(heading.winners[1]!.number);
    const res = await admin.post(`/api/budgeting/works/${id}/updates`, {
      status: 'done',
      progress: 100,
      spent: '2750000.50',
      startedOn: '2027-04-01',
      finishedOn: '2027-08-30',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'done', progress: 100, finishedOn: '2027-08-30' });
    const [row] = await t.database.db
      .select()
      .from(pbWorkUpdates)
      .where(and(eq(pbWorkUpdates.workId, id), eq(pbWorkUpdates.status, 'done')));
    expect(row?.spent).toBe('2750000.50');
    // the work's update is its commitment's progress, and finishing it is the delivery; nobody reports twice
    const c = (await anonymous.get(`/api/commitments/by-source/proposal/${heading.winners[1]!.number}`)).body;
    expect(c).toMatchObject({ status: 'delivered', stage: 'done', percent: 100, spent: '2750000.50', deliveredOn: '2027-08-30' });
    const twice = await admin.post(`/api/commitments/${c.number}/progress`, { note: 'Also here.' });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('commitment_reported_on_work');
  });

  it('the ledger’s migration made works built before it their commitments: delivered when done, with the created entry', async () => {
    const number = heading.winners[1]!.number;
    await t.database.db.delete(commitments).where(and(eq(commitments.sourceType, 'proposal'), eq(commitments.sourceId, String(number))));
    const migration = fs.readFileSync(new URL('../../../../migrations/0044_commitments_works.sql', import.meta.url), 'utf8');
    // replayed on today's schema, whose key (0050) also names the part of the source: the same conflict, one column more
    const today = migration.replaceAll('ON CONFLICT ("source_type", "source_id")', 'ON CONFLICT ("source_type", "source_id", "source_part")');
    for (const statement of today.split('--> statement-breakpoint').filter((q) => /INSERT INTO/.test(q))) await t.database.db.execute(sql.raw(statement));
    const c = (await anonymous.get(`/api/commitments/by-source/proposal/${number}`)).body;
    expect(c).toMatchObject({ status: 'delivered', stage: 'done', deliveredOn: '2027-08-30', department: { id: 'committee-improvement' } });
    expect((await anonymous.get(`/api/commitments/${c.number}`)).body.entries.map((e: { kind: string }) => e.kind)).toEqual(['created']);
  });

  it('keeps milestones in order, replaced as a list by the responsible official only', async () => {
    const id = await workIdOf(heading.winners[0]!.number);
    const items = [{ title: 'Проект', dueOn: '2027-04-01', doneOn: '2027-03-28' }, { title: 'Работы', dueOn: '2027-08-01' }, { title: 'Приёмка' }];
    expect((await otherOfficial.put(`/api/budgeting/works/${id}/milestones`, { items })).status).toBe(403);
    const res = await official.put(`/api/budgeting/works/${id}/milestones`, { items });
    expect(res.status).toBe(200);
    expect(res.body.milestones.map((m: { title: string; doneOn: string | null }) => [m.title, m.doneOn])).toEqual([
      ['Проект', '2027-03-28'],
      ['Работы', null],
      ['Приёмка', null],
    ]);
    expect((await official.put(`/api/budgeting/works/${id}/milestones`, { items: [{ title: '', dueOn: 'soon' }] })).status).toBe(400);
    // titles go through the one text rule: no bidi overrides or invisible characters, one line
    const cleaned = await official.put(`/api/budgeting/works/${id}/milestones`, { items: [{ title: '\u202eПроект\u200b\n организации  работ ' }] });
    expect(cleaned.body.milestones.map((m: { title: string }) => m.title)).toEqual(['Проект организации работ']);
    expect((await official.put(`/api/budgeting/works/${id}/milestones`, { items: [{ title: '\u200b\u202e ' }] })).status).toBe(400);
    expect((await official.put(`/api/budgeting/works/${id}/milestones`, { items: items.slice(1) })).body.milestones).toHaveLength(2);
    expect(await lastAudit('pb_work.milestones_set')).toMatchObject({ subjectId: id, data: { count: 2 } });
  });

  it('answers 404 for a work that does not exist', async () => {
    expect((await anonymous.get(`/api/budgeting/works/${crypto.randomUUID()}`)).body.error.code).toBe('works_not_found');
    expect((await official.post(`/api/budgeting/works/${crypto.randomUUID()}/updates`, { note: 'x' })).status).toBe(404);
  });
});

describe('the public list and map of works', () => {
  it('filters by year, district and status, with points for the map and counts by status', async () => {
    const all = await anonymous.get('/api/budgeting/works');
    expect(all.status).toBe(200);
    expect(all.body.total).toBe(3);
    expect(all.body.years).toEqual([2026]);
    expect(all.body.points).toHaveLength(3);
    expect(all.body.points[0]).toMatchObject({ lat: expect.any(Number), lon: expect.any(Number) });
    expect(all.body.counts).toMatchObject({ done: 1, in_progress: 1, planned: 1 });
    expect(all.body.items[0]).toMatchObject({ cycle: { year: 2026 }, heading: { id: heading.headingId }, proposal: { districtId: 'admiralteysky' } });
    expect((await anonymous.get('/api/budgeting/works?status=done')).body.items.map((i: { status: string }) => i.status)).toEqual(['done']);
    expect((await anonymous.get('/api/budgeting/works?status=done')).body.counts.planned).toBe(1);
    expect((await anonymous.get('/api/budgeting/works?year=2025')).body.total).toBe(0);
    expect((await anonymous.get('/api/budgeting/works?districtId=nevsky')).body.points).toEqual([]);
    expect((await anonymous.get('/api/budgeting/works?limit=1&offset=1')).body.items).toHaveLength(1);
    expect((await anonymous.get('/api/budgeting/works?status=built')).status).toBe(400);
  });
});
