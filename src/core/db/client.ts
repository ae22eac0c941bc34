import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './lock.js';
import { startPgliteServer } from './pglite-worker.js';

/** The query interface every module uses; the same on PGlite and on a PostgreSQL server. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** A transaction handle: a Db that commits or rolls back as one. */
export type Tx = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** Either a database or an open transaction: what functions that may join a caller's transaction take. */
export type Executor = Db | Tx;

export type DbKind = 'pglite' | 'postgres';

export interface Database {
  kind: DbKind;
  db: Db;
  /** Closes the connection(s) and releases the folder lock; safe to call twice. */
  close(): Promise<void>;
  /**
   * Hears of connections to the PostgreSQL server that were lost (a restart, a failover, a network cut). Nothing
   * else is needed: the query that used one fails as 'unavailable' (see errors.ts) and the pool opens new ones.
   */
  onConnectionLost?(listener: (err: Error) => void): void;
  /** A new connection to the PostgreSQL server outside the pool, not yet connected: for a session that must stay (LISTEN). */
  openSession?(): pg.Client;
}

/** Runs raw SQL and returns its rows (both drivers answer with `{ rows }`). */
export async function queryRows<T>(db: Executor, query: SQL): Promise<T[]> {
  const res = (await db.execute(query)) as unknown as { rows: T[] };
  return res.rows;
}

/** Raised when the database cannot be opened; the message says what to fix. */
export class DatabaseOpenError extends Error {}

export interface OpenOptions {
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** An in-memory PGlite started from a dumped data folder (tests); no lock, nothing on disk. */
  pgliteDump?: Blob;
  /** Runs the embedded database on the caller's thread instead of a worker (bench/embedded.ts compares the two). */
  pgliteOnCallerThread?: boolean;
}

/**
 * Opens the embedded PGlite database under DATA_DIR/db (locked) or connects to DATABASE_URL. The embedded database
 * runs in a worker thread (pglite-worker.ts) and is spoken to through node-postgres, as a server is; only the
 * in-memory copies tests start from a dump run PGlite on the caller's thread (a worker would add its start-up to
 * every test file and they never serve concurrent requests).
 */
export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.databaseUrl)
    return openPostgres({ connectionString: opts.databaseUrl }, opts.poolSize ?? 10, `Cannot use DATABASE_URL (${redactUrl(opts.databaseUrl)})`);
  if (opts.pgliteDump) {
    const client = await PGlite.create({ loadDataDir: opts.pgliteDump, extensions: { cube, earthdistance, pg_trgm } });
    return wrapPglite(client, undefined);
  }
  ensureWritable(opts.dataDir);
  const lock = await lockDataDir(opts.dataDir);
  const dbDir = path.join(opts.dataDir, 'db');
  if (opts.pgliteOnCallerThread) {
    try {
      return wrapPglite(await PGlite.create(dbDir, { extensions: { cube, earthdistance, pg_trgm } }), lock);
    } catch (err) {
      await lock.release();
      throw new DatabaseOpenError(`Cannot open the embedded database in ${dbDir}: ${(err as Error).message}`);
    }
  }
  let server: Awaited<ReturnType<typeof startPgliteServer>>;
  try {
    server = await startPgliteServer(dbDir);
  } catch (err) {
    await lock.release();
    throw new DatabaseOpenError(`Cannot open the embedded database in ${dbDir}: ${(err as Error).message}`);
  }
  let database: Awaited<ReturnType<typeof openPostgres>>;
  try {
    // PGlite is one session: one connection, kept open (a transaction holds it; other queries wait their turn)
    database = await openPostgres(
      { host: server.socketDir, port: server.port, user: 'postgres', database: 'postgres', idleTimeoutMillis: 0 },
      1,
      `Cannot open the embedded database in ${dbDir}`,
    );
  } catch (err) {
    await server.close().catch(() => undefined);
    await lock.release();
    throw err;
  }
  const closePool = database.close;
  let closed = false;
  server.onExit((err) => database.lost?.(err));
  return {
    ...database,
    kind: 'pglite',
    async close() {
      if (closed) return;
      closed = true;
      try {
        await closePool();
        await server.close();
      } finally {
        await lock.release();
      }
    },
  };
}

/** Creates an empty in-memory PGlite (tests and tools that need a scratch database). */
export async function openScratchPglite(): Promise<Database> {
  const client = await PGlite.create({ extensions: { cube, earthdistance, pg_trgm } });
  return wrapPglite(client, undefined);
}

/** Dumps an in-memory PGlite's data folder so that copies start in well under a second. */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database as Database & { client?: PGlite }).client;
  if (!client) throw new Error('dumpPglite needs a PGlite database');
  return client.dumpDataDir('none');
}

function wrapPglite(client: PGlite, lock: DataDirLock | undefined): Database {
  let closed = false;
  const database: Database & { client: PGlite } = {
    kind: 'pglite',
    client,
    db: drizzlePglite(client) as unknown as Db,
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
      await lock?.release();
    },
  };
  return database;
}

async function openPostgres(connection: pg.PoolConfig, poolSize: number, what: string): Promise<Database & { lost?: (err: Error) => void }> {
  // keep-alive probes find a connection whose server vanished without closing it (a failover moving the address),
  // which would otherwise hang until the operating system gives up on it
  const pool = new pg.Pool({ ...connection, max: poolSize, connectionTimeoutMillis: 5000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 });
  const listeners = new Set<(err: Error) => void>();
  const lost = (err: Error) => {
    for (const l of listeners) l(err);
  };
  // A connection can go at any moment (a restart terminates every one with 57P01). pg reports it as an 'error'
  // event on its client, and an 'error' event nobody listens to ends the process: the pool listens only while a
  // client is idle, so a client in the middle of a query or transaction needs a listener of its own. Its query
  // fails with the same error (answered 503), and the pool discards the client when it is released.
  pool.on('connect', (client) => client.on('error', lost));
  pool.on('error', () => {
    // an idle client lost its connection (its own listener has told): the pool dropped it and opens a new one
  });
  try {
    const res = await pool.query<{ v: string }>("select current_setting('server_version_num') as v");
    const version = Number(res.rows[0]?.v ?? 0);
    if (version < 150000) throw new Error(`the server runs PostgreSQL ${Math.floor(version / 10000)}; Gorod needs 15 or newer`);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(`${what}: ${(err as Error).message}`);
  }
  let closed = false;
  return {
    kind: 'postgres',
    db: drizzlePg(pool) as unknown as Db,
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
    onConnectionLost(listener) {
      listeners.add(listener);
    },
    openSession: () => new pg.Client({ ...connection, connectionTimeoutMillis: 5000, keepAlive: true, keepAliveInitialDelayMillis: 10_000 }),
    lost,
  };
}

/** The URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

function ensureWritable(dataDir: string): void {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.accessSync(dataDir, fs.constants.W_OK);
  } catch (err) {
    throw new DatabaseOpenError(`DATA_DIR ${dataDir} is not a writable folder: ${(err as Error).message}`);
  }
}
