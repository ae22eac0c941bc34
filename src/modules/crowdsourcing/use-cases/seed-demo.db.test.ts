import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/db.js';
import { TestClient } from '../../../../test/http-client.js';
import { accountsModule } from '../../accounts/index.js';
import { seedDemoCycle } from '../../budgeting/use-cases/cycles/seed-demo-cycle.js';
import { demoCompletedTitle, demoOpenTitle, seedDemoCrowdsourcing } from './seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
  await accountsModule.seedDemo!(t.ctx, () => undefined);
  // the demo expert comes from the budgeting seed
  await seedDemoCycle(t.ctx, () => undefined);
  await seedDemoCrowdsourcing(t.ctx, () => undefined);
  await seedDemoCrowdsourcing(t.ctx, () => undefined);
});
afterAll(async () => t?.close());

describe('the demo crowdsourcing', () => {
  it('has one project taking ideas and one completed with a closed vote and credited authors, once each', async () => {
    const visitor = new TestClient(t.app, 'ru');
    const projects = (await visitor.get('/api/crowdsourcing/projects')).body.projects as {
      number: number;
      title: string;
      phase: string;
      figures: { ideas: number; accepted: number; acceptedShare: number; participants: number };
    }[];
    expect(projects.filter((p) => p.title === demoOpenTitle)).toHaveLength(1);
    expect(projects.filter((p) => p.title === demoCompletedTitle)).toHaveLength(1);
    const open = projects.find((p) => p.title === demoOpenTitle)!;
    expect(open).toMatchObject({ phase: 'ideas', figures: { ideas: 6, accepted: 0 } });
    const ideas = (await visitor.get(`/api/crowdsourcing/projects/${open.number}/ideas`)).body.items as { ratingCount: number }[];
    expect(ideas.every((i) => i.ratingCount >= 2)).toBe(true);
    const done = projects.find((p) => p.title === demoCompletedTitle)!;
    // 5 ideas: 2 accepted + 1 merged into an accepted one
    expect(done).toMatchObject({ phase: 'completed', figures: { ideas: 5, accepted: 2, acceptedShare: 0.6 } });
    const view = (await visitor.get(`/api/crowdsourcing/projects/${done.number}`)).body;
    expect(view).toMatchObject({ pollClosed: true, report: { text: expect.stringContaining('скамеек') } });
    expect(view.experts).toHaveLength(1);
    const voted = (await visitor.get(`/api/crowdsourcing/projects/${done.number}/ideas?sort=votes`)).body.items as {
      number: number;
      votes: number | null;
      accepted: boolean;
      author: { id: string };
    }[];
    expect(voted[0]!.votes).toBeGreaterThan(0);
    const accepted = voted.filter((i) => i.accepted);
    expect(accepted).toHaveLength(2);
    // each accepted idea became a commitment of the committee for urban improvement, delivered on time
    for (const i of accepted) {
      const c = (await visitor.get(`/api/commitments/by-source/idea/${i.number}`)).body;
      expect(c).toMatchObject({ status: 'delivered', overdue: false, department: { id: 'committee-improvement' } });
      expect(c.deliveredOn <= c.dueOn).toBe(true);
    }
    const profile = (await visitor.get(`/api/people/${accepted[0]!.author.id}`)).body;
    expect(profile.authored.find((a: { type: string }) => a.type === 'idea').items.length).toBeGreaterThanOrEqual(1);
  });
});
