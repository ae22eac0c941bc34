/**
 * bench/reports: 500,000 reports over St Petersburg (three years of a city's history: «Наш СПб»
 * takes ~900,000 a year) and their map grid, inserted in bulk with generate_series, on PGlite (on
 * disk, as the embedded mode runs) and on a throwaway PostgreSQL server. Times the real use cases —
 * the public map at city zoom (server-side clusters, with and without filters) and at street zoom
 * (points), the filtered public list (first page and a page ~10,000 reports deep), a public report's
 * card for an anonymous visitor (with a history of four entries) — as CPU per request (this process,
 * PGlite's thread included, plus the PostgreSQL server's processes read from /proc) and wall time,
 * against a primary-key read (`select * from reports where id = $1`, unprepared) measured in the same
 * run, in turns, with the issue's targets (list ≤ 5×, card ≤ 4×, map ≤ 4×) and whether each holds;
 * then filing throughput through the real `fileReport` (residents on the web path, photos excluded),
 * sequential and, on PostgreSQL, 8 at a time. Prints tables to stdout, progress to stderr.
 * Run: `node --import tsx bench/reports.ts` (also part of `npm run bench`). Options: BENCH_REPORTS
 * (how many reports, default 500,000), BENCH_REPORTS_BACKENDS (`pglite,postgres`), BENCH_REPORTS_ROUNDS
 * (rounds of 10 requests each, default 60), BENCH_REPORTS_FILING=0 to skip the filing throughput.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import type { UserActor } from '../src/core/auth/actor.js';
import { openDatabase, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { localDay } from '../src/core/time/calendar.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import { cityModule, districtAt } from '../src/modules/city/index.js';
import { listActiveReasons } from '../src/modules/reports/db/classifier-queries.js';
import { inSeason } from '../src/modules/reports/domain/classifier-season.js';
import { cellOf, cellZooms } from '../src/modules/reports/domain/map-cells.js';
import { seedClassifier } from '../src/modules/reports/use-cases/classifier/seed-classifier.js';
import { listPublicReports } from '../src/modules/reports/use-cases/public/list-reports.js';
import { reportsInArea } from '../src/modules/reports/use-cases/public/report-area.js';
import { reportMap, type Bbox } from '../src/modules/reports/use-cases/public/report-map.js';
import { fileReport } from '../src/modules/reports/use-cases/reports/file-report.js';
import { getReportCard } from '../src/modules/reports/use-cases/reports/read-reports.js';
import { anonymous } from '../src/core/auth/actor.js';
import { findPostgresBinaries } from '../test/postgres-server.js';
import { withThrowawayDatabase } from './throwaway-postgres.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf } from './cpu.js';

const total = Number(process.env.BENCH_REPORTS ?? 500_000);
const backends = (process.env.BENCH_REPORTS_BACKENDS ?? 'pglite,postgres').split(',');
const cpuRounds = Number(process.env.BENCH_REPORTS_ROUNDS ?? 0) || 60;
const withFiling = process.env.BENCH_REPORTS_FILING !== '0';
/** The issue's targets: CPU per request against a primary-key read in the same run. */
const targets: { prefix: string; name: string; max: number }[] = [
  { prefix: 'list', name: 'list', max: 5 },
  { prefix: 'card', name: 'card', max: 4 },
  { prefix: 'map', name: 'map', max: 4 },
  // the area page's reports (issue 16) hold the list's target
  { prefix: 'area', name: 'area', max: 5 },
];
const residents = 400;
const progress = (m: string) => process.stderr.write(`${m}\n`);

/** Nevsky Prospekt by Gostiny Dvor: the densest part of the city's reports. */
const cityCentre = { lat: 59.9343, lon: 30.3351 };

/** The city as the map shows it whole (zoom 10 on a laptop screen). */
const cityBbox: Bbox = { west: 29.95, south: 59.78, east: 30.6, north: 60.08 };

/** Fills the database: the city and the real classifier, residents, `total` reports and their map grid. */
async function seed(database: Database, ctx: ModuleContext): Promise<void> {
  const db = database.db;
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t0 = performance.now();
    await db.execute(query);
    progress(`  ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  };
  await cityModule.seedDemo!(ctx, () => undefined);
  await seedClassifier(ctx, (m) => progress(`  ${m}`));
  const reasons = (await listActiveReasons(db)).filter((r) => r.isPublic);
  const districtIds = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((r) => r.id);
  progress(`  ${reasons.length} active reasons, ${districtIds.length} districts`);
  await step(
    `${residents} residents`,
    sql`insert into users (email, password_hash, display_name, email_confirmed_at, verification)
        select 'bench' || g || '@example.org', 'x', 'Житель ' || g, now(), 'email' from generate_series(1, ${residents}) g`,
  );
  // positions: denser towards the centre (a sum of two uniforms); statuses in plausible shares;
  // filed every ~3 minutes over three years, numbers in filing order; answers 1–12 days after filing
  const reasonList = sql.raw(`array[${reasons.map((r) => r.id).join(',')}]`);
  await step(
    `${total.toLocaleString('en')} reports`,
    sql`with d as (select string_to_array(${districtIds.join(',')}, ',') as ids),
             g as (select g, ((g * 7919) % 100)::int as h, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5 from generate_series(1::bigint, ${total}::bigint) g),
             s as (select g.*, case when h < 52 then 'closed' when h < 62 then 'answered' when h < 70 then 'in_progress' when h < 78 then 'sent'
                                    when h < 80 then 'answer_moderation' when h < 82 then 'reopened' when h < 85 then 'duplicate' when h < 87 then 'not_competent'
                                    when h < 92 then 'rejected' else 'moderation' end as status,
                              now() - make_interval(secs => (${total} - g) * (94608000.0 / ${total})) as created
                       from g)
        insert into reports (reason_id, district_id, department_id, lat, lon, address, description, status, status_changed_at, due_at, resolution_due_at,
                             answer_text, answered_at, answer_published_at, closed_at, created_at)
        select (${reasonList})[(1 + (g * 31) % ${reasons.length})::int],
               d.ids[(1 + (g * 13) % ${districtIds.length})::int],
               'admin-' || d.ids[(1 + (g * 13) % ${districtIds.length})::int],
               59.80 + 0.26 * (r1 + r2) / 2, 30.05 + 0.50 * (r3 + r4) / 2,
               'ул. Тестовая, д. ' || (1 + g % 200),
               'Сообщение ' || g || ': во дворе не убран мусор, контейнеры переполнены, просим принять меры.',
               status, created + interval '2 days', null, created + interval '10 days',
               case when status in ('closed', 'answered', 'answer_moderation', 'reopened') then 'Проблема устранена.' end,
               case when status in ('closed', 'answered', 'answer_moderation', 'reopened') then created + make_interval(hours => 24 + (r5 * 264)::int) end,
               case when status in ('closed', 'answered') then created + make_interval(hours => 48 + (r5 * 264)::int) end,
               case when status = 'closed' then created + interval '20 days' end,
               created
        from s, d
        order by g`,
  );
  // the map grid exactly as applyCellDelta keeps it: cellOf at each stored zoom, UTC months
  await step(
    'map grid (report_cells)',
    sql`insert into report_cells (zoom, cell_x, cell_y, status, category_id, month, count, sum_lat, sum_lon)
        select z, x, y, status, category_id, month, count(*)::int, sum(lat), sum(lon)
        from (select z, r.status, cr.category_id, r.lat, r.lon,
                     to_char(r.created_at at time zone 'UTC', 'YYYY-MM-01')::date as month,
                     least(n - 1, greatest(0, floor((r.lon + 180) / 360 * n)))::int as x,
                     least(n - 1, greatest(0, floor((1 - ln(tan(radians(r.lat)) + 1 / cos(radians(r.lat))) / pi()) / 2 * n)))::int as y
              from reports r join classifier_reasons cr on cr.id = r.reason_id,
                   lateral (select z, (2 ^ z * 4)::float8 as n from unnest(array[${sql.raw(cellZooms.join(','))}]) z) zz) c
        group by z, x, y, status, category_id, month`,
  );
  await step(
    'map grid roll-up rows (all categories and months per cell and status)',
    sql`insert into report_cells (zoom, cell_x, cell_y, status, category_id, month, count, sum_lat, sum_lon)
        select zoom, cell_x, cell_y, status, 0, '1970-01-01', sum(count)::int, sum(sum_lat), sum(sum_lon)
        from report_cells group by zoom, cell_x, cell_y, status`,
  );
  // as autovacuum leaves tables at rest: statistics, and the visibility map that lets the map read the grid from its
  // index alone (autovacuum gets to a freshly loaded table a minute later, often in the middle of the measurement)
  await step('vacuum analyze', sql`vacuum analyze`);
  // the SQL grid must agree with the code's cellOf
  const sample = await queryRows<{ lat: number; lon: number; x: number; y: number }>(
    db,
    sql`select lat, lon, least(n - 1, greatest(0, floor((lon + 180) / 360 * n)))::int as x,
               least(n - 1, greatest(0, floor((1 - ln(tan(radians(lat)) + 1 / cos(radians(lat))) / pi()) / 2 * n)))::int as y
        from reports, (select (2 ^ 14 * 4)::float8 as n) k order by number limit 200`,
  );
  const mismatches = sample.filter((s) => {
    const c = cellOf(Number(s.lat), Number(s.lon), 14);
    return c.x !== Number(s.x) || c.y !== Number(s.y);
  }).length;
  if (mismatches > 2) throw new Error(`the SQL map grid disagrees with cellOf for ${mismatches} of ${sample.length} reports`);
}

/** Files `n` reports through the real use case, `concurrency` at a time; reports per second. */
async function filing(ctx: ModuleContext, n: number, concurrency: number, people: UserActor[], offset: number): Promise<number> {
  const db = ctx.database.db;
  const today = localDay(new Date(), ctx.config.cityTimezone);
  const reasons = (await listActiveReasons(db)).filter(
    (r) => r.isPublic && !r.photoRequired && !r.verifiedRequired && !r.extraFields.some((f) => f.required) && inSeason(r, today),
  );
  if (!reasons.length) throw new Error('no reason can be filed without a photo today');
  // points in the city centre, checked to fall inside a district
  const points: { lat: number; lon: number }[] = [];
  for (let i = 0; points.length < 50 && i < 500; i++) {
    const p = { lat: 59.9 + ((i * 37) % 100) / 1000, lon: 30.28 + ((i * 53) % 100) / 800 };
    if (await districtAt(db, p.lon, p.lat)) points.push(p);
  }
  let next = 0;
  const t0 = performance.now();
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= n) return;
      const k = offset + i;
      await fileReport(
        ctx,
        { actor: people[k % people.length]! },
        {
          reasonId: reasons[k % reasons.length]!.id,
          lat: points[k % points.length]!.lat,
          lon: points[k % points.length]!.lon,
          address: 'Невский пр., 1',
          description: `Бенчмарк: сообщение ${k}, во дворе не убран мусор.`,
        },
        'web',
      );
      if (i % 50 === 0) process.stderr.write(`\r  filed ${i}/${n}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  process.stderr.write(`\r  filed ${n}/${n}\n`);
  return n / seconds;
}

/** Seeds one database and measures; returns the table rows. */
async function measure(backend: string, database: Database, rounds: number, concurrentFiling: boolean) {
  const t0 = performance.now();
  await migrate(database.db);
  const ctx = createContext(loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' }), database, modules, pino({ level: 'silent' }));
  await seed(database, ctx);
  progress(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const db = database.db;
  const [counts] = await queryRows<{ reports: number; cells: number; public: number }>(
    db,
    sql`select (select count(*) from reports)::int as reports, (select count(*) from report_cells)::int as cells,
               (select count(*) from reports where moderation = 'visible' and status not in ('moderation', 'rejected'))::int as public`,
  );
  progress(`  ${counts!.reports} reports (${counts!.public} public), ${counts!.cells} grid cells`);
  const ids = (await queryRows<{ id: string }>(db, sql`select id from reports order by random() limit 500`)).map((r) => r.id);
  const centres = await queryRows<{ lat: number; lon: number }>(db, sql`select lat, lon from reports order by random() limit 200`);
  const street = (i: number): Bbox => {
    const c = centres[i % centres.length]!;
    return { west: c.lon - 0.004, east: c.lon + 0.004, south: c.lat - 0.0025, north: c.lat + 0.0025 };
  };
  const [category] = await queryRows<{ category_id: number }>(
    db,
    sql`select category_id from report_cells where zoom = 8 and category_id <> 0 group by category_id order by sum(count) desc limit 1`,
  );
  const yearAgo = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 7);
  const [district] = await queryRows<{ district_id: string }>(db, sql`select district_id from reports group by district_id order by count(*) desc limit 1`);
  const listFilter = { districtId: district!.district_id, statuses: ['closed' as const] };
  let deepCursor: string | undefined;
  let page = await listPublicReports(ctx, { ...listFilter, limit: 100 });
  for (let i = 0; i < 99 && page.nextCursor; i++) {
    deepCursor = page.nextCursor;
    page = await listPublicReports(ctx, { ...listFilter, cursor: deepCursor, limit: 100 });
  }
  const city = await reportMap(ctx, { bbox: cityBbox, zoom: 10 });
  const near = await reportMap(ctx, { bbox: street(0), zoom: 16 });
  progress(
    `  city zoom: ${city.clusters.length} clusters summing to ${city.clusters.reduce((s, c) => s + c.count, 0)}; street zoom: ${near.points.length} points`,
  );

  // cards with a history: filed, sent to the department, answered, published (the public sees all four)
  const cardNumbers = (
    await queryRows<{ number: number }>(
      db,
      sql`select number from reports where moderation = 'visible' and status in ('answered', 'closed') order by random() limit 200`,
    )
  ).map((r) => Number(r.number));
  await db.execute(sql`insert into report_events (report_id, at, actor_role, action, from_status, to_status, department_id, note)
    select r.id, r.created_at + make_interval(hours => k), x.role, x.action, x.from_status, x.to_status, r.department_id, x.note
    from reports r,
         lateral (values (0, 'resident', 'filed', null, 'moderation', null), (24, 'moderator', 'approved', 'moderation', 'sent', null),
                         (72, 'official', 'answer', 'sent', 'answer_moderation', 'Проблема устранена.'), (96, 'moderator', 'publish_answer', 'answer_moderation', 'answered', null))
           as x(k, role, action, from_status, to_status, note)
    where r.number = any(${`{${cardNumbers.join(',')}}`}::bigint[])`);
  const card = await getReportCard(ctx, anonymous, cardNumbers[0]!);
  progress(`  card of № ${cardNumbers[0]}: ${card.history.length} history entries`);

  const server = await serverCpuOf(database);
  const rows = await measureCpuInTurns(
    rounds,
    [
      { label: 'primary-key read (baseline)', fn: (i) => queryRows(db, sql`select * from reports where id = ${ids[i % ids.length]!}`) },
      { label: 'map, city zoom 10: clusters, no filter', fn: () => reportMap(ctx, { bbox: cityBbox, zoom: 10 }) },
      {
        label: 'map, city zoom 10: one category, last 12 months',
        fn: () => reportMap(ctx, { bbox: cityBbox, zoom: 10, categoryId: category!.category_id, fromMonth: yearAgo }),
      },
      { label: 'map, street zoom 16: points', fn: (i) => reportMap(ctx, { bbox: street(i), zoom: 16 }) },
      { label: 'list: district + status, first page of 20', fn: () => listPublicReports(ctx, { ...listFilter, limit: 20 }) },
      { label: 'list: district + status, page of 20 after ~10,000', fn: () => listPublicReports(ctx, { ...listFilter, cursor: deepCursor, limit: 20 }) },
      {
        label: 'area: public reports within 500 m of the centre, open first, 6 and the total',
        fn: () => reportsInArea(db, { type: 'circle', ...cityCentre, radiusMeters: 500, districtId: null, lang: 'ru', now: new Date() }, 6),
      },
      {
        label: 'area: public reports within 500 m of a random report, 6 and the total',
        fn: (i) => reportsInArea(db, { type: 'circle', ...centres[i % centres.length]!, radiusMeters: 500, districtId: null, lang: 'ru', now: new Date() }, 6),
      },
      {
        label: "area: the busiest district's public reports, open first, 6 and the total",
        fn: () => reportsInArea(db, { type: 'district', districtId: district!.district_id, lang: 'ru', now: new Date() }, 6),
      },
      { label: 'card: a public report, anonymous visitor', fn: (i) => getReportCard(ctx, anonymous, cardNumbers[i % cardNumbers.length]!) },
    ],
    server,
  );

  const people = (await queryRows<{ id: string }>(db, sql`select id from users where email like 'bench%' order by email`)).map((u): UserActor => ({
    kind: 'user',
    userId: u.id,
    displayName: 'Житель',
    verification: 'email',
    roles: [],
    language: 'ru',
    districtId: null,
  }));
  let sequential: number | null = null;
  if (withFiling) {
    progress('  filing, one at a time:');
    sequential = await filing(ctx, 300, 1, people, 0);
  }
  let concurrent: number | null = null;
  if (withFiling && concurrentFiling) {
    progress('  filing, 8 at a time:');
    concurrent = await filing(ctx, 800, 8, people, 300);
  }
  await ctx.jobs.runDue();
  await ctx.jobs.stop();
  return { backend, rows, pk: rows[0]!, sequential, concurrent, counts: counts!, clusters: city.clusters.length };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];

if (backends.includes('pglite')) {
  progress(`PGlite (on disk):`);
  const liteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-reports-'));
  try {
    const lite = await openDatabase({ dataDir: liteDir });
    try {
      results.push(await measure('PGlite', lite, cpuRounds, false));
    } finally {
      await lite.close();
    }
  } finally {
    fs.rmSync(liteDir, { recursive: true, force: true });
  }
}

const bindir = backends.includes('postgres') ? findPostgresBinaries() : null;
if (bindir) {
  progress(`PostgreSQL (throwaway server from ${bindir}):`);
  await withThrowawayDatabase(bindir, 'gorod_bench_reports', 10, async (database) => {
    results.push(await measure('PostgreSQL', database, cpuRounds, true));
  });
} else if (backends.includes('postgres')) {
  progress('No PostgreSQL server binaries: PostgreSQL skipped.');
}

process.stdout.write(`\nbench/reports — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores\n`);
for (const r of results) {
  process.stdout.write(
    `${r.backend}: ${r.counts.reports.toLocaleString('en')} reports (${r.counts.public.toLocaleString('en')} public), ${r.counts.cells.toLocaleString('en')} map grid cells; the city at zoom 10 is ${r.clusters} clusters.\n`,
  );
}
process.stdout.write(
  "\nCPU per request: this process (PGlite included) + the PostgreSQL server's processes, medians of rounds of 10 in turns; wall time alongside.\n",
);
process.stdout.write(
  '\n| backend | what | CPU ms (app + server) | × primary-key read | wall ms | × primary-key read |\n| --- | --- | ---: | ---: | ---: | ---: |\n',
);
for (const r of results) {
  for (const row of r.rows) process.stdout.write(cpuTableRow(r.backend, row, r.pk));
}
process.stdout.write('\nTargets (CPU per request against the primary-key read):\n');
for (const r of results) {
  for (const row of r.rows.slice(1)) {
    const target = targets.find((t) => row.label.startsWith(t.prefix))!;
    const ratio = row.cpuMs / r.pk.cpuMs;
    process.stdout.write(
      `${r.backend}: ${row.label} ${ratio.toFixed(1)}× primary-key read (target ≤ ${target.max}×): ${ratio <= target.max ? 'holds' : 'misses'}\n`,
    );
  }
}
process.stdout.write('\n| backend | filing through fileReport (web path, no photos) | reports/s |\n| --- | --- | ---: |\n');
for (const r of results) {
  if (r.sequential !== null) process.stdout.write(`| ${r.backend} | one at a time | ${r.sequential.toFixed(0)} |\n`);
  if (r.concurrent !== null) process.stdout.write(`| ${r.backend} | 8 at a time | ${r.concurrent.toFixed(0)} |\n`);
}
