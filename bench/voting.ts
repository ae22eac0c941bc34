/**
 * bench/voting: a binding city poll with 1,000,000 responses on a throwaway PostgreSQL server.
 *   (1) responses/s through the real use case (respond: poll + questions, verification, eligibility, answer rules,
 *       one insert on the unique (poll, respondent) index with a receipt, the answers and the `poll.responded` event
 *       in one statement; the job runner dispatches the events in the same process after each turn, timed apart), 8 at a time, against a plain
 *       insert of the same rows (response + answers in one transaction, no checks) measured in turns in the same run;
 *       target: at least half the plain insert's rate;
 *   (2) the rest of the 1,000,000 responses bulk-loaded with INSERT … SELECT (not timed as a claim);
 *   (3) a second response of a sample respondent refused by the index (409, still one row each);
 *   (4) the time to close the poll and publish its results (turnout, eligible residents, per district, per question,
 *       the decision — frozen in polls.results) over the 1,000,000 responses.
 * Run: `node --import tsx bench/voting.ts` (also part of `npm run bench`). BENCH_POLL_RESPONSES sets the total
 * (default 1,000,000), BENCH_POLL_SAMPLE how many go through the use case (default 20,000).
 */
import os from 'node:os';
import type { Actor } from '../src/core/auth/actor.js';
import { throughputInTurns } from './measure.js';

const progress = (m: string) => process.stderr.write(`${m}\n`);
const { sql } = await import('drizzle-orm');
const { queryRows } = await import('../src/core/db/client.js');
const { findPostgresBinaries } = await import('../test/postgres-server.js');
const { cityContext, insertVerifiedResidents, withThrowawayDatabase } = await import('./throwaway-postgres.js');
const { createPoll, publishPoll } = await import('../src/modules/polls/use-cases/save-poll.js');
const { respond } = await import('../src/modules/polls/use-cases/respond.js');
const { closePoll } = await import('../src/modules/polls/use-cases/close-poll.js');
const { findPoll } = await import('../src/modules/polls/db/queries.js');
const { pollAnswers, pollResponses } = await import('../src/modules/polls/db/schema.js');
const { newReceiptCode, receiptHash } = await import('../src/modules/polls/use-cases/poll-common.js');
const { AppError } = await import('../src/core/http/errors.js');

const total = Number(process.env.BENCH_POLL_RESPONSES ?? 1_000_000);
const sample = Math.min(Math.floor(total / 4), Number(process.env.BENCH_POLL_SAMPLE ?? 20_000));
const concurrency = 8;
const bindir = findPostgresBinaries();
if (!bindir) {
  process.stdout.write('bench/voting: skipped (no PostgreSQL server binaries on this machine).\n');
} else {
  progress(`bench/voting: a throwaway PostgreSQL server from ${bindir}`);
  await withThrowawayDatabase(bindir, 'gorod_bench_voting', concurrency + 4, async (database) => {
    const ctx = await cityContext(database);
    const db = database.db;
    const districts = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((r) => r.id);
    // residents: the poll's respondents plus the baseline's, all verified, spread over the districts and ages
    const residents = total + sample;
    const seconds = await insertVerifiedResidents(db, { prefix: 'r', count: residents, districts, bornFrom: '1940-01-01', spreadDays: 16384 });
    progress(`  ${residents.toLocaleString('en')} verified residents in ${seconds.toFixed(1)} s`);
    const rows = await queryRows<{ id: string; district_id: string }>(
      db,
      sql`select u.id, v.district_id from users u join verifications v on v.user_id = u.id where u.email like 'r%@example.org' order by u.email limit ${2 * sample}`,
    );

    const admin: Actor = {
      kind: 'user',
      userId: '00000000-0000-4000-8000-000000000001',
      displayName: 'Admin',
      verification: 'verified',
      roles: [{ role: 'administrator', scopeType: 'city', scopeId: null }],
      language: 'ru',
      districtId: null,
    };
    const pollInput = (title: string) => ({
      title,
      description: '',
      districtIds: [],
      ageBands: [],
      verifiedOnly: true,
      binding: true,
      resultsVisibility: 'after_close' as const,
      opensAt: new Date(Date.now() - 3_600_000),
      closesAt: new Date(Date.now() + 86_400_000),
      questions: [
        {
          kind: 'single' as const,
          text: 'Close the embankment to cars on weekends?',
          description: '',
          required: true,
          minChoices: null,
          maxChoices: null,
          scale: null,
          lat: null,
          lon: null,
          options: ['Yes', 'No'],
        },
        {
          kind: 'rating' as const,
          text: 'How do you rate the embankment now?',
          description: '',
          required: true,
          minChoices: null,
          maxChoices: null,
          scale: 5,
          lat: null,
          lon: null,
          options: [],
        },
      ],
      decision: { questionIndex: 0, optionIndex: 0, minTurnoutCount: null, minTurnoutPermille: 100, numerator: 1, denominator: 2, strict: true },
    });
    const pollId = await createPoll(ctx, admin, pollInput('City poll (bench)'));
    await publishPoll(ctx, admin, pollId);
    const plainId = await createPoll(ctx, admin, pollInput('Plain inserts (bench)'));
    const poll = (await findPoll(db, pollId))!;
    const plain = (await findPoll(db, plainId))!;
    const answersOf = (q: typeof poll.questions, i: number) => [
      { questionId: q[0]!.id, optionIds: [q[0]!.options[i % 5 < 3 ? 0 : 1]!.id] },
      { questionId: q[1]!.id, value: 1 + (i % 5) },
    ];

    const actorOf = (r: { id: string; district_id: string }): Actor => ({
      kind: 'user',
      userId: r.id,
      displayName: 'R',
      verification: 'verified',
      roles: [],
      language: 'ru',
      districtId: r.district_id,
    });
    // in turns: a chunk of responses through the use case, then a chunk of plain inserts, and so on; the events the
    // responses queue are dispatched by the job runner after each chunk, timed apart, as a server's runner does after answering
    ctx.jobs.kick = () => undefined;
    const [useCase, baseline] = await throughputInTurns(sample, concurrency, 5, [
      { label: 'respond', fn: (i) => respond(ctx, actorOf(rows[i]!), pollId, answersOf(poll.questions, i)), settle: () => ctx.jobs.runDue() },
      {
        label: 'plain insert',
        fn: (i) =>
          db.transaction(async (tx) => {
            const r = rows[sample + i]!;
            const [row] = await tx
              .insert(pollResponses)
              .values({
                pollId: plainId,
                respondentId: r.id,
                receiptHash: receiptHash(newReceiptCode()),
                districtId: r.district_id,
                ageBand: '35-44',
                verified: true,
              })
              .returning({ id: pollResponses.id });
            const a = answersOf(plain.questions, i);
            await tx.insert(pollAnswers).values([
              { responseId: row!.id, questionId: a[0]!.questionId, optionId: a[0]!.optionIds![0]!, value: null, text: null },
              { responseId: row!.id, questionId: a[1]!.questionId, optionId: null, value: a[1]!.value!, text: null },
            ]);
          }),
      },
    ]);
    await ctx.jobs.runDue();

    // the one-per-person guarantee: a second response of each of 200 sample respondents, 2 racing each
    let refused = 0;
    await Promise.all(
      rows.slice(0, 100).flatMap((r, i) =>
        [0, 1].map(async () => {
          try {
            await respond(ctx, actorOf(r), pollId, answersOf(poll.questions, i));
          } catch (err) {
            if (err instanceof AppError && err.code === 'poll_already_answered') refused++;
            else throw err;
          }
        }),
      ),
    );

    // the rest, bulk-loaded: every other resident not yet answering (the baseline's residents included)
    let t0 = performance.now();
    const q0 = poll.questions[0]!;
    const q1 = poll.questions[1]!;
    // one statement: the responses, and their two answers each from what it returned (no anti-joins over growing tables)
    await db.execute(sql`with ins as (
        insert into poll_responses (poll_id, respondent_id, receipt_hash, district_id, age_band, verified)
        select ${pollId}, u.id, encode(sha256(convert_to('bench-' || u.id, 'UTF8')), 'hex'), v.district_id, '35-44', true
        from users u join verifications v on v.user_id = u.id
        where u.email like 'r%@example.org' and not exists (select 1 from poll_responses r where r.poll_id = ${pollId} and r.respondent_id = u.id)
        limit ${total - sample}
        returning id, (hashtext(receipt_hash) & 2147483647) as h)
      insert into poll_answers (response_id, question_id, option_id, value)
      select ins.id, a.question_id, a.option_id, a.value from ins cross join lateral (values
        (${q0.id}::uuid, case when ins.h % 8 < 5 then ${q0.options[0]!.id}::uuid else ${q0.options[1]!.id}::uuid end, null::smallint),
        (${q1.id}::uuid, null::uuid, (1 + ins.h % 5)::smallint)) as a(question_id, option_id, value)`);
    await db.execute(sql`analyze`);
    const bulkSeconds = (performance.now() - t0) / 1000;
    const [count] = await queryRows<{ n: number; people: number }>(
      db,
      sql`select count(*)::int as n, count(distinct respondent_id)::int as people from poll_responses where poll_id = ${pollId}`,
    );
    progress(`  bulk-loaded to ${count!.n.toLocaleString('en')} responses in ${bulkSeconds.toFixed(1)} s`);

    t0 = performance.now();
    await closePoll(ctx, admin, pollId);
    const closeSeconds = (performance.now() - t0) / 1000;
    const closed = (await findPoll(db, pollId))!.poll.results as {
      responses: number;
      eligible: number;
      decision: { passed: boolean; reason: string; inFavourPercent: string };
    };

    process.stdout.write(
      `bench/voting — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n\n`,
    );
    process.stdout.write(
      `A binding city poll (2 questions: yes/no with a decision rule, a 1–5 rating) on a throwaway PostgreSQL server (fsync off), ${residents.toLocaleString('en')} verified residents. ${sample.toLocaleString('en')} responses from distinct residents, ${concurrency} at a time, in 5 turns with the baseline (median turn):\n\n`,
    );
    process.stdout.write('| what | responses/s | ms per response (one connection) |\n| --- | ---: | ---: |\n');
    process.stdout.write(
      `| plain insert of the same rows (response + 2 answers, one transaction; baseline) | ${baseline!.perSecond.toFixed(0)} | ${baseline!.msEach.toFixed(2)} |\n`,
    );
    process.stdout.write(
      `| respond (one read: poll, questions, verification; one write: share lock, unique-index insert with receipt, answers, event) | ${useCase!.perSecond.toFixed(0)} | ${useCase!.msEach.toFixed(2)} |\n`,
    );
    process.stdout.write(
      `\nrespond ${(useCase!.perSecond / baseline!.perSecond).toFixed(2)}× the plain insert rate (target ≥ 0.5×): ${useCase!.perSecond / baseline!.perSecond >= 0.5 ? 'holds' : 'does not hold'}. The job runner dispatching each response's event afterwards (between the turns, untimed above): ${useCase!.settleMsEach.toFixed(2)} ms per response. Second responses refused: ${refused} of 200 (2 racing for each of 100 respondents); distinct respondents = responses: ${count!.people === count!.n}.\n`,
    );
    process.stdout.write(
      `Bulk load to ${count!.n.toLocaleString('en')} responses (${(count!.n * 2).toLocaleString('en')} answers): ${bulkSeconds.toFixed(1)} s (INSERT … SELECT; not the use case).\n`,
    );
    process.stdout.write(
      `Close and publish results over ${closed.responses.toLocaleString('en')} responses (turnout of ${closed.eligible.toLocaleString('en')} eligible, per district, per age band, per question, decision): ${closeSeconds.toFixed(2)} s — ${closed.decision.passed ? 'passed' : 'not passed'} (${closed.decision.reason}, ${closed.decision.inFavourPercent} % in favour).\n`,
    );
  });
}
