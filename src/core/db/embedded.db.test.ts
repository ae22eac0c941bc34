import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backend } from '../../../test/db.js';
import { openDatabase, queryRows, type Database } from './client.js';
import { databaseFault, isUniqueViolation } from './errors.js';

// The embedded database of a real DATA_DIR runs in a worker thread and is spoken to through node-postgres, as a
// PostgreSQL server is (the tests' in-memory copies run PGlite on their own thread). Only the `pglite` project.

describe.skipIf(backend() !== 'pglite')('the embedded database in its worker thread', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-embedded-'));
  let database: Database;

  beforeAll(async () => {
    // the migrated template, unpacked into DATA_DIR/db as a server that ran before would have left it
    const seed = await PGlite.create(path.join(dataDir, 'db'), {
      loadDataDir: new Blob([fs.readFileSync(inject('pgliteTemplate'))]),
      extensions: { cube, earthdistance, pg_trgm },
    });
    await seed.close();
    database = await openDatabase({ dataDir });
    await database.db.execute(sql`create table embedded_probe (id serial primary key, n int not null unique)`);
  });

  afterAll(async () => {
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the migrated city', async () => {
    expect(database.kind).toBe('pglite');
    const [row] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from gorod_migrations`);
    expect(row!.n).toBeGreaterThan(0);
  });

  it('runs concurrent transactions one after another, each whole or not at all', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction(async (tx) => {
          await tx.execute(sql`insert into embedded_probe (n) values (${1000 + i})`);
          // the odd ones then collide with an even one: their first insert must go too
          await tx.execute(sql`insert into embedded_probe (n) values (${i % 2 ? 1000 + i - 1 : 2000 + i})`);
          const [mine] = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from embedded_probe where n in (${1000 + i}, ${2000 + i})`);
          return mine!.n;
        }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'rejected' : 'fulfilled')));
    expect(results.filter((r) => r.status === 'fulfilled').map((r) => r.value)).toEqual(Array(10).fill(2));
    expect(results.every((r) => r.status === 'fulfilled' || isUniqueViolation(r.reason))).toBe(true);
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from embedded_probe`);
    expect(count!.n).toBe(20);
  });

  it('reports a value out of range as the caller’s data, as a server does', async () => {
    const err = await database.db.execute(sql`select ${'2147483648'}::int`).catch((e: unknown) => e);
    expect(databaseFault(err)).toBe('data');
  });

  it('leaves the HTTP thread free while a query runs', async () => {
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    await database.db.execute(sql`select count(*) from generate_series(1, 500000)`);
    clearInterval(timer);
    expect(ticks).toBeGreaterThan(0);
  });

  it('refuses a second opening of the folder, and keeps what was committed across a close', async () => {
    await expect(openDatabase({ dataDir })).rejects.toThrow(/Another Gorod process holds/);
    await database.close();
    await database.close();
    database = await openDatabase({ dataDir });
    const [count] = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from embedded_probe`);
    expect(count!.n).toBe(20);
  });
});
