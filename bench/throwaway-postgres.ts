import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/core/db/client.js';
import { startPostgres } from '../test/postgres-server.js';

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
