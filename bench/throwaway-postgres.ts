import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { openDatabase, type Database, type Db } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import { cityModule } from '../src/modules/city/index.js';
import { findPostgresBinaries, startPostgres } from '../test/postgres-server.js';

/**
 * Runs `use` on a fresh database `name` of a throwaway PostgreSQL server started from `bindir`, then closes the
 * database and stops the server (also when `use` throws). The database is empty: callers migrate and seed it.
 */
export async function withThrowawayDatabase<T>(bindir: string, name: string, poolSize: number, use: (database: Database) => Promise<T>): Promise<T> {
  const server = await startPostgres(bindir);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-'));
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const database = await openDatabase({ databaseUrl: server.url.replace(/\/postgres$/, `/${name}`), dataDir, poolSize });
    try {
      return await use(database);
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Runs `use` on a fresh embedded PGlite database in a temporary DATA_DIR (on disk, as a server's), then closes and removes it. */
export async function withEmbeddedDatabase<T>(name: string, use: (database: Database) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  try {
    const database = await openDatabase({ dataDir });
    try {
      return await use(database);
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Migrates a throwaway database and fills the city (districts, departments) as the server would; the context for use cases. */
export async function cityContext(database: Database): Promise<ModuleContext> {
  await migrate(database.db);
  const ctx = createContext(loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' }), database, modules, pino({ level: 'silent' }));
  await cityModule.seedDemo!(ctx, () => undefined);
  return ctx;
}

/**
 * Bulk-inserts `count` verified residents (`<prefix><n>@example.org`, verified in person) spread over `districts`
 * and over `spreadDays` days of birth from `bornFrom` by a hash of the address, then analyzes; returns the seconds
 * it took. Not a use case: a fixture for throughput benches.
 */
export async function insertVerifiedResidents(
  db: Db,
  opts: { prefix: string; count: number; districts: readonly string[]; bornFrom: string; spreadDays: number },
): Promise<number> {
  const t0 = performance.now();
  const districts = sql.raw(`array[${opts.districts.map((d) => `'${d.replace(/'/g, "''")}'`).join(',')}]`);
  await db.execute(sql`insert into users (email, password_hash, display_name, email_confirmed_at, verification)
    select ${opts.prefix}::text || g || '@example.org', 'x', 'Житель ' || g, now(), 'verified' from generate_series(1, ${opts.count}) g`);
  await db.execute(sql`insert into verifications (user_id, method, identity_hash, district_id, birth_date)
    select id, 'in_person', 'bench-' || email, (${districts})[1 + (hashtext(email) & 2147483647) % ${opts.districts.length}], ${opts.bornFrom}::date + (hashtext(email) & ${opts.spreadDays - 1})
    from users where email like ${`${opts.prefix}%@example.org`}`);
  await db.execute(sql`analyze`);
  return (performance.now() - t0) / 1000;
}

/**
 * Runs `bench` on each backend asked for (`pglite`: an embedded database on disk; `postgres`: a throwaway server, when
 * its binaries are installed), each migrated and filled with the city, and returns the results by backend name.
 * `name` names the databases; progress goes to `progress`.
 */
export async function onEachBackend<T extends object>(
  backends: readonly string[],
  name: string,
  progress: (message: string) => void,
  bench: (database: Database, ctx: ModuleContext) => Promise<T>,
): Promise<(T & { backend: string })[]> {
  const results: (T & { backend: string })[] = [];
  const run = async (backend: string, database: Database) => {
    const ctx = await cityContext(database);
    results.push({ backend, ...(await bench(database, ctx)) });
    await ctx.jobs.stop();
  };
  if (backends.includes('pglite')) {
    progress('PGlite (on disk):');
    await withEmbeddedDatabase(`gorod-bench-${name}`, (lite) => run('PGlite', lite));
  }
  const bindir = backends.includes('postgres') ? findPostgresBinaries() : null;
  if (bindir) {
    progress(`PostgreSQL (throwaway server from ${bindir}):`);
    await withThrowawayDatabase(bindir, `gorod_bench_${name}`, 10, (database) => run('PostgreSQL', database));
  } else if (backends.includes('postgres')) progress('No PostgreSQL server binaries: the PostgreSQL run skipped.');
  return results;
}
