/**
 * bench/embedded: how many concurrent clients the embedded database serves, against a PostgreSQL server in the same
 * run. A city (the demo districts, the real classifier, BENCH_EMBEDDED_REPORTS reports, 20,000 by default) on PGlite
 * in its worker thread (as `gorod serve` runs it), on PGlite on the HTTP thread (as it ran before) and on a throwaway
 * PostgreSQL; each behind a real server listening on 127.0.0.1. A load generator in a worker thread of its own keeps
 * 1, 5, 10, 20 and 50 clients each sending the public report list (GET /api/reports) back to back for
 * BENCH_EMBEDDED_SECONDS (3 by default) per level, the backends in turns; latency p50/p99 and requests per second.
 * Then the deadlines job works through a backlog of BENCH_EMBEDDED_BACKLOG overdue reports (300) while one client
 * asks GET /api/health back to back: its p50/p99 against the same client on the idle server.
 * The ceiling printed is the most clients whose list p99 stays within a second on the embedded database.
 * Prints a table to stdout, progress to stderr. Run: `node --import tsx bench/embedded.ts` (also in `npm run bench`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { modules } from '../src/modules.js';
import { cityModule } from '../src/modules/city/index.js';
import { listActiveReasons } from '../src/modules/reports/db/classifier-queries.js';
import { seedClassifier } from '../src/modules/reports/use-cases/classifier/seed-classifier.js';
import { markOverdue } from '../src/modules/reports/use-cases/reports/deadline-jobs.js';
import { findPostgresBinaries, startPostgres } from '../test/postgres-server.js';

const total = Number(process.env.BENCH_EMBEDDED_REPORTS ?? 20_000);
const seconds = Number(process.env.BENCH_EMBEDDED_SECONDS ?? 3);
const backlog = Number(process.env.BENCH_EMBEDDED_BACKLOG ?? 300);
const levels = (process.env.BENCH_EMBEDDED_CLIENTS ?? '1,5,10,20,50').split(',').map(Number);
const ceilingP99Ms = 1000;
const progress = (m: string) => process.stderr.write(`${m}\n`);

/** The city, the classifier and `total` reports filed over a year, a sixth of them with a department (the job's work). */
async function seed(database: Database, dataDir: string): Promise<void> {
  const db = database.db;
  await migrate(db);
  const { ctx } = await buildApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, modules, { logger: false });
  await cityModule.seedDemo!(ctx, () => undefined);
  await seedClassifier(ctx, () => undefined);
  const reasons = (await listActiveReasons(db)).filter((r) => r.isPublic);
  const districtIds = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((r) => r.id);
  const reasonList = sql.raw(`array[${reasons.map((r) => r.id).join(',')}]`);
  await db.execute(sql`with d as (select string_to_array(${districtIds.join(',')}, ',') as ids),
         g as (select g, ((g * 7919) % 100)::int as h, random() as r1, random() as r2 from generate_series(1::bigint, ${total}::bigint) g),
         s as (select g.*, case when h < 60 then 'closed' when h < 70 then 'answered' when h < 78 then 'in_progress' when h < 86 then 'sent'
                                when h < 92 then 'rejected' else 'moderation' end as status,
                          now() - make_interval(secs => (${total} - g) * (31536000.0 / ${total})) as created from g)
    insert into reports (reason_id, district_id, department_id, lat, lon, address, description, status, status_changed_at,
                         resolution_due_at, overdue_at, answer_text, answered_at, answer_published_at, closed_at, created_at)
    select (${reasonList})[(1 + (g * 31) % ${reasons.length})::int], d.ids[(1 + (g * 13) % ${districtIds.length})::int],
           'admin-' || d.ids[(1 + (g * 13) % ${districtIds.length})::int], 59.85 + 0.2 * r1, 30.15 + 0.35 * r2,
           'ул. Тестовая, д. ' || (1 + g % 200), 'Сообщение ' || g || ': во дворе не убран мусор, просим принять меры.',
           status, created + interval '2 days', created + interval '10 days', created + interval '10 days',
           case when status in ('closed', 'answered') then 'Проблема устранена.' end,
           case when status in ('closed', 'answered') then created + interval '3 days' end,
           case when status in ('closed', 'answered') then created + interval '4 days' end,
           case when status = 'closed' then created + interval '20 days' end, created
    from s, d order by g`);
  await db.execute(sql`analyze`);
}

/** Makes the deadlines job's backlog exactly `n` reports whose deadline passed unmarked. */
async function makeBacklog(database: Database, n: number): Promise<void> {
  await database.db.execute(sql`update reports set overdue_at = resolution_due_at where overdue_at is null or overdue_at < resolution_due_at`);
  await database.db.execute(sql`update reports set overdue_at = null, resolution_due_at = now() - interval '1 hour'
    where id in (select id from reports where status in ('sent', 'in_progress') order by number desc limit ${n})`);
}

interface LoadResult {
  count: number;
  errors: number;
  latencies: number[];
  ms: number;
}

// the clients run on a thread of their own, so that they do not take the server's
const loadCode = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { url, clients, ms } = workerData;
  const latencies = [];
  let errors = 0;
  const end = performance.now() + ms;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: clients }, async () => {
    while (performance.now() < end) {
      const s = performance.now();
      try {
        const res = await fetch(url);
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch { errors++; }
      latencies.push(performance.now() - s);
    }
  }));
  parentPort.postMessage({ count: latencies.length, errors, latencies, ms: performance.now() - t0 });
})();
`;

function load(url: string, clients: number, ms: number): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const w = new Worker(loadCode, { eval: true, workerData: { url, clients, ms } });
    w.once('message', (m: LoadResult) => void w.terminate().then(() => resolve(m)));
    w.once('error', reject);
  });
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;
function summary(r: LoadResult) {
  const sorted = [...r.latencies].sort((a, b) => a - b);
  return { p50: at(sorted, 0.5), p99: at(sorted, 0.99), perSecond: r.count / (r.ms / 1000), errors: r.errors, count: r.count };
}

interface Backend {
  name: string;
  database: Database;
  dataDir: string;
  url: string;
  close(): Promise<void>;
}

async function serve(name: string, database: Database, dataDir: string, stop: () => Promise<void> = async () => undefined): Promise<Backend> {
  const { app } = await buildApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, modules, { logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  return {
    name,
    database,
    dataDir,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await database.close();
      await stop();
    },
  };
}

const backends: Backend[] = [];
const cleanup: string[] = [];
try {
  // one seeded folder, copied: the worker and the caller-thread backends start from the same city
  const seedDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-embedded-'));
  cleanup.push(seedDir);
  progress(`Seeding PGlite with ${total.toLocaleString('en')} reports…`);
  const seeding = await openDatabase({ dataDir: seedDir });
  await seed(seeding, seedDir);
  await seeding.close();
  const threadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-embedded-'));
  cleanup.push(threadDir);
  fs.cpSync(path.join(seedDir, 'db'), path.join(threadDir, 'db'), { recursive: true });
  backends.push(await serve('PGlite, worker thread', await openDatabase({ dataDir: seedDir }), seedDir));
  backends.push(await serve('PGlite, HTTP thread', await openDatabase({ dataDir: threadDir, pgliteOnCallerThread: true }), threadDir));

  const bindir = findPostgresBinaries();
  if (bindir) {
    progress(`Seeding a throwaway PostgreSQL (${bindir})…`);
    const server = await startPostgres(bindir);
    const pgDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-embedded-'));
    cleanup.push(pgDir);
    const database = await openDatabase({ databaseUrl: server.url, dataDir: pgDir, poolSize: 10 });
    await seed(database, pgDir);
    backends.push(await serve('PostgreSQL', database, pgDir, () => server.stop()));
  } else {
    progress('No PostgreSQL server binaries: PostgreSQL skipped.');
  }

  // warm every server up (plans, caches, the JIT) before anything is timed
  for (const b of backends) await load(`${b.url}/api/reports`, 2, 1000);

  const rows: { backend: string; clients: number; p50: number; p99: number; perSecond: number; errors: number }[] = [];
  for (const clients of levels) {
    for (const b of backends) {
      const s = summary(await load(`${b.url}/api/reports`, clients, seconds * 1000));
      rows.push({ backend: b.name, clients, ...s });
      progress(`  ${b.name}, ${clients} clients: p50 ${s.p50.toFixed(0)} ms, p99 ${s.p99.toFixed(0)} ms, ${s.perSecond.toFixed(0)}/s`);
    }
  }

  const health: { backend: string; idle: ReturnType<typeof summary>; busy: ReturnType<typeof summary>; jobMs: number; marked: number }[] = [];
  for (const b of backends) {
    progress(`  ${b.name}: GET /api/health idle, then during a backlog of ${backlog} overdue reports…`);
    const idle = summary(await load(`${b.url}/api/health`, 1, 2000));
    await makeBacklog(b.database, backlog);
    const { ctx } = await buildApp(loadConfig({ DATA_DIR: b.dataDir, LOG_LEVEL: 'silent' }), b.database, modules, { logger: false });
    const t0 = performance.now();
    let jobMs = 0;
    let marked = 0;
    const job = markOverdue(ctx, new Date()).then((n) => {
      jobMs = performance.now() - t0;
      marked = n;
    });
    // the client asks for as long as the job runs (read back in slices of a second)
    const slices: LoadResult[] = [];
    let done = false;
    void job.then(() => (done = true));
    while (!done) slices.push(await load(`${b.url}/api/health`, 1, 1000));
    await job;
    await ctx.jobs.stop();
    const busy = summary({
      count: slices.reduce((n, s) => n + s.count, 0),
      errors: slices.reduce((n, s) => n + s.errors, 0),
      latencies: slices.flatMap((s) => s.latencies),
      ms: slices.reduce((n, s) => n + s.ms, 0),
    });
    health.push({ backend: b.name, idle, busy, jobMs, marked });
  }

  process.stdout.write(
    `\nbench/embedded — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, ${total.toLocaleString('en')} reports, ${seconds} s per level\n`,
  );
  process.stdout.write('\n| backend | clients | GET /api/reports p50 ms | p99 ms | requests/s | errors |\n| --- | ---: | ---: | ---: | ---: | ---: |\n');
  for (const r of rows)
    process.stdout.write(`| ${r.backend} | ${r.clients} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.perSecond.toFixed(0)} | ${r.errors} |\n`);
  process.stdout.write(
    `\n| backend | GET /api/health idle p50 / p99 ms | during the deadlines job p50 / p99 ms | backlog marked | job took s |\n| --- | ---: | ---: | ---: | ---: |\n`,
  );
  for (const h of health)
    process.stdout.write(
      `| ${h.backend} | ${h.idle.p50.toFixed(1)} / ${h.idle.p99.toFixed(1)} | ${h.busy.p50.toFixed(1)} / ${h.busy.p99.toFixed(1)} | ${h.marked} | ${(h.jobMs / 1000).toFixed(1)} |\n`,
    );
  const ceiling = (name: string) => {
    let n = 0;
    for (const r of rows) if (r.backend === name && r.errors === 0 && r.p99 <= ceilingP99Ms) n = Math.max(n, r.clients);
    return n;
  };
  process.stdout.write('\n');
  for (const b of backends) process.stdout.write(`ceiling (most clients with list p99 ≤ ${ceilingP99Ms} ms): ${b.name} ${ceiling(b.name)}\n`);
  const worker = health.find((h) => h.backend === 'PGlite, worker thread')!;
  const ratio = worker.busy.p99 / Math.max(1, worker.idle.p99);
  process.stdout.write(
    `health during a backlog on the embedded database: p99 ${worker.busy.p99.toFixed(0)} ms (target ≤ 250 ms, no request waits for the backlog): ${worker.busy.p99 <= 250 ? 'holds' : 'fails'} (${ratio.toFixed(1)}× idle)\n`,
  );
} finally {
  for (const b of backends) await b.close().catch((err: unknown) => progress(`closing ${b.name}: ${String(err)}`));
  for (const dir of cleanup) fs.rmSync(dir, { recursive: true, force: true });
}
