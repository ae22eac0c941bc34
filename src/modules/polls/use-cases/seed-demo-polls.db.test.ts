import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { accountsModule } from '../../accounts/index.js';
import { demoCityPollTitle, demoClosedPollTitle, demoPrioritiesPollTitle, seedDemoPolls } from './seed-demo-polls.js';

let t: TestApp;
const lines: string[] = [];
beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => undefined);
  await seedDemoPolls(t.ctx, (m) => lines.push(m));
  await seedDemoPolls(t.ctx, (m) => lines.push(m));
});
afterAll(async () => t?.close());

interface Summary {
  id: string;
  kind: string;
  title: string;
  state: string;
  closesAt: string;
  districtIds: string[];
  resultsVisibility: string;
}

describe('the demo polls', () => {
  it('are a city poll and a «Родной район» priorities poll, open for weeks after the seed runs, made once', async () => {
    expect(lines).toEqual([
      `Polls: «${demoClosedPollTitle}» (closed, 6 responses)`,
      expect.stringMatching(/^Polls: .* \(open, 5 responses\) and «Родной район/),
    ]);
    const list = (await new TestClient(t.app, 'ru').get('/api/polls')).body.polls as Summary[];
    const city = list.filter((p) => p.title === demoCityPollTitle);
    const priorities = list.filter((p) => p.title === demoPrioritiesPollTitle);
    expect(city).toHaveLength(1);
    expect(priorities).toHaveLength(1);
    expect(city[0]).toMatchObject({ kind: 'poll', state: 'open', districtIds: [], resultsVisibility: 'live' });
    expect(priorities[0]).toMatchObject({ kind: 'priorities', state: 'open', districtIds: ['admiralteysky'] });
    for (const p of [...city, ...priorities]) expect(new Date(p.closesAt).getTime() - Date.now()).toBeGreaterThan(20 * 86_400_000);
  });

  it('let a new resident answer the city poll, whose live results already count the neighbours', async () => {
    const { client } = await signedInResident(t.app, t.database, 'newcomer@example.org', 'ru');
    const list = (await client.get('/api/polls')).body.polls as Summary[];
    const id = list.find((p) => p.title === demoCityPollTitle)!.id;
    const poll = await client.get(`/api/polls/${id}`);
    expect(poll.status).toBe(200);
    expect(poll.body.eligibility).toMatchObject({ eligible: true });
    expect(poll.body.questions.map((q: { kind: string }) => q.kind)).toEqual(['single', 'multiple', 'rating', 'text']);
    const results = await client.get(`/api/polls/${id}/results`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ final: false, results: { responses: 5 } });
  });

  it('have a closed poll that six residents answered weeks ago, its results final', async () => {
    const web = new TestClient(t.app, 'ru');
    const list = (await web.get('/api/polls')).body.polls as Summary[];
    const closed = list.filter((p) => p.title === demoClosedPollTitle);
    expect(closed).toHaveLength(1);
    expect(closed[0]).toMatchObject({ state: 'closed' });
    expect(new Date(closed[0]!.closesAt).getTime()).toBeLessThan(Date.now() - 7 * 86_400_000);
    const results = await web.get(`/api/polls/${closed[0]!.id}/results`);
    expect(results.status).toBe(200);
    expect(results.body).toMatchObject({ final: true, results: { responses: 6 } });
  });
});
