import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { createCycle, createHeading, createProposal, setPhase } from '../../../../test/budgeting-fixtures.js';
import { grantRole } from '../../../../test/fixtures.js';
import { signedInResident, type TestClient } from '../../../../test/http-client.js';
import { announceDueResults } from '../use-cases/tally/tally-heading.js';

// Followers of a proposal hear how its work goes (pb_work.updated) and whether it won (pb_heading.tallied, or
// pb_heading.results_public when a tally made earlier becomes public),
// through the real routes, the event queue and the notification centre.

let t: TestApp;
let admin: TestClient;
let official: TestClient;
let follower: TestClient;
let twoFollower: TestClient;

const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};
const follow = async (c: TestClient, number: number) => expect((await c.put(`/api/follows/proposal/${number}`)).status).toBe(200);
const notes = async (c: TestClient) => (await c.get('/api/notifications')).body.items as { kind: string; text: string; path: string }[];

beforeAll(async () => {
  t = await testApp();
  const a = await signedInResident(t.app, t.database, 'pbn-admin@example.org');
  admin = a.client;
  await grantRole(t, a.userId, 'administrator');
  const o = await signedInResident(t.app, t.database, 'pbn-official@example.org');
  official = o.client;
  await grantRole(t, o.userId, 'official', { department: 'committee-improvement' });
  const f = await signedInResident(t.app, t.database, 'pbn-follower@example.org');
  follower = f.client;
  twoFollower = (await signedInResident(t.app, t.database, 'pbn-two@example.org')).client;
});
afterAll(async () => {
  await t.close();
});

describe('budgeting notifications for followers of a proposal', () => {
  it('a tally before the results phase tells nobody; in the results phase each follower hears whether their proposal won', async () => {
    const cycle = await createCycle(t.database, { phase: 'tallying', rule: 'greedy' });
    const heading = await createHeading(t.database, cycle.id, { title: 'Сквер-2027', amount: '1000000.00' });
    const fits = await createProposal(t.database, heading, { cost: '600000.00', title: 'Скамейки у пруда' });
    const tooDear = await createProposal(t.database, heading, { cost: '900000.00', title: 'Фонтан' });
    await follow(follower, fits.number);
    await follow(twoFollower, fits.number);
    await follow(twoFollower, tooDear.number);

    expect((await admin.post(`/api/admin/budgeting/headings/${heading.id}/tally`)).status).toBe(200);
    await runJobs();
    expect(await notes(follower)).toEqual([]);

    await setPhase(t.database, cycle.id, 'results');
    const tally = await admin.post(`/api/admin/budgeting/headings/${heading.id}/tally`);
    expect(tally.status).toBe(200);
    await runJobs();
    const [won] = await notes(follower);
    expect(won).toMatchObject({ kind: 'proposal.result.won', path: `/budgeting/headings/${heading.id}/results` });
    expect(won!.text).toBe('“Скамейки у пруда” won the vote and will be built. See the results and why.');
    // following two proposals of the heading: one notification naming both
    const [both] = await notes(twoFollower);
    expect(both).toMatchObject({ kind: 'pb_heading.results', path: `/budgeting/headings/${heading.id}/results` });
    expect(both!.text).toBe('The results of “Сквер-2027” are out. Of the proposals you follow, won: «Скамейки у пруда»; not funded: «Фонтан».');
    // the administrator who tallied is not told about their own act
    expect((await notes(admin)).filter((n) => n.kind.startsWith('proposal.result'))).toEqual([]);
  });

  it('a tally made before the results phase is announced to followers once, when the results phase begins', async () => {
    const cycle = await createCycle(t.database, { phase: 'tallying', rule: 'greedy' });
    const heading = await createHeading(t.database, cycle.id, { title: 'Двор-2027', amount: '1000000.00' });
    const p = await createProposal(t.database, heading, { cost: '400000.00', title: 'Горка' });
    const other = (await signedInResident(t.app, t.database, 'pbn-later@example.org')).client;
    await follow(other, p.number);
    expect((await admin.post(`/api/admin/budgeting/headings/${heading.id}/tally`)).status).toBe(200);
    await runJobs();
    // still tallying: the job finds nothing to announce, and nobody is told
    expect(await announceDueResults(t.ctx)).toBe(0);
    expect(await notes(other)).toEqual([]);

    await setPhase(t.database, cycle.id, 'results');
    expect(await announceDueResults(t.ctx)).toBe(1);
    await runJobs();
    const told = await notes(other);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: 'proposal.result.won', path: `/budgeting/headings/${heading.id}/results` });
    expect(told[0]!.text).toBe('“Горка” won the vote and will be built. See the results and why.');
    // once only
    expect(await announceDueResults(t.ctx)).toBe(0);
    await runJobs();
    expect(await notes(other)).toHaveLength(1);
  });

  it('a work changing stage or finishing tells the followers (with the link to the work); progress alone tells nobody', async () => {
    const cycle = await createCycle(t.database, { phase: 'results', rule: 'greedy' });
    const heading = await createHeading(t.database, cycle.id, { title: 'Работы-2027', amount: '1000000.00' });
    const p = await createProposal(t.database, heading, { cost: '500000.00', title: 'Велопарковка' });
    expect((await admin.post(`/api/admin/budgeting/headings/${heading.id}/tally`)).status).toBe(200);
    await setPhase(t.database, cycle.id, 'implementation');
    const works = await admin.post(`/api/admin/budgeting/headings/${heading.id}/works`, { departmentId: 'committee-improvement' });
    expect(works.status).toBe(200);
    const workId = works.body.created[0] as string;
    await runJobs();
    await follow(follower, p.number);
    const before = (await notes(follower)).length;

    expect((await official.post(`/api/budgeting/works/${workId}/updates`, { progress: 0, note: 'Смета готова' })).status).toBe(200);
    await runJobs();
    expect((await notes(follower)).length).toBe(before);

    expect((await official.post(`/api/budgeting/works/${workId}/updates`, { status: 'in_progress', progress: 40 })).status).toBe(200);
    await runJobs();
    const [started] = await notes(follower);
    expect(started).toMatchObject({
      kind: 'pb_work.status.in_progress',
      path: `/budgeting/works/${workId}`,
      text: 'Construction of “Велопарковка” has started.',
    });

    expect((await official.post(`/api/budgeting/works/${workId}/updates`, { status: 'done', progress: 100 })).status).toBe(200);
    await runJobs();
    const [done] = await notes(follower);
    expect(done).toMatchObject({ kind: 'pb_work.status.done', path: `/budgeting/works/${workId}` });
    expect(done!.text).toContain('“Велопарковка” is built');
  });
});
