import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, openScratchPglite, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { modules } from '../src/modules.js';

declare module 'vitest' {
  export interface ProvidedContext {
    backend: 'pglite' | 'postgres';
    pgliteTemplate: string;
    postgresUrl: string;
  }
}

/** Which backend this test project runs on. */
export const backend = () => inject('backend');

/** A database of its own on the test PostgreSQL server (a copy of `template`, or empty), dropped when closed. */
async function postgresDatabase(template: 'gorod_template' | null): Promise<Database> {
  const url = inject('postgresUrl');
  const name = `t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const database = await openDatabase({ databaseUrl: url.replace(/\/postgres$/, `/${name}`), dataDir: '.', poolSize: 4 });
  return {
    ...database,
    async close() {
      await database.close();
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** A fresh database for one test file: a copy of the migrated template, on this project's backend. */
export async function testDatabase(): Promise<Database> {
  if (inject('backend') === 'postgres') return postgresDatabase('gorod_template');
  const blob = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  return openDatabase({ dataDir: '.', pgliteDump: blob });
}

/**
 * A fresh database with nothing in it but the schema: a city as `SEED_DEMO=0` starts it (no districts, departments,
 * calendar or classifier), on this project's backend.
 */
export async function emptyTestDatabase(): Promise<Database> {
  const database = inject('backend') === 'postgres' ? await postgresDatabase(null) : await openScratchPglite();
  await migrate(database.db);
  return database;
}

/**
 * The whole HTTP app on a fresh database, for `app.inject()` tests; DATA_DIR is a temp folder. The database is the
 * demo city's districts, departments, calendar and classifier, or with `{ city: 'empty' }` nothing at all.
 */
export async function testApp(env: Record<string, string> = {}, opts: { city?: 'demo' | 'empty' } = {}) {
  const database = opts.city === 'empty' ? await emptyTestDatabase() : await testDatabase();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-app-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', PUBLIC_URL: 'http://gorod.test', ...env });
  const { app, ctx, routes } = await buildApp(config, database, modules, { logger: false });
  await app.ready();
  return {
    app,
    ctx,
    routes,
    database,
    dataDir,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
export type TestApp = Awaited<ReturnType<typeof testApp>>;
