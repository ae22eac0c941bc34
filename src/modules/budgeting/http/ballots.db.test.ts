import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCycle, createHeading, createProposal, setPhase } from '../../../../test/budgeting-fixtures.js';
import { grantRole } from '../../../../test/fixtures.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { verifyResident } from '../../../../test/verified.js';
import { gate, untilWaitingForLock } from '../../../../test/locks.js';
import { auditLog } from '../../../core/audit/schema.js';
import { departments } from '../../../core/city/schema.js';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import { findHeading, headingWinners } from '../db/cycle-queries.js';
import { pbBallots, pbHeadings, pbProposals, pbResults } from '../db/schema.js';
import { verifications } from '../../verification/db/schema.js';
import { users } from '../../accounts/db/schema.js';
import { castBallot } from '../use-cases/ballots/cast-ballot.js';
import { computeTally, lockHeadingForTally, tallyHeading } from '../use-cases/tally/tally-heading.js';
import { demoImportFile, seedDemoImported } from '../use-cases/ballots/seed-demo-imported.js';
import { computePb } from '../use-cases/compute-pb.js';
import { importPb } from '../use-cases/tally/import-pb.js';

let t: TestApp;
let n = 0;
const email = (name: string) => `${name}-${++n}@ballots.test`;

/** A signed-in, verified adult resident of a district. */
async function voter(districtId: string | null = 'nevsky', birthDate: string | null = '1990-05-17', lang: 'en' | 'ru' = 'en') {
  const r = await signedInResident(t.app, t.database, email('voter'), lang);
  await verifyResident(t.database, r.userId, { districtId, birthDate });
  return r;
}
async function admin() {
  const r = await signedInResident(t.app, t.database, email('admin'));
  await grantRole(t, r.userId, 'administrator');
  return r;
}
/** The actor a session would give (for calling the use case directly). */
const actorOf = (userId: string): Actor => ({ kind: 'user', userId, displayName: 'V', verification: 'verified', roles: [], language: 'en', districtId: null });

beforeAll(async () => {
  t = await testApp();
});
afterAll(async () => {
  await t.close();
});

describe('a heading’s ballot', () => {
  let cycle: Awaited<ReturnType<typeof createCycle>>;
  let heading: Awaited<ReturnType<typeof createHeading>>;
  let p: { id: string; number: number }[];
  let other: { id: string; number: number };
  let unfeasible: { id: string; number: number };

  beforeAll(async () => {
    cycle = await createCycle(t.database, { phase: 'voting' });
    heading = await createHeading(t.database, cycle.id, { districtId: 'nevsky', amount: '15000000.00' });
    p = [
      await createProposal(t.database, heading, { cost: '5000000.00', title: 'Park' }),
      await createProposal(t.database, heading, { cost: '7000000.50', title: 'Playground' }),
      await createProposal(t.database, heading, { cost: '3000000.00', title: 'Benches' }),
    ];
    unfeasible = await createProposal(t.database, heading, { cost: '100.00', status: 'unfeasible' });
    const citywide = await createHeading(t.database, cycle.id, { districtId: null });
    other = await createProposal(t.database, citywide, { cost: '100.00' });
  });

  it('shows anyone the rules and projects, and tells an anonymous visitor to sign in', async () => {
    const res = await new TestClient(t.app).get(`/api/budgeting/headings/${heading.id}/ballot`);
    expect(res.status).toBe(200);
    expect(res.body.phase).toBe('voting');
    expect(res.body.proposals.map((x: { number: number }) => x.number)).toEqual(p.map((x) => x.number));
    expect(res.body.proposals[1].cost).toBe('7000000.50');
    expect(res.body.eligibility).toMatchObject({ eligible: false, reason: 'unauthenticated' });
    expect(res.body.mine).toBeNull();
  });

  it('tells an unverified resident why they cannot vote, in their language, and refuses the ballot', async () => {
    const { client } = await signedInResident(t.app, t.database, email('unverified'), 'ru');
    const view = await client.get(`/api/budgeting/headings/${heading.id}/ballot`);
    expect(view.body.eligibility).toMatchObject({ eligible: false, reason: 'ballot_not_verified' });
    expect(view.body.eligibility.message).toMatch(/подтверждённые жители/);
    const res = await client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[0]!.number }] });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('ballot_not_verified');
  });

  it('refuses a resident of another district, a minor and an official (the cycle excludes officials)', async () => {
    const elsewhere = await voter('admiralteysky');
    expect((await elsewhere.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[0]!.number }] })).body.error.code).toBe(
      'ballot_not_resident',
    );
    const minor = await voter('nevsky', `${new Date().getFullYear() - 16}-01-01`);
    const young = await minor.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[0]!.number }] });
    expect(young.status).toBe(403);
    expect(young.body.error).toMatchObject({ code: 'ballot_too_young', message: expect.stringContaining('18') });
    const official = await voter('nevsky');
    const [dept] = await t.database.db.select({ id: departments.id }).from(departments).limit(1);
    await grantRole(t, official.userId, 'official', { department: dept!.id });
    expect((await official.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[0]!.number }] })).body.error.code).toBe(
      'ballot_officials_excluded',
    );
  });

  it('casts a ballot with a receipt shown once, then replaces it keeping the same receipt', async () => {
    const { client, userId } = await voter();
    const first = await client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[1]!.number }, { number: p[0]!.number }] });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: true, receipt: expect.stringMatching(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/) });
    const again = await client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: p[2]!.number }] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ created: false, receipt: null });
    const rows = await t.database.db
      .select()
      .from(pbBallots)
      .where(and(eq(pbBallots.headingId, heading.id), eq(pbBallots.voterId, userId)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.numbers).toEqual([p[2]!.number]);
    expect(rows[0]!.receiptHash).not.toContain(first.body.receipt); // only the hash is kept
    const view = await client.get(`/api/budgeting/headings/${heading.id}/ballot`);
    expect(view.body.eligibility.eligible).toBe(true);
    expect(view.body.mine.choices).toEqual([{ number: p[2]!.number, points: 1 }]);
  });

  it('turns a racing second first ballot into a replacement: one row, one receipt, no error', async () => {
    const { userId } = await voter();
    const actor = actorOf(userId);
    const results = await Promise.all([
      castBallot(t.ctx, actor, heading.id, [{ number: p[0]!.number }]),
      castBallot(t.ctx, actor, heading.id, [{ number: p[1]!.number }]),
    ]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.filter((r) => r.receipt !== null)).toHaveLength(1);
    const rows = await t.database.db
      .select()
      .from(pbBallots)
      .where(and(eq(pbBallots.headingId, heading.id), eq(pbBallots.voterId, userId)));
    expect(rows).toHaveLength(1);
  });

  it.runIf(backend() === 'postgres')('ballots racing the tally are either in it (and its published file) or refused: the counts add up', async () => {
    const c = await createCycle(t.database, { phase: 'voting' });
    const h = await createHeading(t.database, c.id, { districtId: 'nevsky', amount: '15000000.00' });
    const q = await createProposal(t.database, h, { cost: '1000000.00', title: 'Lanterns' });
    const voters = await Promise.all(Array.from({ length: 12 }, () => voter()));
    const a = await admin();
    const adminActor: Actor = {
      kind: 'user',
      userId: a.userId,
      displayName: 'A',
      verification: 'email',
      roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }],
      language: 'en',
      districtId: null,
    };
    // the voters checked in during voting; the administrator tallies a moment after voting ended
    const votingNow = new Date(c.votingFrom.getTime() + 60_000);
    const tallyNow = new Date(c.tallyingFrom.getTime() + 60_000);
    const [tally, ...casts] = await Promise.allSettled([
      new Promise((r) => setImmediate(r)).then(() => tallyHeading(t.ctx, adminActor, h.id, tallyNow)),
      ...voters.map((v) => castBallot(t.ctx, actorOf(v.userId), h.id, [{ number: q.number }], votingNow)),
    ]);
    expect(tally!.status).toBe('fulfilled');
    for (const r of casts) if (r.status === 'rejected') expect((r.reason as AppError).code).toBe('ballot_voting_closed');
    const stored = (await t.database.db.select().from(pbBallots).where(eq(pbBallots.headingId, h.id))).length;
    expect(stored).toBe(casts.filter((r) => r.status === 'fulfilled').length);
    const [result] = await t.database.db.select().from(pbResults).where(eq(pbResults.headingId, h.id));
    expect(result!.ballots).toBe(stored);
  });

  it.runIf(backend() === 'postgres')(
    'refuses a ballot that waited for a tally holding its heading, once the tally commits (never stored outside it)',
    async () => {
      const c = await createCycle(t.database, { phase: 'voting' });
      const h = await createHeading(t.database, c.id, { districtId: 'nevsky', amount: '15000000.00' });
      const q = await createProposal(t.database, h, { cost: '1000000.00', title: 'Benches' });
      const v = await voter();
      const tallyNow = new Date(c.tallyingFrom.getTime() + 60_000);
      const held = gate();
      const release = gate();
      const tally = t.database.db.transaction(async (tx) => {
        await lockHeadingForTally(tx, h.id);
        held.open();
        await release.opened;
        const found = await findHeading(tx, h.id, tallyNow);
        await computeTally(tx, found!.heading, found!.cycle, null, tallyNow);
      });
      await held.opened;
      // the voter read the heading during voting, untallied; the write waits for the tally's lock
      const cast = castBallot(t.ctx, actorOf(v.userId), h.id, [{ number: q.number }], new Date(c.votingFrom.getTime() + 60_000));
      const outcome = cast.then(
        () => 'stored',
        (err: AppError) => err.code,
      );
      await untilWaitingForLock(t.database.db, 'pb_ballots');
      release.open();
      await tally;
      expect(await outcome).toBe('ballot_voting_closed');
      expect(await t.database.db.select().from(pbBallots).where(eq(pbBallots.headingId, h.id))).toHaveLength(0);
      const [result] = await t.database.db.select().from(pbResults).where(eq(pbResults.headingId, h.id));
      expect(result!.ballots).toBe(0);
    },
  );

  it('refuses every kind of bad ballot with a message naming the problem', async () => {
    const { client } = await voter();
    const put = (choices: unknown) => client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices });
    const over = await put([{ number: p[0]!.number }, { number: p[1]!.number }, { number: p[2]!.number }]);
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({
      code: 'ballot_over_budget',
      message: 'Your projects cost 15000000.5 ₽ together, more than the 15000000 ₽ available. Remove a project.',
    });
    expect((await put([{ number: other.number }])).body.error.code).toBe('ballot_project_other_heading');
    expect((await put([{ number: unfeasible.number }])).body.error.code).toBe('ballot_project_not_on_ballot');
    expect((await put([{ number: 987_654_321 }])).body.error.code).toBe('ballot_project_unknown');
    expect((await put([{ number: p[0]!.number }, { number: p[0]!.number }])).body.error.code).toBe('ballot_duplicate_project');
    expect((await put([])).body.error.code).toBe('ballot_empty');
    expect((await put([{ number: p[0]!.number, points: 3 }])).body.error.code).toBe('ballot_points_not_allowed');
    const malformed = await put([{ number: 'one' }]);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('validation_failed');
    const unknownHeading = await client.put('/api/budgeting/headings/00000000-0000-4000-8000-000000000000/ballot', { choices: [{ number: 1 }] });
    expect(unknownHeading.status).toBe(404);
    expect(unknownHeading.body.error.code).toBe('ballot_heading_not_found');
  });

  it('counts approval-count and points limits', async () => {
    const count = await createHeading(t.database, cycle.id, { districtId: null, ballotKind: 'approval-count', minProjects: 2, maxProjects: 2 });
    const points = await createHeading(t.database, cycle.id, { districtId: null, ballotKind: 'points', pointsTotal: 10, pointsPerProject: 6 });
    const c = [
      await createProposal(t.database, count, { cost: '1.00' }),
      await createProposal(t.database, count, { cost: '1.00' }),
      await createProposal(t.database, count, { cost: '1.00' }),
    ];
    const q = [await createProposal(t.database, points, { cost: '1.00' }), await createProposal(t.database, points, { cost: '1.00' })];
    const { client } = await voter();
    const few = await client.put(`/api/budgeting/headings/${count.id}/ballot`, { choices: [{ number: c[0]!.number }] });
    expect(few.body.error).toMatchObject({ code: 'ballot_too_few', message: 'Choose at least 2 projects.' });
    expect((await client.put(`/api/budgeting/headings/${count.id}/ballot`, { choices: c.map((x) => ({ number: x.number })) })).body.error.code).toBe(
      'ballot_too_many',
    );
    expect((await client.put(`/api/budgeting/headings/${points.id}/ballot`, { choices: [{ number: q[0]!.number, points: 7 }] })).body.error.code).toBe(
      'ballot_points_over_project',
    );
    expect(
      (
        await client.put(`/api/budgeting/headings/${points.id}/ballot`, {
          choices: [
            { number: q[0]!.number, points: 6 },
            { number: q[1]!.number, points: 5 },
          ],
        })
      ).body.error.code,
    ).toBe('ballot_points_over_total');
    expect(
      (
        await client.put(`/api/budgeting/headings/${points.id}/ballot`, {
          choices: [
            { number: q[0]!.number, points: 6 },
            { number: q[1]!.number, points: 4 },
          ],
        })
      ).status,
    ).toBe(201);
  });

  it('a refusal says its kind through canVote: 401 sign in first (whatever the phase), 403 not you with the figures, 409 not now', async () => {
    const early = await createCycle(t.database, { phase: 'review' });
    const h = await createHeading(t.database, early.id, { districtId: null });
    const x = await createProposal(t.database, h, { cost: '1.00' });
    const cast = (c: TestClient, id = heading.id, number = p[0]!.number) => c.put(`/api/budgeting/headings/${id}/ballot`, { choices: [{ number }] });
    // a visitor is asked to sign in before anything else, even before voting opens (the route's rule needs a session)
    for (const id of [heading.id, h.id]) {
      const anon = await cast(new TestClient(t.app), id, x.number);
      expect(anon.status).toBe(401);
      expect(anon.body.error.code).toBe('unauthenticated');
    }
    // not you: the age comes from the cycle into the message
    const noBirthDate = await voter('nevsky', null);
    const unknownAge = await cast(noBirthDate.client);
    expect(unknownAge.status).toBe(403);
    expect(unknownAge.body.error).toMatchObject({ code: 'ballot_age_unknown', message: expect.stringContaining('18') });
    // not now: before voting, and on a heading already tallied while its cycle still shows voting
    const eager = await voter(null);
    const before = await cast(eager.client, h.id, x.number);
    expect(before.status).toBe(409);
    expect(before.body.error.code).toBe('ballot_voting_not_open');
    const tallied = await createHeading(t.database, cycle.id, { districtId: null, title: 'Tallied early' });
    const y = await createProposal(t.database, tallied, { cost: '1.00' });
    await t.database.db.insert(pbResults).values({
      headingId: tallied.id,
      rule: 'greedy',
      utility: 'cost',
      completion: 'none',
      budget: '15000000.00',
      ballots: 0,
      selected: [],
      explanations: [],
      cost: '0.00',
      ballotsSha256: 'x',
      computedAt: new Date(),
    });
    const afterTally = await cast(eager.client, tallied.id, y.number);
    expect(afterTally.status).toBe(409);
    expect(afterTally.body.error.code).toBe('ballot_voting_closed');
    const view = await eager.client.get(`/api/budgeting/headings/${tallied.id}/ballot`);
    expect(view.body.eligibility).toMatchObject({ eligible: false, reason: 'ballot_voting_closed' });
  });

  it('tells a visitor that voting has not opened rather than to sign in, on the ballot page', async () => {
    const early = await createCycle(t.database, { phase: 'intake' });
    const h = await createHeading(t.database, early.id, { districtId: null });
    const view = await new TestClient(t.app).get(`/api/budgeting/headings/${h.id}/ballot`);
    expect(view.body.eligibility).toMatchObject({ eligible: false, reason: 'ballot_voting_not_open', message: expect.stringContaining('not started') });
  });

  it('checks each ballot against the heading, cycle and projects as they are now, not as an earlier ballot found them', async () => {
    const c = await createCycle(t.database, { phase: 'voting' });
    const h = await createHeading(t.database, c.id, { districtId: 'nevsky', amount: '15000000.00' });
    const x = await createProposal(t.database, h, { cost: '1000000.00', title: 'Lanterns' });
    const y = await createProposal(t.database, h, { cost: '2000000.00', title: 'Fountain' });
    const cast = async (numbers: number[]) =>
      castBallot(
        t.ctx,
        actorOf((await voter()).userId),
        h.id,
        numbers.map((number) => ({ number })),
      );
    expect((await cast([x.number, y.number])).created).toBe(true);
    // a project taken off the ballot after the first ballot named it
    await t.database.db.update(pbProposals).set({ moderation: 'hidden' }).where(eq(pbProposals.id, y.id));
    await expect(cast([x.number, y.number])).rejects.toMatchObject({ code: 'ballot_project_not_on_ballot' });
    expect((await cast([x.number])).created).toBe(true);
    // its cost raised past the budget
    await t.database.db.update(pbProposals).set({ finalCost: '16000000.00' }).where(eq(pbProposals.id, x.id));
    await expect(cast([x.number])).rejects.toMatchObject({ code: 'ballot_over_budget' });
    await t.database.db.update(pbProposals).set({ finalCost: '1000000.00' }).where(eq(pbProposals.id, x.id));
    // the heading's budget cut, then the cycle's voting ended
    await t.database.db.update(pbHeadings).set({ amount: '500000.00' }).where(eq(pbHeadings.id, h.id));
    await expect(cast([x.number])).rejects.toMatchObject({ code: 'ballot_over_budget' });
    await t.database.db.update(pbHeadings).set({ amount: '15000000.00' }).where(eq(pbHeadings.id, h.id));
    expect((await cast([x.number])).created).toBe(true);
    await setPhase(t.database, c.id, 'tallying');
    await expect(cast([x.number])).rejects.toMatchObject({ code: 'ballot_voting_closed' });
    expect(await t.database.db.select().from(pbBallots).where(eq(pbBallots.headingId, h.id))).toHaveLength(3);
  });

  it('on a heading it already knows, checks the voter’s own verification in the write: the wrong district, too young, no birth date, revoked — refused with the reason, nothing written', async () => {
    const c = await createCycle(t.database, { phase: 'voting' });
    const h = await createHeading(t.database, c.id, { districtId: 'nevsky', amount: '15000000.00' });
    const x = await createProposal(t.database, h, { cost: '1000000.00', title: 'Lanterns' });
    const cast = (userId: string) => castBallot(t.ctx, actorOf(userId), h.id, [{ number: x.number }]);
    // the first ballot makes the heading and its project known to this process
    expect((await cast((await voter()).userId)).created).toBe(true);
    await expect(cast((await voter('admiralteysky')).userId)).rejects.toMatchObject({ code: 'ballot_not_resident' });
    await expect(cast((await voter('nevsky', `${new Date().getFullYear() - 16}-01-01`)).userId)).rejects.toMatchObject({ code: 'ballot_too_young' });
    await expect(cast((await voter('nevsky', null)).userId)).rejects.toMatchObject({ code: 'ballot_age_unknown' });
    const revoked = await voter();
    await t.database.db.update(verifications).set({ revokedAt: new Date() }).where(eq(verifications.userId, revoked.userId));
    await expect(cast(revoked.userId)).rejects.toMatchObject({ code: 'ballot_not_verified' });
    // a later verification of the right district counts, the revoked one does not
    await verifyResident(t.database, revoked.userId, { districtId: 'nevsky', birthDate: '1990-05-17' });
    expect((await cast(revoked.userId)).created).toBe(true);
    expect(await t.database.db.select().from(pbBallots).where(eq(pbBallots.headingId, h.id))).toHaveLength(2);
  });

  it('refuses a ballot outside the voting phase (409) and says when', async () => {
    const early = await createCycle(t.database, { phase: 'review' });
    const h = await createHeading(t.database, early.id, { districtId: null });
    const x = await createProposal(t.database, h, { cost: '1.00' });
    const { client } = await voter();
    const res = await client.put(`/api/budgeting/headings/${h.id}/ballot`, { choices: [{ number: x.number }] });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ballot_voting_not_open');
  });
});

describe('tally, results, ballot file, receipts and overrides', () => {
  it('goes from ballots to published, explained winners that the ballot file reproduces', async () => {
    const cycle = await createCycle(t.database, { phase: 'voting', rule: 'equal-shares', completion: 'add1' });
    const heading = await createHeading(t.database, cycle.id, { districtId: null, amount: '100.00' });
    const [a, b, c, d] = [
      await createProposal(t.database, heading, { cost: '60.00', title: 'A' }),
      await createProposal(t.database, heading, { cost: '40.00', title: 'B' }),
      await createProposal(t.database, heading, { cost: '40.00', title: 'C' }),
      await createProposal(t.database, heading, { cost: '10.00', title: 'D' }),
    ];
    const receipts: string[] = [];
    const voterIds: string[] = [];
    for (let i = 0; i < 6; i++) {
      const v = await voter(null);
      voterIds.push(v.userId);
      receipts.push((await v.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: a!.number }] })).body.receipt);
    }
    for (let i = 0; i < 4; i++) {
      const v = await voter(null);
      voterIds.push(v.userId);
      receipts.push(
        (await v.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: b!.number }, { number: c!.number }] })).body.receipt,
      );
    }
    const boss = await admin();
    const resident = await voter(null);
    const tallyUrl = `/api/admin/budgeting/headings/${heading.id}/tally`;

    // not during voting, not by residents
    expect((await boss.client.post(tallyUrl)).status).toBe(409);
    await setPhase(t.database, cycle.id, 'tallying');
    expect((await resident.client.post(tallyUrl)).body.error.code).toBe('not_administrator');
    expect((await new TestClient(t.app).post(tallyUrl)).status).toBe(401);

    const tallied = await boss.client.post(tallyUrl);
    expect(tallied.status).toBe(200);
    expect(tallied.body).toMatchObject({ rule: 'equal-shares', completion: 'add1', ballots: 10, budget: '100.00' });
    const byNumber = new Map(tallied.body.projects.map((x: { number: number }) => [x.number, x]));
    expect(byNumber.get(a!.number)).toMatchObject({ winner: true, code: 'funded', votes: '6', title: 'A' });
    expect(byNumber.get(c!.number)).toMatchObject({ winner: false, code: 'supporters-money-spent', supportersFunded: [b!.number] });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'budgeting.tallied'), eq(auditLog.subjectId, heading.id)));
    expect(audit).toHaveLength(1);

    // published only from the results phase on (administrators see it first)
    const anon = new TestClient(t.app);
    expect((await anon.get(`/api/budgeting/headings/${heading.id}/results`)).status).toBe(409);
    expect((await anon.get(`/api/budgeting/headings/${heading.id}/ballots.pb`)).status).toBe(409);
    const early = await anon.get(`/api/budgeting/receipts/${receipts[0]}`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('receipt_not_published');
    expect((await boss.client.get(`/api/budgeting/headings/${heading.id}/results`)).status).toBe(200);
    await setPhase(t.database, cycle.id, 'results');

    const results = await anon.get(`/api/budgeting/headings/${heading.id}/results`);
    expect(results.status).toBe(200);
    // its representativeness: the voters by the district they lived in at the tally (a move since changes nothing)
    await t.database.db.update(users).set({ districtId: 'nevsky' }).where(inArray(users.id, voterIds));
    const panel = await anon.get(`/api/statistics/representativeness/budgeting-heading/${heading.id}`);
    expect(panel.status).toBe(200);
    expect(panel.body.participants).toBe(10);
    const byDistrict = new Map(panel.body.districts.map((x: { districtId: string | null; participants: unknown }) => [x.districtId, x.participants]));
    expect(byDistrict.get(null)).toBe(10);
    expect(byDistrict.get('nevsky')).not.toBe(10);
    expect(JSON.stringify(results.body)).not.toMatch(/@ballots\.test/);
    const file = await t.app.inject({ method: 'GET', url: `/api/budgeting/headings/${heading.id}/ballots.pb` });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/plain/);
    expect(file.body).not.toMatch(/@ballots\.test/);
    expect(file.headers['x-content-sha256']).toBe(results.body.ballotsSha256);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pb-'));
    const filePath = path.join(dir, 'ballots.pb');
    fs.writeFileSync(filePath, file.body);
    const recomputed = computePb(filePath, { rule: 'equal-shares', utility: 'cost', completion: 'add1' });
    const [stored] = await t.database.db.select().from(pbResults).where(eq(pbResults.headingId, heading.id));
    expect(recomputed.selected).toEqual(stored!.selected);
    expect(recomputed.selected).toEqual([a!.number, b!.number].map(String).sort());
    fs.rmSync(dir, { recursive: true, force: true });

    // the voter finds their ballot in the file by the receipt (case and dashes do not matter)
    const found = await anon.get(`/api/budgeting/receipts/${receipts[7]!.toLowerCase().replace(/-/g, '')}`);
    expect(found.status).toBe(200);
    expect(found.body.choices).toEqual([
      { number: b!.number, title: 'B', points: 1 },
      { number: c!.number, title: 'C', points: 1 },
    ]);
    expect(file.body).toContain(`${found.body.voterId};`);
    expect((await anon.get('/api/budgeting/receipts/AAAA-BBBB-CCCC-DDDD')).status).toBe(404);

    // overrides: published, audited, reflected in the final winners
    const overrides = `/api/admin/budgeting/headings/${heading.id}/overrides`;
    expect((await resident.client.post(overrides, { number: d!.number, decision: 'add', reason: 'The district council funds it.' })).status).toBe(403);
    expect((await boss.client.post(overrides, { number: a!.number, decision: 'add', reason: 'It already won, though.' })).body.error.code).toBe(
      'override_already_winner',
    );
    expect((await boss.client.post(overrides, { number: d!.number, decision: 'remove', reason: 'It did not win, though.' })).body.error.code).toBe(
      'override_not_winner',
    );
    expect((await boss.client.post(overrides, { number: d!.number, decision: 'add', reason: 'short' })).status).toBe(400);
    // the published reason goes through the one text rule (a bidi override could make it read otherwise)
    const added = await boss.client.post(overrides, {
      number: d!.number,
      decision: 'add',
      reason: '  The district council funds it\u202e from its own\u200b reserve.\u2066 ',
    });
    expect(added.status).toBe(200);
    expect(added.body.overrides).toEqual([
      expect.objectContaining({ number: d!.number, decision: 'add', reason: 'The district council funds it from its own reserve.' }),
    ]);
    expect(added.body.projects.find((x: { number: number }) => x.number === d!.number)).toMatchObject({ winner: true, ruleWinner: false });
    expect(added.body.totals).toEqual({ winners: 3, cost: '110', remaining: '-10' });
    const winners = await headingWinners(t.database.db, heading.id);
    expect(winners.sort()).toEqual([a!.id, b!.id, d!.id].sort());
    const overrideAudit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'budgeting.overridden'), eq(auditLog.subjectId, heading.id)));
    expect(overrideAudit).toHaveLength(1);
    const withdrawn = await boss.client.post(overrides, { number: d!.number, decision: 'none', reason: 'The reserve went to snow clearing.' });
    expect(withdrawn.body.overrides).toEqual([]);
  });

  it('tallies greedy with points ballots (points add up; ties by the smaller number as a string)', async () => {
    const cycle = await createCycle(t.database, { phase: 'voting', rule: 'greedy' });
    const heading = await createHeading(t.database, cycle.id, {
      districtId: null,
      amount: '100.00',
      ballotKind: 'points',
      pointsTotal: 5,
      pointsPerProject: 5,
    });
    const [x, y] = [await createProposal(t.database, heading, { cost: '70.00' }), await createProposal(t.database, heading, { cost: '70.00' })];
    const v1 = await voter(null);
    const v2 = await voter(null);
    await v1.client.put(`/api/budgeting/headings/${heading.id}/ballot`, {
      choices: [
        { number: x!.number, points: 1 },
        { number: y!.number, points: 4 },
      ],
    });
    await v2.client.put(`/api/budgeting/headings/${heading.id}/ballot`, { choices: [{ number: x!.number, points: 2 }] });
    await setPhase(t.database, cycle.id, 'tallying');
    const boss = await admin();
    const res = await boss.client.post(`/api/admin/budgeting/headings/${heading.id}/tally`);
    expect(res.body.projects.map((p: { number: number; votes: string; winner: boolean; code: string }) => [p.number, p.votes, p.winner, p.code])).toEqual([
      [y!.number, '4', true, 'funded'],
      [x!.number, '3', false, 'did-not-fit-remaining-budget'],
    ]);
    // a cap on winners is applied, explained, and written into the ballot file so that it reproduces
    const capped = await createHeading(t.database, cycle.id, { districtId: null, amount: '100.00' });
    await t.database.db.update(pbHeadings).set({ maxWinners: 1 }).where(eq(pbHeadings.id, capped.id));
    const [c1, c2] = [await createProposal(t.database, capped, { cost: '10.00' }), await createProposal(t.database, capped, { cost: '10.00' })];
    await setPhase(t.database, cycle.id, 'voting');
    await v1.client.put(`/api/budgeting/headings/${capped.id}/ballot`, { choices: [{ number: c1!.number }, { number: c2!.number }] });
    await setPhase(t.database, cycle.id, 'tallying');
    const cappedResult = await boss.client.post(`/api/admin/budgeting/headings/${capped.id}/tally`);
    expect(cappedResult.body.projects.map((p: { winner: boolean; code: string }) => [p.winner, p.code])).toEqual([
      [true, 'funded'],
      [false, 'winner-limit-reached'],
    ]);
    await setPhase(t.database, cycle.id, 'results');
    const cappedFile = await t.app.inject({ method: 'GET', url: `/api/budgeting/headings/${capped.id}/ballots.pb` });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pb-'));
    fs.writeFileSync(path.join(dir, 'c.pb'), cappedFile.body);
    expect(computePb(path.join(dir, 'c.pb'), { rule: 'greedy' }).selected).toEqual([String(c1!.number)]);
    fs.rmSync(dir, { recursive: true, force: true });

    const overview = await boss.client.get(`/api/admin/budgeting/cycles/${cycle.id}/tally`);
    expect(overview.status).toBe(200);
    expect(overview.body.headings).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: heading.id, ballots: 2, tally: expect.objectContaining({ winners: 1 }) })]),
    );
  });
});

describe('pabulib import', () => {
  it('turns Wieliczka 2023 into a finished cycle whose tally is the official result', async () => {
    const lines: string[] = [];
    await seedDemoImported(t.ctx, (m) => lines.push(m));
    await seedDemoImported(t.ctx, () => undefined); // idempotent
    expect(lines.some((l) => /6586 ballots/.test(l))).toBe(true);
    const [proposal] = await t.database.db.select({ headingId: pbProposals.headingId }).from(pbProposals).where(eq(pbProposals.externalId, '24'));
    const headingId = proposal!.headingId;
    const res = await new TestClient(t.app).get(`/api/budgeting/headings/${headingId}/results`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rule: 'equal-shares', utility: 'cost', completion: 'add1-full', ballots: 6586, ruleCost: '995079.00' });
    // the election was in złoty and says so wherever its money is shown
    expect(res.body.cycle.currency).toBe('PLN');
    expect((await new TestClient(t.app).get(`/api/budgeting/headings/${headingId}`)).body.cycle.currency).toBe('PLN');
    expect((await new TestClient(t.app).get(`/api/budgeting/cycles/${res.body.cycle.id}`)).body.currency).toBe('PLN');
    const officialIds = '17, 19, 20, 24, 25, 26, 29, 32, 33, 34, 36, 39, 40, 41, 42, 43, 46, 56, 58, 6, 60, 61, 62, 69, 7, 70, 71, 74, 88, 9'.split(', ');
    const winnerIds = res.body.projects
      .filter((p: { winner: boolean }) => p.winner)
      .map((p: { id: string }) => p.id)
      .sort();
    expect(winnerIds).toEqual([...officialIds].sort());
    const official = computePb(demoImportFile, { rule: 'equal-shares', utility: 'cost', completion: 'add1-full' });
    expect(winnerIds).toEqual(official.selected);
    // the exported file reproduces it too (projects keep the file's ids)
    const file = await t.app.inject({ method: 'GET', url: `/api/budgeting/headings/${headingId}/ballots.pb` });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pb-'));
    fs.writeFileSync(path.join(dir, 'w.pb'), file.body);
    expect(computePb(path.join(dir, 'w.pb'), { rule: 'equal-shares', utility: 'cost', completion: 'add1-full' }).selected).toEqual(official.selected);
    fs.rmSync(dir, { recursive: true, force: true });
    // ballots without voters, nobody can vote any more
    const ballot = await new TestClient(t.app).get(`/api/budgeting/headings/${headingId}/ballot`);
    expect(ballot.body.phase).toBe('implementation');
    expect(ballot.body.eligibility.reason).toBe('ballot_voting_closed');
  });

  it.each([
    ['a missing section', 'META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\n', /missing section VOTES/],
    ['an unknown project in a vote', 'META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\nv1;1,2\n', /unknown project 2/],
    ['a negative cost', 'META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n1;-10\nVOTES\nvoter_id;vote\nv1;1\n', /negative cost/],
    ['no budget', 'META\nkey;value\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\nv1;1\n', /no budget/],
    [
      'a currency that is not an ISO 4217 code',
      'META\nkey;value\nbudget;100\ncurrency;zloty\nPROJECTS\nproject_id;cost\n1;10\nVOTES\nvoter_id;vote\nv1;1\n',
      /currency/,
    ],
  ])('refuses a file with %s, naming the problem', async (_name, text, message) => {
    const err = await importPb(t.ctx, text, 'bad.pb', {}, () => undefined).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('pb_file_invalid');
    expect(String((err as AppError).params.details)).toMatch(message);
  });

  it('refuses a second import under the same title', async () => {
    const text = 'META\nkey;value\nbudget;100\ndescription;Tiny\nPROJECTS\nproject_id;cost;name\n1;10;One\nVOTES\nvoter_id;vote\nv1;1\n';
    const first = await importPb(t.ctx, text, 'tiny.pb', {}, () => undefined);
    expect(first).toMatchObject({ projects: 1, ballots: 1, selected: [expect.any(String)] });
    // a file that names no currency is taken to be in roubles
    expect((await new TestClient(t.app).get(`/api/budgeting/cycles/${first.cycleId}`)).body.currency).toBe('RUB');
    await expect(importPb(t.ctx, text, 'tiny.pb', {}, () => undefined)).rejects.toMatchObject({ code: 'pb_already_imported' });
  });
});
