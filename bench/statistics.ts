/**
 * bench/statistics: participation statistics and the social-performance monitor over a city of 1,000,000 residents (a
 * third verified, spread over the 18 districts) with a year of activity in every module they count — 500,000 poll
 * responses (300,000 in one big closed poll), 200,000 reports, 300,000 budgeting ballots (a heading per district and a
 * city-wide one of 100,000, tallied), 100,000 initiative supports, 20,000 ideas, 50,000 event attendances, 30,000
 * volunteering hours, the commitments of what was accepted — against a primary-key read in the same run. Measured per
 * request: `GET /api/statistics` when its minute in memory has passed (the stored snapshot, the populations and the
 * district names, k-anonymised) and within it; the representativeness of the big poll and of the city-wide heading
 * (`GET /api/statistics/representativeness/:kind/:id`); the monitor's page (`GET /api/monitor`: the stored months).
 * Once: the statistics job counting every month (with nothing stored; the day's first run) and as every ten minutes
 * (this month and the one before), with how long a read meanwhile waits, and the monitor's daily job (on a
 * new installation it fills in every shown month; each night it recounts this month and the one before; 1 % of the
 * residents answered its survey). CPU (this process + the PostgreSQL server's) with wall time; on PGlite (on disk) and
 * a throwaway PostgreSQL server. Prints a table to stdout, progress to stderr. Run: `node --import tsx
 * bench/statistics.ts` (also part of `npm run bench`). Options: BENCH_STATISTICS_RESIDENTS (default 1,000,000; the
 * activity scales with it), BENCH_STATISTICS_BACKENDS (`pglite,postgres`).
 */
import os from 'node:os';
import { sql, type SQL } from 'drizzle-orm';
import { anonymous } from '../src/core/auth/actor.js';
import { queryRows, type Database } from '../src/core/db/client.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { requireHeading } from '../src/modules/budgeting/use-cases/ballots/ballot-common.js';
import { computeTally, residenceOf } from '../src/modules/budgeting/use-cases/tally/tally-heading.js';
import { computeMonitor, readMonitor } from '../src/modules/monitor/use-cases/compute.js';
import { closeDuePolls } from '../src/modules/polls/use-cases/close-poll.js';
import { listActiveReasons } from '../src/modules/reports/db/classifier-queries.js';
import { seedClassifier } from '../src/modules/reports/use-cases/classifier/seed-classifier.js';
import { seedDemoPopulation } from '../src/modules/statistics/use-cases/population.js';
import { forgetParticipation, readParticipation, refreshParticipation } from '../src/modules/statistics/use-cases/participation.js';
import { readRepresentativeness } from '../src/modules/statistics/use-cases/representativeness.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf, type CpuFigure } from './cpu.js';
import { onEachBackend } from './throwaway-postgres.js';

const env = process.env;
const residents = Number(env.BENCH_STATISTICS_RESIDENTS ?? 1_000_000);
const backends = (env.BENCH_STATISTICS_BACKENDS ?? 'pglite,postgres').split(',');
const share = (fraction: number) => Math.round(residents * fraction);
/** The city's activity over the past year, in proportion to its residents. */
const counts = {
  pollResponses: share(0.5),
  reports: share(0.2),
  ballots: share(0.3),
  supports: share(0.1),
  ideas: share(0.02),
  attendance: share(0.05),
  /** shifts worked, 3 hours each */
  volunteers: share(0.01),
};
const bigPoll = share(0.3);
const activityLine = [
  `${counts.pollResponses.toLocaleString('en')} poll responses`,
  `${counts.reports.toLocaleString('en')} reports`,
  `${counts.ballots.toLocaleString('en')} ballots`,
  `${counts.supports.toLocaleString('en')} initiative supports`,
  `${counts.ideas.toLocaleString('en')} ideas`,
  `${counts.attendance.toLocaleString('en')} event attendances`,
  `${(counts.volunteers * 3).toLocaleString('en')} volunteering hours`,
].join(', ');
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);

/**
 * Fixture, not use cases: the residents (ids and districts derived from their number, every third verified) and their
 * activity in every module the statistics and the monitor count, inserted in bulk (one `insert … select` per table),
 * spread over the past year and the districts. Returns the big poll and the city-wide budgeting heading.
 */
async function insertCity(database: Database, ctx: ModuleContext): Promise<{ pollId: string; headingId: string }> {
  const db = database.db;
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    progress(`  ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return result;
  };
  const ids = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((d) => d.id);
  const departments = (await queryRows<{ id: string }>(db, sql`select id from departments order by id limit 20`)).map((d) => d.id);
  const districts = sql.raw(`array[${ids.map((d) => `'${d}'`).join(',')}]`);
  const departmentList = sql.raw(`array[${departments.map((d) => `'${d}'`).join(',')}]`);
  const d = ids.length;
  // resident n: id md5('stat-' || n), district (1 + n·7919 mod d); the n-th actor of an activity is resident 1 + (g·7919 + k) mod N
  const residentId = (n: SQL) => sql`md5('stat-' || (${n}))::uuid`;
  const districtOf = (n: SQL) => sql`(${districts})[(1 + ((${n})::bigint * 7919) % ${d})::int]`;
  const actor = (k: number) => sql`(1 + (g::bigint * 7919 + ${k}) % ${residents})`;
  const pastYear = sql`now() - make_interval(secs => ((g::bigint * 104729) % 31536000)::int)`;
  await step(`${residents.toLocaleString('en')} residents`, () =>
    db.execute(sql`insert into users (id, email, password_hash, display_name, email_confirmed_at, district_id, verification)
      select ${residentId(sql`g`)}, 'stat-' || g || '@example.org', 'x', 'Житель ' || g, now(), ${districtOf(sql`g`)}, case when g % 3 = 0 then 'verified' else 'email' end
      from generate_series(1, ${residents}) g`),
  );
  const polls = await queryRows<{ id: string }>(
    db,
    sql`insert into polls (title, opens_at, closes_at, published_at)
      select 'Опрос ' || g, now() - make_interval(days => 30 * g + 10), now() - make_interval(days => 30 * g, hours => 1), now() - make_interval(days => 30 * g + 10)
      from generate_series(0, 11) g order by g returning id`,
  );
  const bands = sql.raw(`array['18-24','25-34','35-44','45-54','55-64','65+']`);
  // the big poll: residents 1…bigPoll in its last nine days; the other responses: later residents, one of eleven older polls each
  await step(`${counts.pollResponses.toLocaleString('en')} poll responses`, () =>
    db.execute(sql`insert into poll_responses (poll_id, respondent_id, receipt_hash, district_id, age_band, verified, created_at)
      select case when g <= ${bigPoll} then ${polls[0]!.id}::uuid else (${sql.raw(`array[${polls.map((p) => `'${p.id}'::uuid`).join(',')}]`)})[(2 + g % 11)::int] end,
             ${residentId(sql`g`)}, md5('stat-' || g || '@example.org'), ${districtOf(sql`g`)}, (${bands})[(1 + g % 6)::int], g % 3 = 0,
             now() - make_interval(days => (case when g <= ${bigPoll} then 1 + g % 9 else (g * 31) % 360 end)::int)
      from generate_series(1, ${counts.pollResponses}) g`),
  );
  await step('the classifier', () => seedClassifier(ctx, () => undefined));
  const reasons = (await listActiveReasons(db)).filter((r) => r.isPublic).map((r) => r.id);
  // reports: filed (most), resolved (answered or closed) and not let through (rejected, duplicate, not competent)
  await step(`${counts.reports.toLocaleString('en')} reports`, () =>
    db.execute(sql`with s as (select g, ${pastYear} as created, ${actor(1)} as n,
                          (array['closed','closed','closed','closed','closed','answered','answered','in_progress','in_progress','sent','sent','moderation','rejected','duplicate','not_competent','reopened'])[(1 + g % 16)::int] as status
                        from generate_series(1, ${counts.reports}) g)
      insert into reports (reason_id, district_id, department_id, lat, lon, description, reporter_id, status, created_at, answered_at, closed_at)
      select (${sql.raw(`array[${reasons.join(',')}]`)})[(1 + (g * 31) % ${reasons.length})::int], ${districtOf(sql`n`)}, (${departmentList})[(1 + g % ${departments.length})::int],
             59.80 + 0.26 * ((g * 7) % 1000) / 1000.0, 30.05 + 0.50 * ((g * 13) % 1000) / 1000.0,
             'Сообщение ' || g || ': во дворе не убран мусор, контейнеры переполнены.', ${residentId(sql`n`)}, status, created,
             case when status in ('answered', 'closed', 'reopened') then created + interval '5 days' end, case when status = 'closed' then created + interval '12 days' end
      from s`),
  );
  // budgeting: a cycle voted 150–120 days ago, tallied, in implementation; a heading per district and a city-wide one, 30
  // feasible proposals each, a sixth of them funded (a work); every voter votes in their district, a third of them in the city too
  const [cycle] = await queryRows<{ id: string }>(
    db,
    sql`insert into pb_cycles (year, title, informing_from, intake_from, review_from, voting_from, tallying_from, results_from, implementation_from)
      values (2026, 'Бюджет 2026', now() - interval '300 days', now() - interval '270 days', now() - interval '220 days', now() - interval '150 days',
              now() - interval '120 days', now() - interval '110 days', now() - interval '100 days') returning id`,
  );
  await db.execute(sql`insert into pb_headings (cycle_id, district_id, title, amount, position)
    select ${cycle!.id}, (${districts})[h], coalesce('Район ' || (${districts})[h], 'Весь город'), 30000000, h from generate_series(0, ${d}) h`);
  const headings = await queryRows<{ id: string; position: number }>(
    db,
    sql`select id, position from pb_headings where cycle_id = ${cycle!.id} order by position`,
  );
  const headingList = sql.raw(`array[${headings.map((h) => `'${h.id}'::uuid`).join(',')}]`);
  await step(`${headings.length * 30} budgeting proposals`, () =>
    db.execute(sql`insert into pb_proposals (number, cycle_id, heading_id, title, description, district_id, estimated_cost, final_cost, status, created_at)
      select h * 100 + k, ${cycle!.id}, (${headingList})[h + 1], 'Проект ' || (h * 100 + k), 'Благоустройство сквера', (${districts})[coalesce(nullif(h, 0), 1 + k % ${d})],
             1000000 + k * 100000, 1000000 + k * 100000, 'feasible', now() - interval '260 days'
      from generate_series(0, ${d}) h, generate_series(1, 30) k`),
  );
  await db.execute(
    sql`insert into pb_works (proposal_id, department_id, status, progress) select id, ${departments[0]!}, 'in_progress', 50 from pb_proposals where number % 100 <= 5`,
  );
  const ballot = (heading: SQL, n: SQL) =>
    sql`select ${heading}, ${residentId(n)}, md5('ballot-' || ${heading}::text || g), array[b + 1, b + 2, b + 3]::bigint[], array[1, 1, 1],
               now() - interval '150 days' + make_interval(secs => ((g::bigint * 104729) % 2592000)::int)`;
  await step(`${counts.ballots.toLocaleString('en')} ballots`, async () => {
    const city = Math.round(counts.ballots / 3);
    await db.execute(sql`insert into pb_ballots (heading_id, voter_id, receipt_hash, numbers, points, created_at)
      select x.* from (select g, ${actor(2)} as n, 100 * (1 + (${actor(2)} * 7919) % ${d}) + g % 28 as b from generate_series(1, ${counts.ballots - city}) g) v,
        lateral (${ballot(sql`(${headingList})[1 + (1 + (n * 7919) % ${d})]`, sql`n`)}) x`);
    await db.execute(sql`insert into pb_ballots (heading_id, voter_id, receipt_hash, numbers, points, created_at)
      select x.* from (select g, ${actor(2)} as n, g % 28 as b from generate_series(1, ${city}) g) v, lateral (${ballot(sql`${headings[0]!.id}::uuid`, sql`n`)}) x`);
  });
  await step('the city-wide heading tallied', async () => {
    const { heading, cycle: c } = await requireHeading(db, headings[0]!.id, new Date(Date.now() - 115 * 86_400_000));
    await db.transaction((tx) => computeTally(tx, heading, c, null, new Date(), false, residenceOf(ctx)));
  });
  // initiatives: 300 over the year (a third city-wide), 60 answered (accepted, partially, rejected); supports by later residents
  const initiatives = Math.max(30, Math.round(residents / 3333));
  await db.execute(sql`insert into initiatives (type, scope, district_id, title, text, ask, addressee, author_id, status, submitted_at, answered_at, answer_decision, created_at)
    select 'improvement', case when g % 3 = 0 then 'city' else 'district' end, case when g % 3 = 0 then null else (${districts})[(1 + g % ${d})::int] end,
           'Инициатива ' || g, 'Текст', 'Просим', 'Администрация', ${residentId(actor(3))}, case when g % 5 = 0 then 'answered' else 'collecting' end,
           ${pastYear}, case when g % 5 = 0 then now() - interval '10 days' end,
           case when g % 5 = 0 then (array['accepted','partially','rejected'])[(1 + g / 5 % 3)::int] end, ${pastYear}
    from generate_series(1, ${initiatives}) g`);
  const initiativeIds = (await queryRows<{ id: string }>(db, sql`select id from initiatives order by number`)).map((r) => r.id);
  await step(`${counts.supports.toLocaleString('en')} initiative supports`, () =>
    db.execute(sql`insert into initiative_supports (initiative_id, user_id, district_id, created_at)
      select (${sql.raw(`array[${initiativeIds.map((i) => `'${i}'::uuid`).join(',')}]`)})[(1 + g % ${initiatives})::int], ${residentId(actor(4))}, ${districtOf(actor(4))}, ${pastYear}
      from generate_series(1, ${counts.supports}) g`),
  );
  // crowdsourcing: 20 projects over the year, ideas among them (a tenth shortlisted, a twentieth withdrawn, a few accepted)
  await db.execute(sql`insert into crowd_projects (title, problem, brief, district_id, ideas_from, selection_from, voting_from, implementation_from, published_at)
    select 'Проект ' || p, 'Проблема', 'Задание', (${districts})[(1 + p % ${d})::int], now() - make_interval(days => 18 * p + 60), now() - make_interval(days => 18 * p + 30),
           now() - make_interval(days => 18 * p + 15), now() - make_interval(days => 18 * p), now() - make_interval(days => 18 * p + 60)
    from generate_series(1, 20) p`);
  const projectIds = (await queryRows<{ id: string }>(db, sql`select id from crowd_projects order by number`)).map((r) => r.id);
  await step(`${counts.ideas.toLocaleString('en')} ideas`, () =>
    db.execute(sql`insert into crowd_ideas (project_id, author_id, title, text, status, accepted, created_at)
      select (${sql.raw(`array[${projectIds.map((i) => `'${i}'::uuid`).join(',')}]`)})[(1 + g % 20)::int], ${residentId(actor(5))}, 'Идея ' || g, 'Текст идеи',
             case when g % 10 = 0 then 'shortlisted' when g % 20 = 1 then 'withdrawn' else 'submitted' end, g % 100 = 0, ${pastYear}
      from generate_series(1, ${counts.ideas}) g`),
  );
  // events: past ones over the year, 50 attendees each (marked present an hour after the start)
  const events = Math.max(1, Math.round(counts.attendance / 50));
  await db.execute(sql`insert into events (kind, title, description, organiser_id, lat, lon, district_id, starts_at, ends_at, registered_count, attended_count)
    select 'meeting', 'Встреча ' || g, 'Описание', ${residentId(actor(6))}, 59.9, 30.3, (${districts})[(1 + g % ${d})::int], ${pastYear}, ${pastYear} + interval '2 hours', 50, 50
    from generate_series(1, ${events}) g`);
  await step(`${counts.attendance.toLocaleString('en')} event attendances`, () =>
    db.execute(sql`insert into event_registrations (event_id, user_id, state, attended_at, attendance_marks)
      select e.id, ${residentId(actor(7))}, 'attended', e.starts_at + interval '1 hour', 1
      from (select id, starts_at, row_number() over (order by id) - 1 as k from events) e, generate_series(e.k * 50 + 1, e.k * 50 + 50) g`),
  );
  // volunteering: 50 projects, shifts over the year with 10 volunteers each, 3 hours worked confirmed
  await db.execute(sql`insert into volunteer_projects (title, description, department_id, district_id, organiser_id)
    select 'Волонтёрский проект ' || p, 'Описание', (${departmentList})[(1 + p % ${departments.length})::int], (${districts})[(1 + p % ${d})::int], ${residentId(sql`p`)}
    from generate_series(1, 50) p`);
  const shifts = Math.max(1, Math.round(counts.volunteers / 10));
  await db.execute(sql`insert into volunteer_shifts (project_id, title, starts_at, ends_at, lat, lon, district_id, capacity, registered_count)
    select p.id, 'Смена ' || g, ${pastYear}, ${pastYear} + interval '4 hours', 59.9, 30.3, p.district_id, 20, 10
    from generate_series(1, ${shifts}) g join (select id, district_id, row_number() over (order by id) as k from volunteer_projects) p on p.k = 1 + g % 50`);
  await step(`${counts.volunteers.toLocaleString('en')} volunteer shifts worked (${(counts.volunteers * 3).toLocaleString('en')} hours)`, () =>
    db.execute(sql`insert into volunteer_signups (shift_id, user_id, state, minutes_worked, hours_confirmed_at)
      select s.id, ${residentId(actor(8))}, 'registered', 180, s.ends_at
      from (select id, ends_at, row_number() over (order by id) - 1 as k from volunteer_shifts) s, generate_series(s.k * 10 + 1, s.k * 10 + 10) g`),
  );
  // commitments: every accepted initiative, funded proposal and accepted idea; half delivered
  await db.execute(sql`insert into commitments (source_type, source_id, title, promise, department_id, due_on, district_id, status, delivered_on)
    select source_type, source_id, 'Обязательство', 'Сделать', ${departments[0]!}, current_date + 30, district_id,
           case when row_number() over (order by source_id) % 2 = 0 then 'delivered' else 'open' end,
           case when row_number() over (order by source_id) % 2 = 0 then current_date - 5 end
    from (select 'initiative' as source_type, id::text as source_id, district_id from initiatives where answer_decision in ('accepted', 'partially')
          union all select 'proposal', p.id::text, p.district_id from pb_proposals p join pb_works w on w.proposal_id = p.id
          union all select 'idea', i.id::text, cp.district_id from crowd_ideas i join crowd_projects cp on cp.id = i.project_id where i.accepted) c`);
  await step('analyze', () => db.execute(sql`analyze`));
  return { pollId: polls[0]!.id, headingId: headings[0]!.id };
}

async function bench(
  database: Database,
  ctx: ModuleContext,
): Promise<{
  rows: CpuFigure[];
  loadS: number;
  refreshMs: number;
  job: JobFigure;
  monitorFirstMs: number;
  monitorDailyMs: number;
  active: number;
  months: number;
}> {
  const db = database.db;
  const t0 = performance.now();
  const { pollId, headingId } = await insertCity(database, ctx);
  await seedDemoPopulation(ctx);
  const loadS = (performance.now() - t0) / 1000;
  progress(`  the city loaded in ${loadS.toFixed(1)} s`);
  await closeDuePolls(ctx);
  const r0 = performance.now();
  const snapshot = await refreshParticipation(ctx);
  const refreshMs = performance.now() - r0;
  progress(`  the statistics job counted everything in ${(refreshMs / 1000).toFixed(1)} s`);
  const job = await whileReading(db, () => refreshParticipation(ctx));
  progress(`  the statistics job every ten minutes: ${(job.ms / 1000).toFixed(1)} s, a read waited at most ${job.longestWaitMs.toFixed(0)} ms`);
  const active = snapshot.active.at(-1)?.byDistrict.reduce((s, [, n]) => s + n, 0) ?? 0;
  // the monitor: this quarter's survey answered by 1 % of the residents in the last two days; then its daily job, first on
  // a new installation (it fills in all the shown months), then as every night (this month and the one before)
  await db.execute(sql`insert into monitor_survey_answers (user_id, period, usefulness, recommend, community, created_at)
    select md5('stat-' || g)::uuid, 'bench', 1 + g % 5, g % 11, 1 + g % 5, now() - make_interval(hours => (g % 48)::int)
    from generate_series(1, ${Math.round(residents / 100)}) g`);
  const m0 = performance.now();
  await computeMonitor(ctx);
  const monitorFirstMs = performance.now() - m0;
  const m1 = performance.now();
  await computeMonitor(ctx);
  const monitorDailyMs = performance.now() - m1;
  const months = (await readMonitor(db)).length;
  progress(`  the monitor's job: ${(monitorFirstMs / 1000).toFixed(1)} s the first time (${months} months), ${(monitorDailyMs / 1000).toFixed(1)} s nightly`);
  const userIds = (await queryRows<{ id: string }>(db, sql`select id from users order by random() limit 200`)).map((r) => r.id);
  const server = await serverCpuOf(database);
  const rows = await measureCpuInTurns(
    20,
    [
      { label: 'primary-key read of a resident (baseline)', fn: (i) => queryRows(db, sql`select * from users where id = ${userIds[i % userIds.length]!}`) },
      {
        label: 'statistics, its minute in memory passed (snapshot, populations, k-anonymised)',
        fn: async () => {
          forgetParticipation(ctx);
          await readParticipation(ctx);
        },
      },
      { label: 'statistics, within its minute in memory', fn: () => readParticipation(ctx) },
      {
        label: `representativeness of a closed poll of ${bigPoll.toLocaleString('en')} responses`,
        fn: () => readRepresentativeness(ctx, anonymous, 'poll', pollId),
      },
      {
        label: `representativeness of a budgeting heading of ${Math.round(counts.ballots / 3).toLocaleString('en')} ballots`,
        fn: () => readRepresentativeness(ctx, anonymous, 'budgeting-heading', headingId),
      },
      { label: 'social-performance monitor (the stored months)', fn: () => readMonitor(db) },
    ],
    server,
  );
  return { rows, loadS, refreshMs, job, monitorFirstMs, monitorDailyMs, active, months };
}

interface JobFigure {
  ms: number;
  /** The longest a primary-key read issued meanwhile took (on PGlite's one connection: the longest statement it waited behind). */
  longestWaitMs: number;
  reads: number;
}

/** Runs `job` while reading a resident by primary key one read after another, as requests would. */
async function whileReading(db: Database['db'], job: () => Promise<unknown>): Promise<JobFigure> {
  let done = false;
  const t0 = performance.now();
  const running = job().then(() => {
    done = true;
    return performance.now() - t0;
  });
  const waits: number[] = [];
  while (!done) {
    const t = performance.now();
    await queryRows(db, sql`select id from users where id = md5('stat-1')::uuid`);
    waits.push(performance.now() - t);
  }
  return { ms: await running, longestWaitMs: Math.max(0, ...waits), reads: waits.length };
}

const results = await onEachBackend(backends, 'statistics', progress, bench);

out(`bench/statistics — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
out(
  `\nParticipation statistics over ${residents.toLocaleString('en')} residents with their activity: ${activityLine}. CPU (this process + the PostgreSQL server's processes), medians of 20 rounds of 10, per request.\n`,
);
out('\n| backend | what | CPU ms (app + server) | × baseline | wall ms | × baseline |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
for (const b of results) for (const row of b.rows) out(cpuTableRow(b.backend, row, b.rows[0]!));
out('\n');
for (const b of results)
  out(
    `${b.backend}: the city loaded in ${b.loadS.toFixed(0)} s; the statistics job took ${(b.refreshMs / 1000).toFixed(1)} s counting every month (with nothing stored, and the day's first run) and ${(b.job.ms / 1000).toFixed(1)} s every ten minutes (this month and the one before), a resident's read meanwhile waiting at most ${b.job.longestWaitMs.toFixed(0)} ms (${b.job.reads} reads), active residents this month: ${b.active.toLocaleString('en')}; the monitor's daily job took ${(b.monitorFirstMs / 1000).toFixed(1)} s on a new installation (${b.months} months) and ${(b.monitorDailyMs / 1000).toFixed(1)} s as every night (two months).\n`,
  );
