import { sql } from 'drizzle-orm';
import type { Config } from './config.js';
import { openDatabase, queryRows, type Database } from './core/db/client.js';
import { migrate } from './core/db/migrate.js';
import { createContext } from './context.js';
import type { GorodModule, ModuleContext, Progress } from './core/module/module.js';
import pino from 'pino';
import { reindexSearch } from './core/search/refresh.js';
import { searchKindsOf } from './core/search/site-pages.js';

/** Opens the configured database (locked PGlite folder or PostgreSQL server). */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolSize: config.databasePoolSize });
}

/** A module context for commands that run without the HTTP server (seed, admin, audit). */
export function commandContext(config: Config, database: Database, modules: GorodModule[]): ModuleContext {
  const log = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination(2));
  return createContext(config, database, modules, log);
}

/** True when the database has no accounts and no districts yet: a fresh city. */
export async function isEmptyCity(database: Database): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(database.db, sql`select (select count(*) from users) + (select count(*) from districts) as n`);
  return Number(row?.n ?? 0) === 0;
}

// Advisory lock key (arbitrary) that lets one of several processes seed a fresh PostgreSQL database.
const SEED_LOCK = 7_240_214;

/**
 * Seeds the demo city when the database is empty. On a PostgreSQL server several processes may
 * start at once: a transaction holds an advisory lock while the first one seeds (through other
 * pool connections), and the rest find the city filled. PGlite has one process and one connection.
 */
export async function seedIfEmpty(ctx: ModuleContext, modules: GorodModule[], progress: Progress): Promise<boolean> {
  const { database } = ctx;
  const seedIfStillEmpty = async () => {
    if (!(await isEmptyCity(database))) return false;
    progress('Empty database: seeding the demo city (St Petersburg)…');
    await seedDemo(ctx, modules, progress);
    return true;
  };
  if (database.kind === 'pglite') return seedIfStillEmpty();
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    return seedIfStillEmpty();
  });
}

/** Runs every module's demo seed in order; each is idempotent. */
export async function seedDemo(ctx: ModuleContext, modules: GorodModule[], progress: Progress): Promise<void> {
  for (const m of modules) {
    if (!m.seedDemo) continue;
    progress(`Seeding ${m.name}…`);
    await m.seedDemo(ctx, progress);
  }
  // what the seeded things set off (auto-follows, notifications) happens before anyone looks
  await ctx.jobs.runDue();
  await ctx.mailer.flush();
  // the city-wide search finds everything seeded (its events refreshed most already; this catches writes without one)
  await reindexSearch(ctx.database.db, searchKindsOf(modules), progress);
}

export { migrate };
export { indexSitePages } from './core/search/site-pages.js';
