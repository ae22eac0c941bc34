/**
 * bench/places: "near me" at the size issue 16 names — the nearest 10 places of chosen layers within walking distance
 * over 200,000 places, through the real use case (nearPlaces: the point's district checked, then one query that the
 * GiST index on ll_to_earth(lat, lon) both bounds with earth_box and walks in distance order), against a primary-key
 * read of a place, in turns, as CPU per request (this process, PGlite's thread included, plus the PostgreSQL server's
 * processes from /proc) with wall time alongside; on PGlite (on disk) and a throwaway PostgreSQL server. Target: ≤ 5×
 * the primary-key read (as the reports and events lists). The places are spread over the city's districts, denser
 * towards the centre, in the nine layers (a rare layer too: 1 % of them), as a city's open data would be.
 * Prints a table and a verdict per query to stdout, progress to stderr. Run: `node --import tsx bench/places.ts`
 * (also part of `npm run bench`). Options: BENCH_PLACES_TOTAL (default 200,000), BENCH_PLACES_ROUNDS (rounds of 10
 * reads each, default 40), BENCH_PLACES_BACKENDS (`pglite,postgres`).
 */
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { queryRows, type Database, type Db } from '../src/core/db/client.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { districtAt } from '../src/modules/city/index.js';
import { nearPlaces } from '../src/modules/places/use-cases/near-places.js';
import { cpuTableRow, measureCpuInTurns, serverCpuOf, type CpuFigure } from './cpu.js';
import { onEachBackend } from './throwaway-postgres.js';

const env = process.env;
const total = Number(env.BENCH_PLACES_TOTAL ?? 200_000);
const rounds = Number(env.BENCH_PLACES_ROUNDS ?? 0) || 40;
const backends = (env.BENCH_PLACES_BACKENDS ?? 'pglite,postgres').split(',');
const readTarget = 5;
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);

/**
 * Bulk-inserts `count` places (a fixture, not the import use case): layers in turn by a hash (every layer but
 * `recycling`, which gets 1 %), points around the city centre (the mean of two uniforms: denser in the middle).
 */
async function insertPlaces(db: Db, count: number): Promise<void> {
  await db.execute(sql`
    with g as (select g, random() as r1, random() as r2, random() as r3, random() as r4 from generate_series(1, ${count}) g)
    insert into places (layer_id, external_id, name, address, lat, lon, opening_hours, source, licence)
    select case when g % 100 = 0 then 'recycling'
                else (array['sights','kindergartens','schools','polyclinics','service-centres','libraries','dog-areas','sports-grounds'])[(1 + (g * 7919) % 8)::int] end,
           'bench/' || g, 'Место № ' || g, 'ул. Тестовая, д. ' || (1 + g % 200),
           59.80 + 0.26 * (r1 + r2) / 2, 30.10 + 0.50 * (r3 + r4) / 2, 'Mo-Fr 09:00-18:00', 'bench', 'CC0 1.0'
    from g`);
}

/** Points residents ask from: near random places (the caller keeps those inside a district: the use case refuses others). */
async function askPoints(db: Db): Promise<{ lat: number; lon: number }[]> {
  return queryRows<{ lat: number; lon: number }>(db, sql`select lat + 0.0007 as lat, lon - 0.0011 as lon from places order by random() limit 300`);
}

async function bench(database: Database, ctx: ModuleContext): Promise<{ rows: CpuFigure[]; counts: { places: number; found: number } }> {
  const db = database.db;
  const t0 = performance.now();
  await insertPlaces(db, total);
  progress(`  ${total.toLocaleString('en')} places in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await db.execute(sql`vacuum analyze places`);
  const candidates = await askPoints(db);
  const points: { lat: number; lon: number }[] = [];
  for (const c of candidates) if (await districtAt(db, c.lon, c.lat)) points.push(c);
  const ids = (await queryRows<{ id: string }>(db, sql`select id from places order by random() limit 500`)).map((r) => r.id);
  const probe = await nearPlaces(ctx, { ...points[0]!, layerIds: ['dog-areas'], count: 10 });
  progress(`  ${points.length} points to ask from; dog-walking areas within 1.5 km of the first: ${probe.items.length}`);
  const server = await serverCpuOf(database);
  const rows = await measureCpuInTurns(
    rounds,
    [
      { label: 'primary-key read of a place (baseline)', fn: (i) => queryRows(db, sql`select * from places where id = ${ids[i % ids.length]!}`) },
      { label: 'nearest 10 of one layer within 1.5 km', fn: (i) => nearPlaces(ctx, { ...points[i % points.length]!, layerIds: ['dog-areas'], count: 10 }) },
      { label: 'nearest 10 of every layer within 1.5 km', fn: (i) => nearPlaces(ctx, { ...points[i % points.length]!, layerIds: [], count: 10 }) },
      {
        label: 'nearest 10 of three layers within 5 km',
        fn: (i) => nearPlaces(ctx, { ...points[i % points.length]!, layerIds: ['kindergartens', 'schools', 'polyclinics'], radiusMeters: 5000, count: 10 }),
      },
      {
        label: 'nearest 10 of a rare layer (1 %) within 5 km',
        fn: (i) => nearPlaces(ctx, { ...points[i % points.length]!, layerIds: ['recycling'], radiusMeters: 5000, count: 10 }),
      },
    ],
    server,
  );
  const [count] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from places`);
  return { rows, counts: { places: count!.n, found: probe.items.length } };
}

const results = await onEachBackend(backends, 'places', progress, bench);

out(`bench/places — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
out(
  `\nNear me over ${total.toLocaleString('en')} places: CPU per request (this process + the PostgreSQL server's processes), medians of ${rounds} rounds of 10 in turns; wall time alongside.\n`,
);
out('\n| backend | what | CPU ms (app + server) | × primary-key read | wall ms | × primary-key read |\n| --- | --- | ---: | ---: | ---: | ---: |\n');
for (const b of results) {
  const pk = b.rows[0]!;
  for (const row of b.rows) out(cpuTableRow(b.backend, row, pk));
}
out(`\nTarget (CPU per request against the primary-key read, ≤ ${readTarget}×):\n`);
for (const b of results) {
  const pk = b.rows[0]!;
  for (const row of b.rows.slice(1)) {
    const ratio = row.cpuMs / pk.cpuMs;
    out(`${b.backend}: ${row.label} ${ratio.toFixed(1)}× primary-key read (target ≤ ${readTarget}×): ${ratio <= readTarget ? 'holds' : 'does not hold'}\n`);
  }
}
