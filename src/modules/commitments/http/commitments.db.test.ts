import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../../../test/fixtures.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, strongPassword, TestClient } from '../../../../test/http-client.js';
import { auditLog } from '../../../core/audit/schema.js';
import { nextDayOff as nextDayOffOf, workingDayAhead as workingDayAheadOf } from '../../../../test/calendar.js';
import { localDay } from '../../../core/time/calendar.js';
import { forgetParticipation, refreshParticipation } from '../../statistics/use-cases/participation.js';
import { initiatives } from '../../initiatives/db/schema.js';
import { follow } from '../../notifications/index.js';
import { commitmentEntries, commitments } from '../db/schema.js';
import { markOverdueCommitments } from '../use-cases/mark-overdue.js';

let t: TestApp;
let n = 0;
type Person = Awaited<ReturnType<typeof signedInResident>>;
const person = async (name: string) => signedInResident(t.app, t.database, `${name}-${++n}@commitments.test`, 'en');
let admin: Person;
let official: Person;
let otherOfficial: Person;
let supporter: Person;
let stranger: Person;

const tz = () => t.ctx.config.cityTimezone;
const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};
const kinds = async (p: Person) => ((await p.client.get('/api/notifications')).body.items as { kind: string }[]).map((x) => x.kind);

const workingDayAhead = (days: number) => workingDayAheadOf(t, days);
const nextDayOff = () => nextDayOffOf(t);
/** What the statistics publish as the initiatives' implemented ÷ proposed, counted afresh. */
async function initiativesRatio(): Promise<{ implemented: number; proposed: number }> {
  await refreshParticipation(t.ctx);
  forgetParticipation(t.ctx);
  const res = await new TestClient(t.app).get('/api/statistics');
  return res.body.city.ratios.find((r: { capability: string }) => r.capability === 'initiatives');
}

/** An initiative of Nevsky awaiting the answer of admin-nevsky, its author (the supporter) following it. */
async function awaitingAnswer(title: string): Promise<number> {
  const [row] = await t.database.db
    .insert(initiatives)
    .values({
      type: 'improvement',
      scope: 'district',
      districtId: 'nevsky',
      title,
      text: 'Children cross a four-lane street without lights on their way to school every morning.',
      ask: 'Install traffic lights.',
      addressee: 'Nevsky district administration',
      authorId: supporter.userId,
      status: 'awaiting_answer',
      departmentId: 'admin-nevsky',
      submittedAt: new Date(),
      thresholdReachedAt: new Date(),
      answerDueAt: new Date(Date.now() + 10 * 86_400_000),
    })
    .returning();
  await follow(t.database.db, supporter.userId, { entityType: 'initiative', entityId: String(row!.number) });
  return row!.number;
}
const answer = (number: number, body: Record<string, unknown>) =>
  official.client.post(`/api/initiatives/${number}/answer`, { decision: 'accepted', text: 'Traffic lights will be installed by the spring.', ...body });

beforeAll(async () => {
  t = await testApp();
  admin = await person('admin');
  await grantRole(t, admin.userId, 'administrator');
  official = await person('official');
  await grantRole(t, official.userId, 'official', { department: 'admin-nevsky' });
  otherOfficial = await person('other-official');
  await grantRole(t, otherOfficial.userId, 'official', { department: 'admin-admiralteysky' });
  supporter = await person('supporter');
  stranger = await person('stranger');
});
afterAll(async () => {
  await t?.close();
});

describe('an initiative answered accepted becomes a commitment in the same transaction', () => {
  it('refuses an answer without a department or due date, or with a past day or a day off — and then nothing is saved', async () => {
    const number = await awaitingAnswer('Lights at school 185');
    const noDepartment = await answer(number, { dueOn: await workingDayAhead(10) });
    expect(noDepartment.status).toBe(400);
    expect(Object.keys(noDepartment.body.error.fields)).toEqual(['departmentId']);
    expect(noDepartment.body.error.fields.departmentId).toMatch(/department responsible/);
    const noDue = await answer(number, { departmentId: 'admin-nevsky' });
    expect(Object.keys(noDue.body.error.fields)).toEqual(['dueOn']);
    const past = await answer(number, { departmentId: 'admin-nevsky', dueOn: '2020-03-02' });
    expect(past.body.error.fields.dueOn).toMatch(/already passed/);
    const dayOff = await answer(number, { departmentId: 'admin-nevsky', dueOn: await nextDayOff() });
    expect(dayOff.status).toBe(400);
    expect(dayOff.body.error.fields.dueOn).toMatch(/day off/);
    const unknown = await answer(number, { departmentId: 'no-such', dueOn: await workingDayAhead(10) });
    expect(Object.keys(unknown.body.error.fields)).toEqual(['departmentId']);
    const [row] = await t.database.db.select().from(initiatives).where(eq(initiatives.number, number));
    expect(row!.status).toBe('awaiting_answer');
    expect(await t.database.db.select().from(commitments)).toEqual([]);
    // a rejection promises nothing and needs neither
    const other = await awaitingAnswer('Rename the street');
    expect(
      (await official.client.post(`/api/initiatives/${other}/answer`, { decision: 'rejected', text: 'Street names are not the district’s to change.' })).status,
    ).toBe(204);
    expect((await new TestClient(t.app).get(`/api/commitments/by-source/initiative/${other}`)).status).toBe(404);
  });

  it('progress by the department, 403 for another; overdue once; delivered; disputed by a participant only', async () => {
    const number = await awaitingAnswer('Crossing at school 186');
    const dueOn = await workingDayAhead(15);
    expect((await answer(number, { decision: 'partially', departmentId: 'admin-nevsky', dueOn })).status).toBe(204);
    await runJobs();
    const anon = new TestClient(t.app);
    const bySource = await anon.get(`/api/commitments/by-source/initiative/${number}`);
    expect(bySource.status).toBe(200);
    expect(bySource.body).toMatchObject({
      sourceType: 'initiative',
      sourceId: String(number),
      title: 'Crossing at school 186',
      promise: 'Traffic lights will be installed by the spring.',
      department: { id: 'admin-nevsky' },
      districtId: 'nevsky',
      dueOn,
      status: 'open',
      overdue: false,
    });
    const c = bySource.body.number as number;
    const page = await anon.get(`/api/commitments/${c}`);
    expect(page.body.source).toEqual({ title: `№ ${number}. Crossing at school 186`, path: `/initiatives/${number}` });
    expect(page.body.may).toEqual({ progress: false, deliver: false, dispute: false });

    // progress: the responsible department only
    const body = { stage: 'in_progress', percent: 40, spent: '125000.50', note: 'Poles are up.' };
    expect((await anon.post(`/api/commitments/${c}/progress`, body)).status).toBe(401);
    const foreign = await otherOfficial.client.post(`/api/commitments/${c}/progress`, body);
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe('commitment_not_responsible');
    expect((await stranger.client.post(`/api/commitments/${c}/progress`, body)).status).toBe(403);
    const empty = await official.client.post(`/api/commitments/${c}/progress`, {});
    expect(Object.keys(empty.body.error.fields)).toEqual(['note']);
    const half = await official.client.post(`/api/commitments/${c}/progress`, { stage: 'done', percent: 50 });
    expect(Object.keys(half.body.error.fields)).toEqual(['percent']);
    expect((await official.client.post(`/api/commitments/${c}/progress`, { ...body, spent: '-5' })).status).toBe(400);
    const posted = await official.client.post(`/api/commitments/${c}/progress`, body);
    expect(posted.status).toBe(200);
    expect(posted.body).toMatchObject({ stage: 'in_progress', percent: 40, spent: '125000.50', may: { progress: true, deliver: true, dispute: false } });
    expect(posted.body.entries.map((e: { kind: string }) => e.kind)).toEqual(['progress', 'created']);
    await runJobs();
    // the initiative's follower follows the commitment and hears of progress
    expect(await kinds(supporter)).toContain('commitment.progressed');

    // the due day passes: marked overdue once, the followers and the department told
    await t.database.db.update(commitments).set({ dueOn: '2026-01-12' }).where(eq(commitments.number, c));
    expect(await markOverdueCommitments(t.ctx)).toBe(1);
    expect(await markOverdueCommitments(t.ctx)).toBe(0);
    await runJobs();
    expect(await kinds(supporter)).toContain('commitment.overdue');
    expect(await kinds(official)).toContain('commitment.overdue.department');
    const overdueList = await anon.get('/api/commitments?status=overdue&departmentId=admin-nevsky&sourceType=initiative');
    expect(overdueList.body.items.map((i: { number: number }) => i.number)).toContain(c);
    expect(overdueList.body.items[0]).toMatchObject({ overdue: true });

    // delivery: the department, once; only then does the accepted initiative count as implemented
    expect((await otherOfficial.client.post(`/api/commitments/${c}/delivery`, { note: 'Done.' })).status).toBe(403);
    const before = await initiativesRatio();
    const delivered = await official.client.post(`/api/commitments/${c}/delivery`, { note: 'The lights work.' });
    expect(delivered.status).toBe(200);
    expect(await initiativesRatio()).toMatchObject({ implemented: before.implemented + 1, proposed: before.proposed });
    expect(delivered.body).toMatchObject({ status: 'delivered', overdue: false, percent: 100, deliveredOn: localDay(new Date(), tz()) });
    expect((await official.client.post(`/api/commitments/${c}/delivery`, { note: 'Again.' })).status).toBe(409);
    const stats = await anon.get('/api/commitments/statistics');
    expect(stats.body.departments.find((d: { department: { id: string } }) => d.department.id === 'admin-nevsky')).toMatchObject({
      onTime: 0,
      late: 1,
      overdue: 0,
    });

    // dispute: a participant of the initiative, with a reason
    const outsider = await stranger.client.post(`/api/commitments/${c}/disputes`, { reason: 'The lights do not work at night.' });
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.code).toBe('commitment_not_participant');
    expect((await supporter.client.get(`/api/commitments/${c}`)).body.may.dispute).toBe(true);
    expect((await supporter.client.post(`/api/commitments/${c}/disputes`, { reason: 'No.' })).status).toBe(400);
    const disputed = await supporter.client.post(`/api/commitments/${c}/disputes`, { reason: 'The lights do not work at night.' });
    expect(disputed.status).toBe(200);
    expect(disputed.body).toMatchObject({ status: 'disputed', overdue: true, deliveredOn: null });
    await runJobs();
    expect(await kinds(official)).toContain('commitment.disputed.department');

    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.subjectType, 'commitment'));
    expect(audit.map((a) => a.action).sort()).toEqual(['commitment.created', 'commitment.delivered', 'commitment.progressed']);

    // the participant deletes the account, removing what they wrote: the dispute stays in the history, nameless and
    // without its note; the official's entries stay the department's, no longer naming anyone
    expect((await supporter.client.post('/api/me/account/delete', { password: strongPassword, content: 'remove' })).status).toBe(200);
    const history = (await new TestClient(t.app).get(`/api/commitments/${c}`)).body.entries as { kind: string; note: string }[];
    expect(history.find((e) => e.kind === 'disputed')?.note).toBe('');
    const named = await t.database.db.select().from(commitmentEntries).where(eq(commitmentEntries.authorId, supporter.userId));
    expect(named).toEqual([]);
  });
});
