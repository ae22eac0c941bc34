import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantRole } from '../../../../test/fixtures.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { signedInResident, TestClient } from '../../../../test/http-client.js';
import { auditLog } from '../../../core/audit/schema.js';
import { jobs } from '../../../core/jobs/schema.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { addWorkingDays, localDay } from '../../../core/time/calendar.js';
import { crowdIdeaRatings, crowdIdeas } from '../db/schema.js';

let t: TestApp;
let n = 0;
const email = (name: string) => `${name}-${++n}@crowd.test`;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const iso = (ms: number) => new Date(Date.now() + ms).toISOString();

let admin: Awaited<ReturnType<typeof signedInResident>>;
let expert: Awaited<ReturnType<typeof signedInResident>>;
const resident = (lang: 'en' | 'ru' = 'en') => signedInResident(t.app, t.database, email('resident'), lang);
/** A working day `days` working days ahead, as the due day of a commitment. */
async function workingDayAhead(days: number): Promise<string> {
  const end = addWorkingDays(new Date(), days, await loadWorkCalendar(t.database.db), t.ctx.config.cityTimezone);
  return localDay(new Date(end.getTime() - 1), t.ctx.config.cityTimezone);
}

/** A project body in the ideas phase (ideas began an hour ago). */
function body(over: Record<string, unknown> = {}) {
  return {
    title: 'Courtyards of Kolomna',
    problem: 'Courtyards in Kolomna are dark and empty.',
    brief: 'Suggest what would make the courtyards of Kolomna pleasant and safe for everyone.',
    districtId: null,
    ideasFrom: iso(-HOUR),
    selectionFrom: iso(DAY),
    votingFrom: iso(2 * DAY),
    implementationFrom: iso(3 * DAY),
    voteMaxChoices: 3,
    expertIds: [expert.userId],
    ...over,
  };
}

async function publishedProject(over: Record<string, unknown> = {}) {
  const created = await admin.client.post('/api/admin/crowdsourcing/projects', body(over));
  expect(created.status).toBe(201);
  const number = created.body.number as number;
  expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${number}/publish`)).status).toBe(204);
  return number;
}

async function idea(client: TestClient, project: number, title = `Lanterns in courtyard ${++n}`) {
  const res = await client.post(`/api/crowdsourcing/projects/${project}/ideas`, { title, text: 'Put warm lanterns over every courtyard entrance.' });
  expect(res.status).toBe(201);
  return res.body.number as number;
}

const advance = async (project: number) => expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/advance`)).status).toBe(204);
const review = (client: TestClient, number: number, decision: string, intoNumber?: number) =>
  client.post(`/api/crowdsourcing/ideas/${number}/review`, { decision, reason: 'A clear, feasible idea.', ...(intoNumber ? { intoNumber } : {}) });

/** Runs the events and jobs that are due (notifications among them). */
const runJobs = async () => {
  await t.ctx.jobs.runDue();
  await t.ctx.mailer.flush();
};
const kindsOf = async (client: TestClient) => ((await client.get('/api/notifications')).body.items as { kind: string }[]).map((n) => n.kind);

beforeAll(async () => {
  t = await testApp();
  admin = await signedInResident(t.app, t.database, email('admin'));
  await grantRole(t, admin.userId, 'administrator');
  expert = await signedInResident(t.app, t.database, email('expert'));
});
afterAll(async () => {
  await t.close();
});

describe('projects', () => {
  it('lets only administrators create; hides drafts from the public; publishes once (audited)', async () => {
    const r = await resident();
    expect((await r.client.post('/api/admin/crowdsourcing/projects', body())).status).toBe(403);
    expect((await new TestClient(t.app).post('/api/admin/crowdsourcing/projects', body())).status).toBe(401);
    const created = await admin.client.post('/api/admin/crowdsourcing/projects', body());
    const number = created.body.number as number;
    expect((await new TestClient(t.app).get(`/api/crowdsourcing/projects/${number}`)).status).toBe(404);
    expect((await r.client.get(`/api/crowdsourcing/projects/${number}/ideas`)).status).toBe(404);
    expect((await new TestClient(t.app).get('/api/crowdsourcing/projects')).body.projects.some((p: { number: number }) => p.number === number)).toBe(false);
    expect((await admin.client.get('/api/admin/crowdsourcing/projects')).body.projects.find((p: { number: number }) => p.number === number)).toMatchObject({
      published: false,
      phase: 'ideas',
    });
    expect(
      (await r.client.post(`/api/crowdsourcing/projects/${number}/ideas`, { title: 'A draft idea', text: 'An idea for a project nobody can see yet.' })).status,
    ).toBe(404);
    expect((await admin.client.put(`/api/admin/crowdsourcing/projects/${number}`, body({ title: 'Courtyards renamed' }))).status).toBe(204);
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${number}/publish`)).status).toBe(204);
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${number}/publish`)).body.error.code).toBe('crowd_project_already_published');
    const view = await new TestClient(t.app).get(`/api/crowdsourcing/projects/${number}`);
    expect(view.body).toMatchObject({
      title: 'Courtyards renamed',
      phase: 'ideas',
      published: true,
      pollId: null,
      experts: [{ id: expert.userId }],
      report: null,
      me: { canSubmitIdea: false, canManage: false },
    });
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, String(number)));
    expect(audit.filter((a) => a.subjectType === 'crowd_project').map((a) => a.action)).toEqual([
      'crowd_project.created',
      'crowd_project.updated',
      'crowd_project.published',
    ]);
  });

  it('refuses bad bodies with localized messages in ru and en', async () => {
    // messages follow the account's language
    const ruAdmin = await signedInResident(t.app, t.database, email('admin-ru'), 'ru');
    await grantRole(t, ruAdmin.userId, 'administrator');
    const ru = ruAdmin.client;
    const bad = await ru.post('/api/admin/crowdsourcing/projects', body({ problem: 'short', voteMaxChoices: 11 }));
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
    expect(bad.body.error.fields.problem).toMatch(/Проблема/);
    const order = await admin.client.post('/api/admin/crowdsourcing/projects', body({ votingFrom: iso(HOUR) }));
    expect(order.status).toBe(400);
    expect(order.body.error.code).toBe('crowd_dates_order');
    expect(order.body.error.message).toMatch(/forward/);
    expect((await ru.post('/api/admin/crowdsourcing/projects', body({ votingFrom: iso(HOUR) }))).body.error.message).toMatch(/по порядку/);
    expect((await admin.client.post('/api/admin/crowdsourcing/projects', body({ districtId: 'atlantis' }))).body.error.code).toBe('crowd_district_unknown');
    expect((await admin.client.post('/api/admin/crowdsourcing/projects', body({ expertIds: ['00000000-0000-4000-8000-000000000000'] }))).body.error.code).toBe(
      'crowd_expert_unknown',
    );
    const project = await publishedProject();
    const r = await resident('ru');
    const short = await r.client.post(`/api/crowdsourcing/projects/${project}/ideas`, { title: 'abc', text: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields.title).toMatch(/Заголовок/);
    const en = await resident();
    const shortEn = await en.client.post(`/api/crowdsourcing/projects/${project}/ideas`, { title: 'abc', text: 'short' });
    expect(shortEn.body.error.fields.title).toMatch(/Title/);
    const number = await idea(en.client, project);
    const range = await r.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: 6 });
    expect(range.status).toBe(400);
    expect(range.body.error.code).toBe('idea_rating_range');
    expect(range.body.error.message).toBe('Оцените идею от 1 до 5.');
    expect((await en.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: 3 })).body.error.code).toBe('idea_rate_own');
    const other = await resident();
    expect((await other.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: 0 })).body.error.message).toBe('Rate the idea from 1 to 5.');
    expect((await other.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: 'five' })).status).toBe(400);
    expect((await expert.client.post(`/api/crowdsourcing/ideas/${number}/review`, { decision: 'maybe', reason: 'A clear, feasible idea.' })).status).toBe(400);
    expect((await expert.client.post(`/api/crowdsourcing/ideas/${number}/review`, { decision: 'rejected', reason: 'no' })).status).toBe(400);
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, { text: 'short', accepted: [] })).status).toBe(400);
  });
});

describe('texts', () => {
  it('stores projects, ideas and reviews cleaned by the one text rule: no bidi overrides or zero-width characters', async () => {
    const project = await publishedProject({ title: 'Courtyards\u202e of Kolomna\u200b', problem: 'Courtyards\u2066 are dark\n and empty.' });
    const view = await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}`);
    expect(view.body).toMatchObject({ title: 'Courtyards of Kolomna', problem: 'Courtyards are dark and empty.' });
    const r = await resident();
    const res = await r.client.post(`/api/crowdsourcing/projects/${project}/ideas`, {
      title: '  Warm\u202e lanterns\u200b ',
      text: 'Put warm lanterns\u202d over every entrance.\r\n\n\n\nAnd benches.',
    });
    expect(res.status).toBe(201);
    const number = res.body.number as number;
    expect((await review(expert.client, number, 'shortlisted')).status).toBe(204);
    const [row] = await t.database.db.select().from(crowdIdeas).where(eq(crowdIdeas.number, number));
    expect(row).toMatchObject({ title: 'Warm lanterns', text: 'Put warm lanterns over every entrance.\n\nAnd benches.' });
  });
});

describe('the full cycle', () => {
  it('goes from ideas to credited implementation with exact figures', async () => {
    const project = await publishedProject();
    const [a, b, c, d, e] = [await resident(), await resident(), await resident(), await resident(), await resident()];
    const i1 = await idea(a.client, project, 'Lanterns over entrances');
    const i2 = await idea(b.client, project, 'Benches by the trees');
    const i3 = await idea(c.client, project, 'Lights over the entrances');
    const i4 = await idea(d.client, project, 'Murals on blank walls');
    const i5 = await idea(a.client, project, 'A fountain in every yard');
    // the author withdraws one during ideas: it leaves lists and figures
    expect((await b.client.post(`/api/crowdsourcing/ideas/${i5}/withdraw`)).status).toBe(403);
    expect((await a.client.post(`/api/crowdsourcing/ideas/${i5}/withdraw`)).status).toBe(204);
    expect((await a.client.post(`/api/crowdsourcing/ideas/${i5}/withdraw`)).body.error.code).toBe('idea_not_withdrawable');

    // ratings: count and sum follow the rows; a change replaces
    expect((await b.client.put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 5 })).body).toEqual({ ratingCount: 1, ratingAverage: 5, myRating: 5 });
    expect((await c.client.put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 4 })).body).toEqual({ ratingCount: 2, ratingAverage: 4.5, myRating: 4 });
    expect((await c.client.put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 2 })).body).toEqual({ ratingCount: 2, ratingAverage: 3.5, myRating: 2 });
    expect((await e.client.put(`/api/crowdsourcing/ideas/${i2}/rating`, { value: 3 })).status).toBe(200);
    expect((await a.client.put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 5 })).body.error.code).toBe('idea_rate_own');
    expect((await new TestClient(t.app).put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 5 })).status).toBe(401);
    const rated = await t.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'type' = 'idea.rated' and ${jobs.payload}->>'entityId' = ${String(i1)}`);
    expect(rated).toHaveLength(2);

    // comments without a stance during ideas
    const comment = await e.client.post(`/api/comments/idea/${i1}`, { body: 'Yes, and warm light please.' });
    expect(comment.status).toBe(201);
    const thread = await e.client.get(`/api/comments/idea/${i1}`);
    expect(thread.body.host).toMatchObject({ stance: false, canComment: true });
    const view = await b.client.get(`/api/crowdsourcing/ideas/${i1}`);
    expect(view.body).toMatchObject({
      number: i1,
      projectNumber: project,
      commentCount: 1,
      ratingCount: 2,
      ratingAverage: 3.5,
      myRating: 5,
      status: 'submitted',
      projectPhase: 'ideas',
      me: { isAuthor: false, can: { rate: true, review: false, withdraw: false, comment: true } },
    });
    // the list carries each caller's own rating too (none for a visitor)
    const myList = async (client: TestClient) =>
      new Map(
        ((await client.get(`/api/crowdsourcing/projects/${project}/ideas?sort=newest`)).body.items as { number: number; myRating: number | null }[]).map(
          (i) => [i.number, i.myRating],
        ),
      );
    expect((await myList(c.client)).get(i1)).toBe(2);
    expect((await myList(e.client)).get(i2)).toBe(3);
    expect((await myList(e.client)).get(i1)).toBeNull();
    expect((await myList(new TestClient(t.app))).get(i1)).toBeNull();

    // selection: no more ideas; experts review; a stranger may not
    await advance(project);
    const late = await e.client.post(`/api/crowdsourcing/projects/${project}/ideas`, {
      title: 'A late idea here',
      text: 'This comes after the ideas phase ended.',
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('crowd_ideas_closed');
    expect((await a.client.post(`/api/crowdsourcing/ideas/${i1}/withdraw`)).body.error.code).toBe('idea_withdraw_closed');
    expect((await review(e.client, i1, 'shortlisted')).body.error.code).toBe('not_crowd_expert');
    expect((await review(expert.client, i1, 'shortlisted')).status).toBe(204);
    expect((await review(expert.client, i2, 'shortlisted')).status).toBe(204);
    expect((await review(expert.client, i4, 'rejected')).status).toBe(204);
    // merges: not into itself, not into another project's idea, not into a merged idea
    const elsewhere = await publishedProject();
    const foreign = await idea(e.client, elsewhere);
    expect((await review(expert.client, i3, 'merged', i3)).body.error.code).toBe('idea_merge_self');
    expect((await review(expert.client, i3, 'merged', foreign)).body.error.code).toBe('idea_merge_other_project');
    expect((await review(expert.client, i3, 'merged')).body.error.code).toBe('idea_merge_target_required');
    expect((await review(expert.client, i3, 'merged', i1)).status).toBe(204);
    expect((await review(expert.client, i4, 'merged', i3)).body.error.code).toBe('idea_merge_target_closed');
    expect((await review(expert.client, i3, 'shortlisted')).body.error.code).toBe('idea_not_reviewable');
    const merged = await c.client.get(`/api/crowdsourcing/ideas/${i3}`);
    expect(merged.body).toMatchObject({
      status: 'merged',
      mergedInto: { number: i1, title: 'Lanterns over entrances' },
      reviewReason: 'A clear, feasible idea.',
    });
    expect((await c.client.get(`/api/crowdsourcing/ideas/${i1}`)).body.mergedFrom).toEqual([
      { number: i3, title: 'Lights over the entrances', author: { id: c.userId, displayName: 'Test Resident' } },
    ]);
    expect((await e.client.put(`/api/crowdsourcing/ideas/${i3}/rating`, { value: 4 })).body.error.code).toBe('idea_rating_closed');
    const reviews = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.action} = 'idea.reviewed' and ${auditLog.subjectId} = ${String(i3)}`);
    expect(reviews).toHaveLength(1);
    const shortlisted = await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}/ideas?status=shortlisted`);
    expect(shortlisted.body.items.map((x: { number: number }) => x.number)).toEqual([i1, i2]);

    // the report cannot come before implementation
    expect(
      (await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, { text: 'We did a lot of things this year.', accepted: [] })).body.error
        .code,
    ).toBe('crowd_report_phase');

    // the vote: one transaction, a poll over the shortlist
    const vote = await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/vote`);
    expect(vote.status).toBe(201);
    const pollId = vote.body.pollId as string;
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/vote`)).body.error.code).toBe('crowd_vote_already_started');
    expect((await review(expert.client, i4, 'shortlisted')).body.error.code).toBe('crowd_review_closed');
    expect((await admin.client.put(`/api/admin/crowdsourcing/projects/${project}`, body())).body.error.code).toBe('crowd_project_locked');
    const poll = await a.client.get(`/api/polls/${pollId}`);
    expect(poll.body).toMatchObject({
      title: 'Courtyards of Kolomna',
      binding: false,
      verifiedOnly: false,
      resultsVisibility: 'after_close',
      districtIds: [],
      state: 'upcoming',
    });
    expect(poll.body.questions).toHaveLength(1);
    expect(poll.body.questions[0]).toMatchObject({
      kind: 'multiple',
      minChoices: 1,
      maxChoices: 2,
      options: [{ text: 'Lanterns over entrances' }, { text: 'Benches by the trees' }],
    });
    const options = poll.body.questions[0].options as { id: string }[];
    const ideaRows = await t.database.db
      .select()
      .from(crowdIdeas)
      .where(sql`${crowdIdeas.number} in (${i1}, ${i2})`);
    expect(new Set(ideaRows.map((r) => r.pollOptionId))).toEqual(new Set(options.map((o) => o.id)));

    // voting: ratings and comments are closed; residents answer through the polls route
    await advance(project);
    expect((await e.client.put(`/api/crowdsourcing/ideas/${i1}/rating`, { value: 4 })).body.error.code).toBe('idea_rating_closed');
    expect((await e.client.post(`/api/comments/idea/${i1}`, { body: 'Too late for comments?' })).body.error.code).toBe('idea_comments_closed');
    const qid = poll.body.questions[0].id as string;
    const voter = await resident();
    for (const [client, choice] of [
      [voter.client, [0]],
      [e.client, [0, 1]],
      [b.client, [0]],
    ] as [TestClient, number[]][]) {
      const res = await client.post(`/api/polls/${pollId}/responses`, { answers: [{ questionId: qid, optionIds: choice.map((k) => options[k]!.id) }] });
      expect(res.status).toBe(201);
    }
    expect((await admin.client.post(`/api/admin/polls/${pollId}/close`)).status).toBe(200);
    const votes = await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}/ideas?sort=votes`);
    expect(votes.body.items.map((x: { number: number; votes: number | null }) => [x.number, x.votes])).toEqual([
      [i1, 3],
      [i2, 1],
      [i3, null],
      [i4, null],
    ]);
    expect((await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}`)).body).toMatchObject({ pollId, pollClosed: true, phase: 'voting' });

    // implementation and the report: once, with shortlisted ideas only
    await advance(project);
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/advance`)).body.error.code).toBe('crowd_project_last_phase');
    const promise = { departmentId: 'committee-improvement', dueOn: await workingDayAhead(10) };
    const report = {
      text: 'Lanterns now light every courtyard entrance in Kolomna.',
      accepted: [{ ideaNumber: i1, note: 'Installed 120 lanterns.', ...promise }],
    };
    // an accepted idea is the city's commitment: without its due day nothing is published, and the error names the idea's field
    const undated = await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, {
      ...report,
      accepted: [{ ideaNumber: i1, note: 'x', departmentId: promise.departmentId }],
    });
    expect(undated.status).toBe(400);
    expect(Object.keys(undated.body.error.fields)).toEqual(['accepted.0.dueOn']);
    expect((await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}`)).body.report).toBeNull();
    expect(
      (await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, { ...report, accepted: [{ ideaNumber: i4, note: 'x' }] })).body.error
        .code,
    ).toBe('crowd_report_not_shortlisted');
    expect(
      (await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, { ...report, accepted: [{ ideaNumber: foreign, note: 'x' }] })).body.error
        .code,
    ).toBe('crowd_report_not_shortlisted');
    expect((await b.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, report)).status).toBe(403);
    expect((await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, report)).status).toBe(204);
    const twice = await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/report`, report);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('crowd_report_already_published');

    const done = await new TestClient(t.app).get(`/api/crowdsourcing/projects/${project}`);
    // participants: authors a, b, c, d; raters b, c, e; respondents voter, e, b → a, b, c, d, e, voter
    // ideas not withdrawn: i1, i2, i3 (merged), i4 → 4; accepted i1 and i3 merged into it → 2 / 4
    expect(done.body).toMatchObject({
      phase: 'completed',
      report: { text: report.text },
      figures: { participants: 6, ideas: 4, shortlisted: 2, accepted: 1, acceptedShare: 0.5 },
    });
    expect(
      (await new TestClient(t.app).get('/api/crowdsourcing/projects')).body.projects.find((p: { number: number }) => p.number === project).figures
        .acceptedShare,
    ).toBe(0.5);
    expect((await a.client.get(`/api/crowdsourcing/ideas/${i1}`)).body).toMatchObject({ accepted: true, acceptedNote: 'Installed 120 lanterns.', votes: 3 });
    // the commitment the accepted idea became: linked to the idea, the department's to deliver, disputed by the project's participants only
    const commitment = await new TestClient(t.app).get(`/api/commitments/by-source/idea/${i1}`);
    expect(commitment.body).toMatchObject({
      sourceType: 'idea',
      sourceId: String(i1),
      promise: 'Installed 120 lanterns.',
      dueOn: promise.dueOn,
      status: 'open',
    });
    expect((await new TestClient(t.app).get(`/api/commitments/by-source/idea/${i2}`)).status).toBe(404);
    const cn = commitment.body.number as number;
    expect((await admin.client.post(`/api/commitments/${cn}/delivery`, { note: 'The lanterns are lit.' })).status).toBe(200);
    expect((await (await resident()).client.post(`/api/commitments/${cn}/disputes`, { reason: 'Not a single lantern in my yard.' })).status).toBe(403);
    expect((await a.client.post(`/api/commitments/${cn}/disputes`, { reason: 'Not a single lantern in my yard.' })).status).toBe(200);

    // credit on public profiles: the author, and the author of the idea merged into it; not the others
    const ideasOn = async (userId: string) =>
      ((await new TestClient(t.app).get(`/api/people/${userId}`)).body.authored as { type: string; items: { id: string }[] }[])
        .find((x) => x.type === 'idea')
        ?.items.map((i) => i.id) ?? [];
    expect(await ideasOn(a.userId)).toEqual([String(i1)]);
    expect(await ideasOn(c.userId)).toEqual([String(i1)]);
    expect(await ideasOn(b.userId)).toEqual([]);

    // notifications: the author heard of the shortlisting, the vote, the report and the credit; the merged idea's author of
    // the merge and the credit
    await runJobs();
    expect(await kindsOf(a.client)).toEqual(
      expect.arrayContaining(['idea.reviewed.shortlisted', 'crowd_project.vote_started', 'crowd_project.reported', 'idea.accepted']),
    );
    expect(await kindsOf(c.client)).toEqual(expect.arrayContaining(['idea.reviewed.merged', 'idea.accepted']));
    expect(await kindsOf(b.client)).not.toContain('idea.accepted');
    const accepted = ((await c.client.get('/api/notifications')).body.items as { kind: string; text: string; path: string }[]).find(
      (n) => n.kind === 'idea.accepted',
    )!;
    expect(accepted.path).toBe(`/crowdsourcing/ideas/${i1}`);
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.subjectType} = 'crowd_project' and ${auditLog.subjectId} = ${String(project)}`);
    expect(audit.map((x) => x.action)).toEqual([
      'crowd_project.created',
      'crowd_project.published',
      'crowd_project.advanced',
      'crowd_project.vote_started',
      'crowd_project.advanced',
      'crowd_project.advanced',
      'crowd_project.reported',
    ]);
  }, 90_000); // five residents, a whole project's journey: 15 s on a quiet 2-core machine, near 30 s under a full run's load

  it('refuses a vote with fewer than two shortlisted ideas, and ideas before the ideas phase', async () => {
    const early = await publishedProject({ ideasFrom: iso(HOUR), selectionFrom: iso(DAY) });
    const r = await resident();
    const res = await r.client.post(`/api/crowdsourcing/projects/${early}/ideas`, { title: 'Too early idea', text: 'Ideas are not taken before the phase.' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('crowd_ideas_closed');
    const project = await publishedProject();
    const one = await idea(r.client, project);
    await advance(project);
    expect((await review(admin.client, one, 'shortlisted')).status).toBe(204);
    const vote = await admin.client.post(`/api/admin/crowdsourcing/projects/${project}/vote`);
    expect(vote.status).toBe(409);
    expect(vote.body.error.code).toBe('crowd_vote_too_few_ideas');
    expect(vote.body.error.message).toContain('at least 2');
    expect((await r.client.put(`/api/crowdsourcing/ideas/${one}/rating`, { value: 3 })).body.error.code).toBe('idea_rate_own');
  });
});

describe('on the server backend', () => {
  it.runIf(backend() === 'postgres')('keeps one rating row and exact sums under racing ratings by one person', async () => {
    const project = await publishedProject();
    const author = await resident();
    const number = await idea(author.client, project);
    const [r1, r2] = [await resident(), await resident()];
    const results = await Promise.all([
      ...[1, 2, 3, 4, 5, 4, 3, 2].map((v) => r1.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: v })),
      r2.client.put(`/api/crowdsourcing/ideas/${number}/rating`, { value: 5 }),
    ]);
    expect(results.every((x) => x.status === 200)).toBe(true);
    const [row] = await t.database.db.select().from(crowdIdeas).where(eq(crowdIdeas.number, number));
    const ratings = await t.database.db.select().from(crowdIdeaRatings).where(eq(crowdIdeaRatings.ideaId, row!.id));
    expect(ratings).toHaveLength(2);
    expect(row!.ratingCount).toBe(2);
    expect(row!.ratingSum).toBe(ratings.reduce((s, x) => s + x.value, 0));
    const firsts = await t.database.db
      .select()
      .from(jobs)
      .where(sql`${jobs.payload}->>'type' = 'idea.rated' and ${jobs.payload}->>'entityId' = ${String(number)}`);
    expect(firsts).toHaveLength(2);
  });
});
