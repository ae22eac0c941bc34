/**
 * bench/statistics: participation statistics over a city of 1,000,000 residents (a third verified, spread over the 18
 * districts) with their activity — 500,000 poll responses over the past year, 300,000 of them in one big closed poll —
 * against a primary-key read in the same run. Measured: what `GET /api/statistics` costs when its minute in memory
 * has passed (the stored snapshot, the populations and the district names, k-anonymised) and when it has not; the
 * representativeness of the big poll (`GET /api/statistics/representativeness/poll/:id`: its frozen results against
 * the populations); and, once, the statistics job that counts everything (the only scan, every ten minutes). CPU
 * (this process + the PostgreSQL server's) with wall time; on PGlite (on disk) and a throwaway PostgreSQL server.
 * The social-performance monitor: its page (the stored months) and its nightly count of one month (1 % of the
 * residents answered the survey). Prints a table to stdout, progress to stderr. Run: `node --import tsx bench/statistics.ts` (also part of `npm run
 * bench`). Options: BENCH_STATISTICS_RESIDENTS (default 1,000,000), BENCH_STATISTICS_BACKENDS (`pglite,postgres`).
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { anonymous } from '../src/core/auth/actor.js';
import { queryRows, type Database } from '../src/core/db/client.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { closeDuePolls } from '../src/modules/polls/use-cases/close-poll.js';
import { seedDemoPopulation } from '../src/modules/statistics/use-cases/population.js';
import { forgetParticipation, readParticipation, refreshParticipation } from '../src/modules/statistics/use-cases/participation.js';
import { readRepresentativeness } from '../src/modules/statistics/use-cases/representativeness.js';
import { monthOf } from '../src/modules/monitor/domain/monitor.js';
import { computeMonth, readMonitor } from '../src/modules/monitor/use-cases/compute.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf, type CpuFigure } from './cpu.js';
import { onEachBackend } from './throwaway-postgres.js';

const env = process.env;
const residents = Number(env.BENCH_STATISTICS_RESIDENTS ?? 1_000_000);
const backends = (env.BENCH_STATISTICS_BACKENDS ?? 'pglite,postgres').split(',');
const responses = Math.round(residents / 2);
const bigPoll = Math.round(residents * 0.3);
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);

/**
 * Fixture, not use cases: the residents (district by a hash of the address, every third verified), a closed city poll
 * answered by `bigPoll` of them, and the rest of `responses` spread over eleven older polls and the past year.
 */
async function insertCity(database: Database): Promise<string> {
  const db = database.db;
  const ids = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((d) => d.id);
  const districts = sql.raw(`array[${ids.map((d) => `'${d}'`).join(',')}]`);
  await db.execute(sql`insert into users (email, password_hash, display_name, email_confirmed_at, district_id, verification)
    select 'stat-' || g || '@example.org', 'x', 'Житель ' || g, now(), (${districts})[(1 + (g::bigint * 7919) % ${ids.length})::int], case when g % 3 = 0 then 'verified' else 'email' end
    from generate_series(1, ${residents}) g`);
  const polls = await queryRows<{ id: string }>(
    db,
    sql`insert into polls (title, opens_at, closes_at, published_at)
      select 'Опрос ' || g, now() - make_interval(days => 30 * g + 10), now() - make_interval(days => 30 * g, hours => 1), now() - make_interval(days => 30 * g + 10)
      from generate_series(0, 11) g order by g returning id`,
  );
  const bands = sql.raw(`array['18-24','25-34','35-44','45-54','55-64','65+']`);
  // the big poll: the first `bigPoll` residents; the other responses: later residents, one poll each, over the year
  await db.execute(sql`insert into poll_responses (poll_id, respondent_id, receipt_hash, district_id, age_band, verified, created_at)
    select case when n <= ${bigPoll} then ${polls[0]!.id}::uuid else (${sql.raw(`array[${polls.map((p) => `'${p.id}'::uuid`).join(',')}]`)})[(2 + n % 11)::int] end,
           u.id, md5(u.email), u.district_id, (${bands})[(1 + n % 6)::int], u.verification = 'verified',
           now() - make_interval(days => (case when n <= ${bigPoll} then 1 + n % 9 else (n * 31) % 360 end)::int)
    from (select id, email, district_id, verification, row_number() over (order by email) as n from users where email like 'stat-%') u
    where n <= ${responses}`);
  await db.execute(sql`analyze`);
  return polls[0]!.id;
}

async function bench(database: Database, ctx: ModuleContext): Promise<{ rows: CpuFigure[]; refreshMs: number; monitorMs: number; active: number }> {
  const db = database.db;
  const t0 = performance.now();
  const pollId = await insertCity(database);
  await seedDemoPopulation(ctx);
  progress(
    `  ${residents.toLocaleString('en')} residents and ${responses.toLocaleString('en')} poll responses in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  await closeDuePolls(ctx);
  const r0 = performance.now();
  const snapshot = await refreshParticipation(ctx);
  const refreshMs = performance.now() - r0;
  progress(`  the statistics job counted everything in ${(refreshMs / 1000).toFixed(1)} s`);
  const active = snapshot.active.at(-1)?.byDistrict.reduce((s, [, n]) => s + n, 0) ?? 0;
  // the monitor: a quarter's survey answered by 1 % of the residents this month, then the nightly count of one month
  await db.execute(sql`insert into monitor_survey_answers (user_id, period, usefulness, recommend, community, created_at)
    select id, 'bench', 1 + n % 5, n % 11, 1 + n % 5, now() - make_interval(hours => (n % 48)::int)
    from (select id, row_number() over (order by email) as n from users where email like 'stat-%') u where n <= ${Math.round(residents / 100)}`);
  const m0 = performance.now();
  await computeMonth(ctx, monthOf(new Date(), ctx.config.cityTimezone));
  const monitorMs = performance.now() - m0;
  progress(`  the monitor counted this month in ${(monitorMs / 1000).toFixed(1)} s`);
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
      { label: 'social-performance monitor (the stored months)', fn: () => readMonitor(db) },
    ],
    server,
  );
  return { rows, refreshMs, monitorMs, active };
}

const results = await onEachBackend(backends, 'statistics', progress, bench);

out(`bench/statistics — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
out(
  `\nParticipation statistics over ${residents.toLocaleString('en')} residents and ${responses.toLocaleString('en')} poll responses. CPU (this process + the PostgreSQL server's processes), medians of 20 rounds of 10, per request.\n`,
);
out('\n| backend | what | CPU ms (app + server) | × baseline | wall ms | × baseline |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
for (const b of results) for (const row of b.rows) out(cpuTableRow(b.backend, row, b.rows[0]!));
out('\n');
for (const b of results)
  out(
    `${b.backend}: the statistics job (the only scan, every ten minutes) took ${(b.refreshMs / 1000).toFixed(1)} s; active residents this month: ${b.active.toLocaleString('en')}; the monitor's nightly count of one month took ${(b.monitorMs / 1000).toFixed(1)} s.\n`,
  );
