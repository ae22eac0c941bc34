/**
 * bench/areas: area alerts at the size issue 16 names — a report filed where 100,000 residents subscribed (circles of
 * 1 km around saved places within ~700 m of it), among as many subscriptions elsewhere in the city, told through the
 * real fan-out (alertArea: the subscribers found through the GiST index over the alerts' circles, then the
 * notification centre's notify in batches of 1,000: one notification per person, settings ensured, digest mode).
 * Baseline in the same run: one plain `insert … select` of 100,000 notification rows (the least a fan-out must write).
 * Also the lookup alone for a busy point and for a quiet one (a few subscribers) against a primary-key read. CPU per
 * run (this process, PGlite's thread included, plus the PostgreSQL server's processes) with wall time alongside; on
 * PGlite (on disk) and a throwaway PostgreSQL server. Everyone subscribed gets their mail in the daily digest (an
 * immediate mail each would queue 100,000 mails: the digest is what an area alert is for).
 * Prints a table to stdout, progress to stderr. Run: `node --import tsx bench/areas.ts` (also part of `npm run
 * bench`). Options: BENCH_AREAS_SUBSCRIBERS (default 100,000), BENCH_AREAS_ROUNDS (fan-outs, default 3),
 * BENCH_AREAS_BACKENDS (`pglite,postgres`).
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { queryRows, type Database, type Db } from '../src/core/db/client.js';
import { defineEvent, type DomainEvent } from '../src/core/jobs/events.js';
import type { AreaAlertSource, AreaSpot } from '../src/core/module/area.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { areaSubscribers } from '../src/modules/areas/db/queries.js';
import { alertArea } from '../src/modules/areas/use-cases/area-alerts.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf, type CpuFigure } from './cpu.js';
import { onEachBackend } from './throwaway-postgres.js';

const env = process.env;
const subscribers = Number(env.BENCH_AREAS_SUBSCRIBERS ?? 100_000);
const rounds = Number(env.BENCH_AREAS_ROUNDS ?? 0) || 3;
const backends = (env.BENCH_AREAS_BACKENDS ?? 'pglite,postgres').split(',');
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);

/** The report's point: Nevsky Prospekt by the Kazan Cathedral (Central district). */
const busy = { lat: 59.9343, lon: 30.3248 };
/** A quiet point on the city's edge, in Kurortny district, where few subscribed. */
const quiet = { lat: 60.19, lon: 29.7 };

const benchReport = defineEvent('bench_area.report', z.object({}));
let spot: AreaSpot;
const source: AreaAlertSource = { event: benchReport, topic: 'reports', locate: async () => spot };

/**
 * Fixture, not use cases: `count` residents (confirmed e-mail, digest mode) each with a home within ~700 m of the busy
 * point and an alert of 1 km for reports there; as many elsewhere (500 m circles over the city, away from it); ten
 * around the quiet point.
 */
async function insertSubscribers(db: Db, count: number): Promise<void> {
  await db.execute(sql`insert into users (email, password_hash, display_name, email_confirmed_at)
    select 'area-' || g || '@example.org', 'x', 'Житель ' || g, now() from generate_series(1, ${count}) g`);
  await db.execute(sql`insert into notification_settings (user_id, email_mode, unsubscribe_token)
    select id, 'digest', md5(email) from users where email like 'area-%@example.org'`);
  await db.execute(sql`insert into saved_places (user_id, label, address, lat, lon)
    select id, 'home', 'Невский пр., ' || (hashtext(email) & 255),
           ${busy.lat} + (random() - 0.5) * 0.009, ${busy.lon} + (random() - 0.5) * 0.018
    from users where email like 'area-%@example.org'`);
  // elsewhere: people without accounts here (ids only: the alerts table does not need them), never near the busy point
  await db.execute(sql`insert into saved_places (user_id, label, address, lat, lon)
    select gen_random_uuid(), 'home', 'ул. Дальняя, ' || g, 59.99 + random() * 0.06, 30.20 + random() * 0.30
    from generate_series(1, ${count}) g`);
  await db.execute(sql`insert into saved_places (user_id, label, address, lat, lon)
    select gen_random_uuid(), 'home', 'Курортный, ' || g, ${quiet.lat} + (random() - 0.5) * 0.004, ${quiet.lon} + (random() - 0.5) * 0.008
    from generate_series(1, 10) g`);
  await db.execute(sql`insert into area_alerts (user_id, place_id, lat, lon, radius_m, topics)
    select user_id, id, lat, lon, case when address like 'Невский%' then 1000 else 500 end, array['reports', 'answers'] from saved_places`);
  await db.execute(sql`vacuum analyze`);
}

async function bench(database: Database, ctx: ModuleContext): Promise<{ rows: CpuFigure[]; told: number[]; near: number; few: number }> {
  const db = database.db;
  const t0 = performance.now();
  await insertSubscribers(db, subscribers);
  progress(`  ${subscribers.toLocaleString('en')} subscribers around the report and as many elsewhere in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const near = (await areaSubscribers(db, { ...busy, districtId: null, topic: 'reports' })).length;
  const few = (await areaSubscribers(db, { ...quiet, districtId: null, topic: 'reports' })).length;
  progress(`  subscribers whose circle holds the report: ${near.toLocaleString('en')}; at the quiet point: ${few}`);
  const ids = (await queryRows<{ id: string }>(db, sql`select id from area_alerts order by random() limit 200`)).map((r) => r.id);
  const server = await serverCpuOf(database);
  const lookups = await measureCpuInTurns(
    20,
    [
      { label: 'primary-key read of an alert (baseline)', fn: (i) => queryRows(db, sql`select * from area_alerts where id = ${ids[i % ids.length]!}`) },
      { label: 'subscribers of a quiet point (lookup only)', fn: () => areaSubscribers(db, { ...quiet, districtId: null, topic: 'reports' }) },
    ],
    server,
  );
  const told: number[] = [];
  const event = (): DomainEvent => {
    spot = { entityType: 'report', entityId: String(crypto.randomInt(1e9)), title: '№ 1 · Яма', path: '/reports/1', ...busy, districtId: null, visible: true };
    return {
      id: crypto.randomUUID(),
      type: benchReport.type,
      actorId: null,
      entityType: 'report',
      entityId: spot.entityId,
      data: {},
      at: new Date().toISOString(),
    };
  };
  progress(`  ${rounds} fan-outs and as many plain inserts, in turns…`);
  const fanOuts = await measureCpuInTurns(
    rounds,
    [
      {
        label: `plain insert of ${near.toLocaleString('en')} notifications (baseline)`,
        fn: () =>
          db.execute(sql`insert into notifications (user_id, kind, event_id, entity_type, entity_id, data)
            select a.user_id, 'area.news', ${crypto.randomUUID()}, 'report', '1', '{}'::jsonb from area_alerts a join users u on u.id = a.user_id`),
      },
      {
        label: `subscribers of the report's point (lookup only, ${near.toLocaleString('en')})`,
        fn: () => areaSubscribers(db, { ...busy, districtId: null, topic: 'reports' }),
      },
      { label: `fan-out: ${near.toLocaleString('en')} residents told (alertArea)`, fn: async () => void told.push(await alertArea(ctx, source, event())) },
    ],
    server,
    1,
    0,
  );
  return { rows: [...lookups, ...fanOuts], told, near, few };
}

const results = await onEachBackend(backends, 'areas', progress, bench);

out(`bench/areas — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
out(
  `\nArea alerts: a report where ${subscribers.toLocaleString('en')} residents subscribed, among as many subscriptions elsewhere. CPU (this process + the PostgreSQL server's processes); lookups: medians of 20 rounds of 10, per request; fan-outs: medians of ${rounds} runs.\n`,
);
out('\n| backend | what | CPU ms (app + server) | × baseline | wall ms | × baseline |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
for (const b of results) {
  const [pk, quietRow, insert, lookup, fanOut] = b.rows as [CpuFigure, CpuFigure, CpuFigure, CpuFigure, CpuFigure];
  const line = (row: CpuFigure, base: CpuFigure) => out(cpuTableRow(b.backend, row, base, 1));
  line(pk, pk);
  line(quietRow, pk);
  line(insert, insert);
  line(lookup, insert);
  line(fanOut, insert);
}
out('\n');
for (const b of results) {
  const fanOut = b.rows[4]!;
  out(
    `${b.backend}: ${b.told.join(', ')} told per fan-out (expected ${b.near.toLocaleString('en')} each); ${Math.round((b.near / fanOut.wallMs) * 1000).toLocaleString('en')} residents told per second of wall time; the quiet point's lookup found ${b.few}.\n`,
  );
}
