/**
 * bench/events: city events at the size issue 15 names.
 *   (a) Registrations per second through the real use case (registerForEvent: one statement that locks the event's
 *       row, checks the rules and the age limit, registers or waitlists by the capacity, updates the counts and makes
 *       the person follow the event) on a throwaway PostgreSQL server: 200 concurrent clients over the server's
 *       connection pool, 10,000 upcoming events with capacities (every tenth without a limit), 1,000,000 registrations
 *       from 100,000 residents (ten events each), in turns with a plain insert of the same kind of row into a copy of
 *       the registrations table (no lock, no checks, no counts, no follow); target: at least half the plain insert's
 *       rate (as ballots and poll answers). Afterwards: no event over its capacity, counts equal to the rows, nobody
 *       twice, nobody waiting while a place is free, the waitlist behind the registered in arrival order; second
 *       registrations racing (2 each for 200 people) all refused.
 *   (b) The public list (first page, a deep page, a filtered page) and the map (the whole city, an area, a filter)
 *       over 100,000 events (three years of a city's events and six months ahead) as CPU per request (this process,
 *       PGlite's thread included, plus the PostgreSQL server's processes from /proc) against a primary-key read, in
 *       turns, medians; target: ≤ 5× (as the reports list), on PGlite (on disk) and PostgreSQL.
 * Prints tables and a verdict per target to stdout, progress to stderr. Run: `node --import tsx bench/events.ts` (also
 * part of `npm run bench`). Options: BENCH_EVENTS_REGISTRATIONS
 * (default 1,000,000), BENCH_EVENTS_EVENTS (events to register for, default 10,000), BENCH_EVENTS_CLIENTS (default
 * 200), BENCH_EVENTS_POOL (the server's connections, default 20), BENCH_EVENTS_TOTAL (events for the reads, default
 * 100,000), BENCH_EVENTS_ROUNDS (rounds of 10 reads each, default 40), BENCH_EVENTS_BACKENDS (`pglite,postgres`),
 * BENCH_EVENTS_REGISTER=0 to skip (a).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import type { UserActor } from '../src/core/auth/actor.js';
import { openDatabase, queryRows, type Database, type Db } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { AppError } from '../src/core/http/errors.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import { cityModule } from '../src/modules/city/index.js';
import { eventMap, eventMapWidePointCap, type EventMapAnswer } from '../src/modules/events/use-cases/event-map.js';
import { listEvents } from '../src/modules/events/use-cases/read-events.js';
import { registerForEvent } from '../src/modules/events/use-cases/registrations.js';
import { findPostgresBinaries } from '../test/postgres-server.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf, type CpuFigure } from './cpu.js';
import { throughputInTurns } from './measure.js';
import { insertVerifiedResidents, withThrowawayDatabase } from './throwaway-postgres.js';

const env = process.env;
const registrations = Number(env.BENCH_EVENTS_REGISTRATIONS ?? 1_000_000);
const registerEvents = Number(env.BENCH_EVENTS_EVENTS ?? 10_000);
const clients = Number(env.BENCH_EVENTS_CLIENTS ?? 200);
const poolSize = Number(env.BENCH_EVENTS_POOL ?? 20);
const totalEvents = Math.max(registerEvents, Number(env.BENCH_EVENTS_TOTAL ?? 100_000));
const cpuRounds = Number(env.BENCH_EVENTS_ROUNDS ?? 0) || 40;
const backends = (env.BENCH_EVENTS_BACKENDS ?? 'pglite,postgres').split(',');
const withRegistrations = env.BENCH_EVENTS_REGISTER !== '0';
/** Each resident registers for this many events (distinct ones). */
const perResident = 10;
/** The issue's targets. */
const registrationTarget = 0.5;
const readTarget = 5;
/** Marks a read measured for the record, without a target (a page nobody is linked to). */
const noTarget = 'no target';
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);
const day = 86_400_000;

function contextOf(database: Database): ModuleContext {
  const ctx = createContext(loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' }), database, modules, pino({ level: 'silent' }));
  // jobs (none are queued by a registration) are the job runner's work after the answer: not dispatched in this bench
  ctx.jobs.kick = () => undefined;
  return ctx;
}

/** Migrated, with the city's districts and departments; the context for use cases. */
async function prepared(database: Database): Promise<ModuleContext> {
  await migrate(database.db);
  const ctx = contextOf(database);
  await cityModule.seedDemo!(ctx, () => undefined);
  return ctx;
}

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
  const t0 = performance.now();
  const result = await work();
  progress(`  ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  return result;
}

/**
 * Bulk-inserts `count` events numbered from `offset` (not the use case: a fixture). `upcoming`: all start 2–60 days
 * ahead, registration open, no age limit (the registration bench's). Otherwise spread from three years back to six
 * months ahead, as a city's history is: kinds in turn, every twelfth online (no place), 2 % held for moderation, 3 %
 * cancelled; every tenth without a limit, the others for 30–150 % of `perEvent` people (the registrations each gets,
 * so that many fill up and keep a waitlist); denser towards the centre; districts in turn.
 */
async function insertEvents(db: Db, count: number, offset: number, upcoming: boolean, perEvent = 100): Promise<void> {
  const districts = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((r) => r.id);
  const departments = (await queryRows<{ id: string }>(db, sql`select id from departments order by id limit 20`)).map((r) => r.id);
  const districtList = sql.raw(`array[${districts.map((d) => `'${d}'`).join(',')}]`);
  const departmentList = sql.raw(`array[${departments.map((d) => `'${d}'`).join(',')}]`);
  const start = upcoming
    ? sql`now() + interval '2 days' + make_interval(secs => (g % 58) * 86400 + (g * 7919 % 86400))`
    : sql`now() - interval '1095 days' + make_interval(secs => (g::float8 / ${offset + count}) * 1277.5 * 86400)`;
  const online = upcoming ? sql`false` : sql`(g % 12 = 0)`;
  await db.execute(sql`
    with g as (select g, random() as r1, random() as r2, random() as r3, random() as r4 from generate_series(${offset + 1}::bigint, ${offset + count}::bigint) g),
         e as (select g.*, ${start} as starts, ${online} as online from g)
    insert into events (kind, title, description, department_id, organiser_id, lat, lon, address, district_id, online_url, starts_at, ends_at, capacity,
                        status, cancelled_at, moderation, created_at)
    select case when online then 'online' else (array['meeting','cleanup','hearing','excursion','workshop'])[(1 + g % 5)::int] end,
           (array['Субботник в сквере','Публичные слушания по проекту планировки','Экскурсия по району','Мастер-класс','Встреча с жителями'])[(1 + g % 5)::int] || ' № ' || g,
           'Описание мероприятия ' || g || ': что будет, что взять с собой, как добраться.',
           case when g % 7 = 0 then null else (${departmentList})[(1 + g % ${departments.length})::int] end,
           md5('organiser' || (g % 5000))::uuid,
           case when online then null else 59.80 + 0.26 * (r1 + r2) / 2 end,
           case when online then null else 30.05 + 0.50 * (r3 + r4) / 2 end,
           case when online then '' else 'ул. Тестовая, д. ' || (1 + g % 200) end,
           case when online then null else (${districtList})[(1 + g * 13 % ${districts.length})::int] end,
           case when online then 'https://meet.example.org/' || g end,
           starts, starts + interval '2 hours',
           case when g % 10 = 0 then null else greatest(1, (${perEvent} * (30 + g * 37 % 120) / 100)::int) end,
           case when not ${upcoming} and g % 33 = 0 then 'cancelled' else 'published' end,
           case when not ${upcoming} and g % 33 = 0 then starts - interval '3 days' end,
           case when not ${upcoming} and g % 50 = 1 then 'held' else 'visible' end,
           starts - interval '30 days'
    from e order by g`);
}

/** (a) Registrations through the use case against plain inserts, on PostgreSQL; then the guarantees checked. */
async function registrationBench(database: Database, ctx: ModuleContext) {
  const db = database.db;
  const residents = Math.ceil(registrations / perResident);
  const districts = (await queryRows<{ id: string }>(db, sql`select id from districts order by id`)).map((r) => r.id);
  const seconds = await insertVerifiedResidents(db, { prefix: 'r', count: residents, districts, bornFrom: '1950-01-01', spreadDays: 16384 });
  progress(`  ${residents.toLocaleString('en')} residents in ${seconds.toFixed(1)} s`);
  const people = (await queryRows<{ id: string }>(db, sql`select id from users where email like 'r%@example.org' order by email`)).map((r) => r.id);
  await step(`${registerEvents.toLocaleString('en')} upcoming events to register for`, () =>
    insertEvents(db, registerEvents, 0, true, Math.max(1, Math.round(registrations / registerEvents))),
  );
  const eventIds = (await queryRows<{ id: string }>(db, sql`select id from events order by starts_at, id`)).map((r) => r.id);
  // the baseline's table: the same columns, keys, indexes and defaults, nothing else (no counts, no lock, no follow; no foreign key: LIKE copies none)
  await db.execute(sql`create table bench_plain_registrations (like event_registrations including defaults including constraints including indexes)`);
  await db.execute(sql`analyze`);
  // the i-th registration: resident i mod N, their (i div N)-th event — ten distinct events per resident, spread
  const pair = (i: number) => {
    const r = i % residents;
    const k = Math.floor(i / residents);
    return { userId: people[r]!, eventId: eventIds[(r * 7919 + k * Math.floor(registerEvents / perResident)) % registerEvents]! };
  };
  const actor = (userId: string): UserActor => ({
    kind: 'user',
    userId,
    displayName: 'Житель',
    verification: 'verified',
    roles: [],
    language: 'ru',
    districtId: null,
  });
  let done = 0;
  let poolTimeouts = 0;
  const tick = () => {
    if (++done % 5000 === 0) process.stderr.write(`\r  ${done.toLocaleString('en')} of ${(2 * registrations).toLocaleString('en')} (both)   `);
  };
  const rounds = Math.max(4, Math.min(20, Math.ceil(registrations / 50_000)));
  progress(`  ${registrations.toLocaleString('en')} registrations and as many plain inserts, ${clients} clients, ${rounds} turns:`);
  const t0 = performance.now();
  const [use, plain] = await throughputInTurns(registrations, clients, rounds, [
    {
      label: 'registerForEvent',
      fn: async (i) => {
        const p = pair(i);
        try {
          await registerForEvent(ctx, actor(p.userId), p.eventId);
        } catch (err) {
          // 200 clients queue for the pool's connections: on a busy machine some wait past its 5 s and are refused
          if (!(err instanceof Error && err.message.includes('timeout exceeded when trying to connect'))) throw err;
          poolTimeouts++;
        }
        tick();
      },
    },
    {
      label: 'plain insert',
      fn: async (i) => {
        const p = pair(i);
        await db.execute(
          sql`insert into bench_plain_registrations (event_id, user_id, state, created_at, updated_at) values (${p.eventId}, ${p.userId}, 'registered', now(), now())`,
        );
        tick();
      },
    },
  ]);
  const minutes = (performance.now() - t0) / 60_000;

  // second registrations, racing: two at once for each of 200 people registered (or waiting)
  let refused = 0;
  let other = 0;
  const registeredPairs = await queryRows<{ userId: string; eventId: string }>(
    db,
    sql`select user_id as "userId", event_id as "eventId" from event_registrations order by queue limit 200`,
  );
  await Promise.all(
    registeredPairs.flatMap((p) =>
      [0, 1].map(async () => {
        try {
          await registerForEvent(ctx, actor(p.userId), p.eventId);
        } catch (err) {
          if (err instanceof AppError && err.code === 'event_already_registered') refused++;
          else other++;
        }
      }),
    ),
  );

  const [check] = await queryRows<
    Record<'rows' | 'registered' | 'waitlisted' | 'twice' | 'over_capacity' | 'counts_off' | 'waiting_with_room' | 'out_of_order' | 'full_events', number>
  >(
    db,
    sql`with x as (select event_id, count(*) filter (where state = 'registered')::int as r, count(*) filter (where state = 'waitlisted')::int as w,
                          max(queue) filter (where state = 'registered') as last_in, min(queue) filter (where state = 'waitlisted') as first_waiting
                   from event_registrations group by event_id)
        select (select count(*) from event_registrations)::int as rows,
               (select count(*) from event_registrations where state = 'registered')::int as registered,
               (select count(*) from event_registrations where state = 'waitlisted')::int as waitlisted,
               (select count(*) from (select 1 from event_registrations group by event_id, user_id having count(*) > 1) d)::int as twice,
               (select count(*) from events e join x on x.event_id = e.id where e.capacity is not null and (x.r > e.capacity or e.registered_count > e.capacity))::int as over_capacity,
               (select count(*) from events e join x on x.event_id = e.id where x.r <> e.registered_count or x.w <> e.waitlist_count)::int as counts_off,
               (select count(*) from events e join x on x.event_id = e.id where x.w > 0 and (e.capacity is null or x.r < e.capacity))::int as waiting_with_room,
               (select count(*) from x where x.first_waiting < x.last_in)::int as out_of_order,
               (select count(*) from events e join x on x.event_id = e.id where e.capacity is not null and x.r = e.capacity)::int as full_events`,
  );
  // how the events' count updates were written: a HOT update touches no index; any other writes every index again
  const [writes] = await queryRows<{ updates: number; hot: number }>(
    db,
    sql`select n_tup_upd::int as updates, n_tup_hot_upd::int as hot from pg_stat_user_tables where relname = 'events'`,
  );
  return { use: use!, plain: plain!, minutes, refused, other, check: check!, residents, poolTimeouts, writes: writes! };
}

/** (b) The list and the map against a primary-key read, CPU per request in turns. */
async function readBench(database: Database, ctx: ModuleContext): Promise<{ rows: CpuFigure[]; counts: Record<'events' | 'upcoming' | 'on_map', number> }> {
  const db = database.db;
  const [have] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from events`);
  if (have!.n < totalEvents) await step(`events to ${totalEvents.toLocaleString('en')}`, () => insertEvents(db, totalEvents - have!.n, have!.n, false));
  // as autovacuum leaves tables at rest (statistics; the visibility map for index-only reads)
  await step('vacuum analyze', () => db.execute(sql`vacuum analyze`));
  const [counts] = await queryRows<Record<'events' | 'upcoming' | 'on_map', number>>(
    db,
    sql`select count(*)::int as events, count(*) filter (where ends_at >= now() and moderation = 'visible')::int as upcoming,
               count(*) filter (where ends_at >= now() and moderation = 'visible' and status = 'published' and lat is not null)::int as on_map
        from events`,
  );
  const ids = (await queryRows<{ id: string }>(db, sql`select id from events order by random() limit 500`)).map((r) => r.id);
  const centres = await queryRows<{ lat: number; lon: number }>(db, sql`select lat, lon from events where lat is not null order by random() limit 200`);
  // an area of a few streets around a place: what a phone shows at zoom 15
  const area = (i: number) => {
    const c = centres[i % centres.length]!;
    return { west: c.lon - 0.02, east: c.lon + 0.02, south: c.lat - 0.01, north: c.lat + 0.01 };
  };
  // the deepest page the list links (it counts up to 1,000 matches: 50 pages), and one beyond, asked by address
  const lastLinked = 50;
  const deepPage = 500;
  const nextWeek = () => ({ from: new Date(), to: new Date(Date.now() + 7 * day) });
  const first = await listEvents(ctx, {});
  const deep = await listEvents(ctx, { page: deepPage });
  const whole = JSON.parse(await eventMap(ctx, {})) as EventMapAnswer;
  progress(
    `  ${counts!.events.toLocaleString('en')} events, ${counts!.upcoming.toLocaleString('en')} not ended; list total ${first.total}, page ${deepPage} has ${deep.rows.length}; city map ${whole.points.length} points of ${whole.total}${whole.totalCapped ? '+' : ''}`,
  );
  const server = await serverCpuOf(database);
  const rows = await measureCpuInTurns(
    cpuRounds,
    [
      { label: 'primary-key read (baseline)', fn: (i) => queryRows(db, sql`select * from events where id = ${ids[i % ids.length]!}`) },
      { label: 'list: not ended, first page of 20', fn: () => listEvents(ctx, {}) },
      {
        label: `list: not ended, page ${lastLinked}, the last one linked (~${((lastLinked - 1) * 20).toLocaleString('en')} deep)`,
        fn: () => listEvents(ctx, { page: lastLinked }),
      },
      {
        label: `list: not ended, page ${deepPage} (~${((deepPage - 1) * 20).toLocaleString('en')} deep, by address only: ${noTarget})`,
        fn: () => listEvents(ctx, { page: deepPage }),
      },
      {
        label: 'list: district + kind + free places, first page',
        fn: (i) => listEvents(ctx, { districtId: 'nevsky', kind: (['meeting', 'cleanup', 'hearing'] as const)[i % 3], free: true }),
      },
      { label: `map: the whole city, not ended (the soonest ${eventMapWidePointCap} and the count)`, fn: () => eventMap(ctx, {}) },
      { label: 'map: an area of a few streets', fn: (i) => eventMap(ctx, { bbox: area(i) }) },
      {
        label: 'map: the whole city, one kind, next 7 days',
        fn: (i) => eventMap(ctx, { kind: (['meeting', 'cleanup', 'hearing'] as const)[i % 3], ...nextWeek() }),
      },
    ],
    server,
  );
  return { rows, counts: counts! };
}

const reads: { backend: string; rows: CpuFigure[]; counts: Record<'events' | 'upcoming' | 'on_map', number> }[] = [];
let registration: Awaited<ReturnType<typeof registrationBench>> | null = null;

if (backends.includes('pglite')) {
  progress('PGlite (on disk):');
  const liteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-events-'));
  try {
    const lite = await openDatabase({ dataDir: liteDir });
    try {
      const ctx = await prepared(lite);
      reads.push({ backend: 'PGlite', ...(await readBench(lite, ctx)) });
      await ctx.jobs.stop();
    } finally {
      await lite.close();
    }
  } finally {
    fs.rmSync(liteDir, { recursive: true, force: true });
  }
}

const bindir = backends.includes('postgres') || withRegistrations ? findPostgresBinaries() : null;
if (bindir) {
  progress(`PostgreSQL (throwaway server from ${bindir}, pool of ${poolSize}):`);
  await withThrowawayDatabase(bindir, 'gorod_bench_events', poolSize, async (database) => {
    const ctx = await prepared(database);
    if (withRegistrations) registration = await registrationBench(database, ctx);
    if (backends.includes('postgres')) reads.push({ backend: 'PostgreSQL', ...(await readBench(database, ctx)) });
    await ctx.jobs.stop();
  });
} else {
  progress('No PostgreSQL server binaries: the registrations and PostgreSQL reads skipped.');
}

out(`\nbench/events — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
const r = registration as Awaited<ReturnType<typeof registrationBench>> | null;
if (r) {
  const ratio = r.use.perSecond / r.plain.perSecond;
  const c = r.check;
  out(
    `\n(a) Registrations on a throwaway PostgreSQL server (fsync off, pool of ${poolSize}): ${registerEvents.toLocaleString('en')} upcoming events, ${registrations.toLocaleString('en')} registrations from ${r.residents.toLocaleString('en')} residents (${perResident} events each), ${clients} clients at once, in turns with the baseline (median turn; ${r.minutes.toFixed(1)} min in all):\n\n`,
  );
  out('| what | per second | ms each (one client) |\n| --- | ---: | ---: |\n');
  out(`| plain insert of a registration row into a copy of the table (baseline) | ${r.plain.perSecond.toFixed(0)} | ${r.plain.msEach.toFixed(1)} |\n`);
  out(
    `| registerForEvent (one statement: row lock, rules and age, capacity → registered or waitlisted, counts, follow) | ${r.use.perSecond.toFixed(0)} | ${r.use.msEach.toFixed(1)} |\n`,
  );
  out(
    `\nThe events' count updates: ${r.writes.hot.toLocaleString('en')} of ${r.writes.updates.toLocaleString('en')} HOT (${((100 * r.writes.hot) / Math.max(1, r.writes.updates)).toFixed(0)} %; the others wrote every index of the table again).\n`,
  );
  if (r.poolTimeouts)
    out(`\n${r.poolTimeouts.toLocaleString('en')} registrations waited more than 5 s for a connection and were refused (counted in the rate as done).\n`);
  out(
    `\nregistration ${ratio.toFixed(2)}× the plain insert rate (target ≥ ${registrationTarget}×): ${ratio >= registrationTarget ? 'holds' : 'does not hold'}\n`,
  );
  out(
    `Afterwards: ${c.rows.toLocaleString('en')} registrations (${c.registered.toLocaleString('en')} registered, ${c.waitlisted.toLocaleString('en')} waitlisted; ${c.full_events} events full); events over capacity: ${c.over_capacity}; counts differing from the rows: ${c.counts_off}; a person twice for one event: ${c.twice}; waiting while a place is free: ${c.waiting_with_room}; a waitlist not behind the registered in arrival order: ${c.out_of_order}. Second registrations racing (2 at once for each of 200 people): ${r.refused} of 400 refused as already registered${r.other ? `, ${r.other} other errors` : ''}.\n`,
  );
  const ok =
    c.over_capacity === 0 && c.counts_off === 0 && c.twice === 0 && c.waiting_with_room === 0 && c.out_of_order === 0 && r.refused === 400 && r.other === 0;
  out(`capacity and waitlist guarantee: ${ok ? 'holds' : 'DOES NOT HOLD'}\n`);
}
if (reads.length) {
  out(
    `\n(b) The list and the map: CPU per request (this process + the PostgreSQL server's processes), medians of ${cpuRounds} rounds of 10 in turns; wall time alongside.\n`,
  );
  for (const b of reads)
    out(
      `${b.backend}: ${b.counts.events.toLocaleString('en')} events, ${b.counts.upcoming.toLocaleString('en')} not ended (${b.counts.on_map.toLocaleString('en')} of them on the map).\n`,
    );
  out('\n| backend | what | CPU ms (app + server) | × primary-key read | wall ms | × primary-key read |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
  for (const b of reads) {
    const pk = b.rows[0]!;
    for (const row of b.rows) out(cpuTableRow(b.backend, row, pk));
  }
  out(`\nTargets (CPU per request against the primary-key read, ≤ ${readTarget}×):\n`);
  for (const b of reads) {
    const pk = b.rows[0]!;
    for (const row of b.rows.slice(1).filter((r) => !r.label.includes(noTarget))) {
      const ratio = row.cpuMs / pk.cpuMs;
      out(`${b.backend}: ${row.label} ${ratio.toFixed(1)}× primary-key read (target ≤ ${readTarget}×): ${ratio <= readTarget ? 'holds' : 'does not hold'}\n`);
    }
  }
}
