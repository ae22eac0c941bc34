import crypto from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle, createHeading, createProposal } from '../../../../test/budgeting-fixtures.js';
import { grantRole } from '../../../../test/fixtures.js';
import { testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, type TestClient } from '../../../../test/http-client.js';
import { verifyResident } from '../../../../test/verified.js';
import { auditLog } from '../../../core/audit/schema.js';
import type { Actor } from '../../../core/auth/actor.js';
import type { DomainEvent } from '../../../core/jobs/events.js';
import { pointBalances, pointEntries, rewardRedemptions, rewards } from '../db/schema.js';
import { dailyCommentCap } from '../domain/points-rules.js';
import { pointListeners } from '../use-cases/earn-from-event.js';
import { redeemReward } from '../use-cases/redeem-reward.js';

let t: TestApp;
let n = 0;
const email = (name: string) => `${name}-${++n}@points.test`;
let adminClient: TestClient;

const actorOf = (userId: string): Actor => ({ kind: 'user', userId, displayName: 'P', verification: 'email', roles: [], language: 'en', districtId: null });
const resident = (lang: 'en' | 'ru' = 'en') => signedInResident(t.app, t.database, email('resident'), lang);

async function give(userId: string, delta: number) {
  const r = await adminClient.post('/api/admin/points/adjustments', { userId, delta, reason: 'test credit' });
  expect(r.status).toBe(200);
}
async function reward(cost: number, stock: number, extra: Record<string, unknown> = {}) {
  const r = await adminClient.post('/api/admin/points/rewards', { title: `Reward ${++n}`, description: 'A thing', cost, stock, ...extra });
  expect(r.status).toBe(201);
  return r.body.id as string;
}
async function balanceRow(userId: string) {
  const [row] = await t.database.db.select().from(pointBalances).where(eq(pointBalances.userId, userId));
  return row;
}
/**
 * Runs the due jobs (the events that earn points) and checks `done`. A pass a route's own kick started is joined,
 * with another pass chained after it, so no job due now is left when this resolves.
 */
async function settled(done: () => Promise<boolean>) {
  await t.ctx.jobs.runDue();
  expect(await done()).toBe(true);
}
/** Hands an event to the points module's listeners as their jobs would; each call is another event (a repeat, a retry). */
async function earnFrom(event: Omit<DomainEvent, 'id' | 'at'>) {
  const full = { ...event, id: crypto.randomUUID(), at: new Date().toISOString() };
  const listeners = pointListeners.filter((l) => l.type === full.type);
  expect(listeners).not.toEqual([]);
  for (const l of listeners) await l.run(full, t.ctx);
}
const reportFiled = (userId: string, number: number) => ({
  type: 'report.created',
  actorId: userId,
  entityType: 'report',
  entityId: String(number),
  data: {
    number,
    title: `№ ${number}: Яма на дороге`,
    path: `/reports/${number}`,
    from: null,
    to: 'moderation',
    note: null,
    departmentId: null,
    districtId: null,
    reporterId: userId,
  },
});
async function ledgerSum(userId: string) {
  const [row] = await t.database.db
    .select({ s: sql<number>`coalesce(sum(${pointEntries.delta}), 0)::int` })
    .from(pointEntries)
    .where(eq(pointEntries.userId, userId));
  return row!.s;
}

beforeAll(async () => {
  t = await testApp();
  const a = await signedInResident(t.app, t.database, email('admin'));
  await grantRole(t, a.userId, 'administrator');
  adminClient = a.client;
});
afterAll(async () => {
  await t.close();
});

describe('earning from other modules’ events', () => {
  it('credits a filed report once, however often the event runs', async () => {
    const { client, userId } = await resident();
    await earnFrom(reportFiled(userId, 9001));
    await earnFrom(reportFiled(userId, 9001));
    const me = await client.get('/api/points/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ balance: 10, earned: 10, level: { nameEn: 'Newcomer' }, next: { threshold: 300, missing: 290 } });
    expect(me.body.history.items).toHaveLength(1);
    expect(me.body.history.items[0]).toMatchObject({ delta: 10, action: 'report.filed', sourceId: '9001' });
  });

  it('credits comments on others’ content only, up to the daily cap', async () => {
    const { client, userId } = await resident();
    const other = await resident();
    const topic = await other.client.post('/api/discussions', {
      kind: 'topic',
      title: 'Benches on the embankment',
      body: 'Where should the new benches go this summer?',
      tags: [],
    });
    expect(topic.status).toBe(201);
    const own = await client.post('/api/discussions', {
      kind: 'topic',
      title: 'My own topic about trees',
      body: 'Let us plant more lime trees along the canal.',
      tags: [],
    });
    expect(own.status).toBe(201);
    const own1 = await client.post(`/api/comments/discussion/${own.body.id}`, { body: 'A comment on my own topic.' });
    expect(own1.status).toBe(201);
    const real = await client.post(`/api/comments/discussion/${topic.body.id}`, { body: "A comment on a neighbour's topic." });
    expect(real.status).toBe(201);
    await settled(async () => (await balanceRow(userId))?.balance === 5 + 2);
    expect((await balanceRow(userId))!.balance).toBe(5 + 2);
    // the same handler for more comments than the cap (posting them would meet the comments' rate limit)
    for (let i = 0; i < dailyCommentCap + 2; i++) {
      const data = {
        hostType: 'discussion',
        hostId: topic.body.id,
        hostTitle: 'Benches on the embankment',
        hostPath: `/discussions/${topic.body.id}`,
        parentId: null,
        parentAuthorId: null,
        excerpt: 'More benches!',
      };
      await earnFrom({ type: 'comment.created', actorId: userId, entityType: 'comment', entityId: crypto.randomUUID(), data });
    }
    const entries = await t.database.db
      .select()
      .from(pointEntries)
      .where(and(eq(pointEntries.userId, userId), eq(pointEntries.action, 'comment.posted')));
    expect(entries).toHaveLength(dailyCommentCap);
    // the discussion itself earned 5
    expect((await balanceRow(userId))!.balance).toBe(dailyCommentCap * 2 + 5);
    expect(await ledgerSum(userId)).toBe(dailyCommentCap * 2 + 5);
    void other;
  });

  it('credits a first budgeting ballot (20), not its replacement', async () => {
    const { client, userId } = await resident();
    await verifyResident(t.database, userId, { districtId: 'nevsky', birthDate: '1990-05-17' });
    const cycle = await createCycle(t.database, { phase: 'voting' });
    const heading = await createHeading(t.database, cycle.id, { districtId: 'nevsky', amount: '15000000.00' });
    const p = await createProposal(t.database, heading, { cost: '5000000.00', title: 'Park' });
    const q = await createProposal(t.database, heading, { cost: '1000000.00', title: 'Benches' });
    expect((await client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p.number }] })).status).toBe(201);
    expect((await client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: q.number }] })).status).toBe(200);
    await settled(async () => (await balanceRow(userId))?.balance === 20);
    const entries = await t.database.db.select().from(pointEntries).where(eq(pointEntries.userId, userId));
    expect(entries.map((e) => [e.action, e.delta])).toEqual([['ballot.cast', 20]]);
  });

  it('credits a poll response (20) once, however often the event runs', async () => {
    const { userId } = await resident();
    const pollId = crypto.randomUUID();
    const event = { type: 'poll.responded', actorId: userId, entityType: 'poll', entityId: pollId, data: { pollId, respondentId: userId } };
    await earnFrom(event);
    await earnFrom(event);
    expect((await balanceRow(userId))!.balance).toBe(20);
    expect(await ledgerSum(userId)).toBe(20);
  });

  it('credits a first rating of an idea (3) once: re-rating earns nothing more, and one’s own idea cannot be rated', async () => {
    const hour = 3_600_000;
    const created = await adminClient.post('/api/admin/crowdsourcing/projects', {
      title: 'Courtyards of Kolomna',
      problem: 'Courtyards in Kolomna are dark and empty.',
      brief: 'Suggest what would make the courtyards of Kolomna pleasant and safe.',
      districtId: null,
      ideasFrom: new Date(Date.now() - hour).toISOString(),
      selectionFrom: new Date(Date.now() + 24 * hour).toISOString(),
      votingFrom: new Date(Date.now() + 48 * hour).toISOString(),
      implementationFrom: new Date(Date.now() + 72 * hour).toISOString(),
      voteMaxChoices: 3,
      expertIds: [],
    });
    expect(created.status).toBe(201);
    expect((await adminClient.post(`/api/admin/crowdsourcing/projects/${created.body.number}/publish`)).status).toBe(204);
    const author = await resident();
    const idea = await author.client.post(`/api/crowdsourcing/projects/${created.body.number}/ideas`, {
      title: 'Lanterns over entrances',
      text: 'Put warm lanterns over every courtyard entrance.',
    });
    expect(idea.status).toBe(201);
    const own = await author.client.put(`/api/crowdsourcing/ideas/${idea.body.number}/rating`, { value: 5 });
    expect(own.status).toBe(403);
    expect(own.body.error.code).toBe('idea_rate_own');
    const { client, userId } = await resident();
    expect((await client.put(`/api/crowdsourcing/ideas/${idea.body.number}/rating`, { value: 4 })).status).toBe(200);
    expect((await client.put(`/api/crowdsourcing/ideas/${idea.body.number}/rating`, { value: 2 })).status).toBe(200);
    await settled(async () => (await balanceRow(userId))?.balance === 3);
    // re-running the first rating's event adds nothing either
    const number = idea.body.number as number;
    await earnFrom({
      type: 'idea.rated',
      actorId: userId,
      entityType: 'idea',
      entityId: String(number),
      data: { number, title: `№ ${number}. Lanterns over entrances`, path: `/crowdsourcing/ideas/${number}`, authorId: author.userId, value: 4 },
    });
    const entries = await t.database.db.select().from(pointEntries).where(eq(pointEntries.userId, userId));
    expect(entries.map((e) => [e.action, e.delta, e.sourceId])).toEqual([['idea.rated', 3, String(idea.body.number)]]);
    expect(await ledgerSum(userId)).toBe(3);
    expect(await balanceRow(author.userId)).toBeUndefined();
  });

  it('follows the administrators’ rule (audited), and shows how to earn', async () => {
    const set = await adminClient.put('/api/admin/points/rules/report.filed', { points: 12 });
    expect(set.status).toBe(200);
    const rules = await adminClient.get('/api/points/rules');
    expect(rules.body.items).toContainEqual({ action: 'report.filed', points: 12, defaultPoints: 10, available: true });
    expect(rules.body.items).toContainEqual({ action: 'poll.responded', points: 20, defaultPoints: 20, available: true });
    expect(rules.body.items).toContainEqual({ action: 'idea.rated', points: 3, defaultPoints: 3, available: true });
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'points.rule_changed'));
    expect(audit).toHaveLength(1);
    const { userId } = await resident();
    await earnFrom(reportFiled(userId, 9002));
    expect((await balanceRow(userId))!.balance).toBe(12);
    await adminClient.put('/api/admin/points/rules/report.filed', { points: 10 });
  });
});

describe('levels and adjustments', () => {
  it('lets administrators replace levels (one at 0 needed) and refuses to take a balance below zero', async () => {
    const bad = await adminClient.put('/api/admin/points/levels', { items: [{ threshold: 5, nameRu: 'а', nameEn: 'a' }] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('levels_need_zero');
    expect(Object.keys(bad.body.error.fields)).toEqual(['items']);
    const ok = await adminClient.put('/api/admin/points/levels', {
      items: [
        // a level's name is a name: no override can reverse it, no invisible character can hide in it
        { threshold: 0, nameRu: '  Нови\u202eчок\u200b ', nameEn: 'New\u200dcomer' },
        { threshold: 50, nameRu: 'Участник', nameEn: 'Participant' },
      ],
    });
    expect(ok.status).toBe(200);
    expect((await adminClient.get('/api/points/levels')).body.items[0]).toEqual({ threshold: 0, nameRu: 'Новичок', nameEn: 'Newcomer' });
    const { client, userId } = await resident('ru');
    await give(userId, 60);
    const me = await client.get('/api/points/me');
    expect(me.body).toMatchObject({ balance: 60, level: { nameRu: 'Участник' }, next: null });
    const neg = await adminClient.post('/api/admin/points/adjustments', { userId, delta: -61, reason: 'too much' });
    expect(neg.status).toBe(409);
    expect(neg.body.error.code).toBe('points_adjustment_negative');
    expect((await balanceRow(userId))!.balance).toBe(60);
    const denied = await client.post('/api/admin/points/adjustments', { userId, delta: 100, reason: 'self' });
    expect(denied.status).toBe(403);
  });
});

describe('redeeming rewards', () => {
  it('refuses a balance too small, saying how many points are missing, then redeems once per request', async () => {
    const { client, userId } = await resident();
    const id = await reward(50, 5);
    await give(userId, 30);
    const short = await client.post(`/api/points/rewards/${id}/redeem`, { requestId: crypto.randomUUID() });
    expect(short.status).toBe(409);
    expect(short.body.error.code).toBe('points_not_enough');
    expect(short.body.error.message).toContain('20 more points');
    await give(userId, 30);
    const requestId = crypto.randomUUID();
    const first = await client.post(`/api/points/rewards/${id}/redeem`, { requestId });
    expect(first.status).toBe(201);
    expect(first.body.code).toMatch(/^GRD-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    const again = await client.post(`/api/points/rewards/${id}/redeem`, { requestId });
    expect(again.status).toBe(200);
    expect(again.body.code).toBe(first.body.code);
    expect((await balanceRow(userId))!.balance).toBe(10);
    const [r] = await t.database.db.select().from(rewards).where(eq(rewards.id, id));
    expect(r!.stock).toBe(4);
    const mine = await client.get('/api/points/me/redemptions');
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({ code: first.body.code, points: 50 });
  });

  it('says in Russian how many points are missing', async () => {
    const { client, userId } = await resident('ru');
    const id = await reward(25, 5);
    await give(userId, 24);
    const short = await client.post(`/api/points/rewards/${id}/redeem`, { requestId: crypto.randomUUID() });
    expect(short.body.error.message).toContain('не хватает 1 балла');
  });

  it('stores a reward’s title and description cleaned by the one text rule', async () => {
    const id = await reward(10, 1, { title: 'Museum\u202e ticket\u200b', description: 'For two.\r\n\n\n\nAny day.\u2066' });
    const listed = (await adminClient.get('/api/admin/points/rewards')).body.items.find((i: { id: string }) => i.id === id);
    expect(listed).toMatchObject({ title: 'Museum ticket', description: 'For two.\n\nAny day.' });
  });

  it('refuses a sold-out and an expired reward clearly', async () => {
    const { client, userId } = await resident();
    await give(userId, 100);
    const soldOut = await reward(10, 0);
    const r1 = await client.post(`/api/points/rewards/${soldOut}/redeem`, { requestId: crypto.randomUUID() });
    expect(r1.status).toBe(409);
    expect(r1.body.error.code).toBe('reward_sold_out');
    const expired = await reward(10, 3);
    await t.database.db
      .update(rewards)
      .set({ validUntil: new Date(Date.now() - 1000) })
      .where(eq(rewards.id, expired));
    const r2 = await client.post(`/api/points/rewards/${expired}/redeem`, { requestId: crypto.randomUUID() });
    expect(r2.status).toBe(409);
    expect(r2.body.error.code).toBe('reward_unavailable');
    expect((await balanceRow(userId))!.balance).toBe(100);
    const catalogue = await client.get('/api/points/rewards');
    expect(catalogue.body.items.map((i: { id: string }) => i.id)).not.toContain(expired);
  });

  it('10 concurrent redemptions by one person with points for 3: exactly 3, balance and ledger add up', async () => {
    const { userId } = await resident();
    const id = await reward(30, 100);
    await give(userId, 95);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => redeemReward(t.ctx, actorOf(userId), id, crypto.randomUUID())));
    const ok = results.filter((r) => r.status === 'fulfilled');
    expect(ok).toHaveLength(3);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('points_not_enough');
    expect((await balanceRow(userId))!.balance).toBe(5);
    expect(await ledgerSum(userId)).toBe(5);
    const [r] = await t.database.db.select().from(rewards).where(eq(rewards.id, id));
    expect(r!.stock).toBe(97);
    expect(await t.database.db.select().from(rewardRedemptions).where(eq(rewardRedemptions.userId, userId))).toHaveLength(3);
  });

  it('the same request racing itself gives one redemption', async () => {
    const { userId } = await resident();
    const id = await reward(10, 100);
    await give(userId, 100);
    const requestId = crypto.randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => redeemReward(t.ctx, actorOf(userId), id, requestId)));
    expect(new Set(results.map((r) => r.redemption.code)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect((await balanceRow(userId))!.balance).toBe(90);
  });

  it('10 people racing for a stock of 2: exactly 2 get it', async () => {
    const id = await reward(10, 2);
    const people = await Promise.all(Array.from({ length: 10 }, () => resident()));
    for (const p of people) await give(p.userId, 10);
    const results = await Promise.allSettled(people.map((p) => redeemReward(t.ctx, actorOf(p.userId), id, crypto.randomUUID())));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(2);
    for (const r of results) if (r.status === 'rejected') expect((r.reason as { code: string }).code).toBe('reward_sold_out');
    const [r] = await t.database.db.select().from(rewards).where(eq(rewards.id, id));
    expect(r!.stock).toBe(0);
    const balances = await Promise.all(people.map((p) => balanceRow(p.userId)));
    expect(balances.filter((b) => b!.balance === 0)).toHaveLength(2);
    for (const p of people) expect(await ledgerSum(p.userId)).toBe((await balanceRow(p.userId))!.balance);
  });

  it('the ledger refuses UPDATE and DELETE', async () => {
    const { userId } = await resident();
    await give(userId, 5);
    await expect(t.database.db.update(pointEntries).set({ delta: 500 }).where(eq(pointEntries.userId, userId))).rejects.toThrow();
    await expect(t.database.db.delete(pointEntries).where(eq(pointEntries.userId, userId))).rejects.toThrow();
    expect(await ledgerSum(userId)).toBe(5);
  });

  it('lists redemptions for administrators only', async () => {
    const list = await adminClient.get('/api/admin/points/redemptions');
    expect(list.status).toBe(200);
    expect(list.body.total).toBeGreaterThan(0);
    expect(list.body.items[0]).toMatchObject({ code: expect.any(String), displayName: 'Test Resident' });
    const { client } = await resident();
    expect((await client.get('/api/admin/points/redemptions')).status).toBe(403);
  });
});
