import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { backend } from '../../../test/db.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { modules } from '../../modules.js';
import { seedDemo } from '../../runtime.js';
import { verifyAuditChain } from '../audit/audit.js';
import { storeImage } from '../files/files.js';
import { openDatabase, openScratchPglite, queryRows, type Database } from './client.js';
import { DumpError, dumpDatabase, dumpToFile, restoreDatabase, restoreFromFile } from './dump.js';
import { migrate } from './migrate.js';

// A city on the embedded database moves to a PostgreSQL server (the `postgres` project; the `pglite` project moves it
// to another PGlite) through `gorod dump` and `gorod restore`, and everything it had arrives: every row, the bytes of
// uploaded files, the audit chain, and sequences that go on after the numbers already used.

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-dump-'));
const dumpFile = path.join(dir, 'city.dump.gz');
const quiet = () => undefined;
const opened: Database[] = [];
const serverDatabases: string[] = [];

/** An empty target database of this project's kind: a new database on the test server, or an in-memory PGlite. */
async function emptyTarget(): Promise<Database> {
  let database: Database;
  if (backend() === 'postgres') {
    const url = inject('postgresUrl');
    const name = `restore_${crypto.randomBytes(5).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    serverDatabases.push(name);
    database = await openDatabase({ databaseUrl: url.replace(/\/postgres$/, `/${name}`), dataDir: '.', poolSize: 2 });
  } else {
    database = await openScratchPglite();
  }
  opened.push(database);
  return database;
}

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    database.db,
    sql`select relname as name from pg_class where relnamespace = to_regnamespace(current_schema()) and relkind = 'r' and relname <> 'gorod_migrations' order by relname`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: string }>(database.db, sql`select count(*)::text as n from ${sql.raw(`"${name}"`)}`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

/** The dump's lines, changed by `edit`, written as another dump file. */
function editedDump(name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(fs.readFileSync(dumpFile)).toString('utf8').split('\n').filter(Boolean);
  const file = path.join(dir, name);
  fs.writeFileSync(file, gzipSync(`${edit(lines).join('\n')}\n`));
  return file;
}

let source: Database;
let sourceCounts: Record<string, number>;
let sourceAudit: Awaited<ReturnType<typeof verifyAuditChain>>;
const photo = crypto.randomBytes(200_000);
let photoId: string;

beforeAll(async () => {
  // the source is always the embedded database: a seeded demo city with an uploaded photo
  source = await openScratchPglite();
  opened.push(source);
  await migrate(source.db);
  const { app, ctx } = await buildApp(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), source, modules, { logger: false });
  await seedDemo(ctx, modules, quiet);
  await app.close();
  const stored = await storeImage(source.db, {
    purpose: 'report_photo',
    uploadedBy: null,
    image: { contentType: 'image/webp', data: photo, thumb: Buffer.from([0, 1, 2, 255, 92, 120]), width: 640, height: 480, sha256: 'x'.repeat(64) },
  });
  photoId = stored.id;
  sourceCounts = await tableCounts(source);
  sourceAudit = await verifyAuditChain(source.db);
  await dumpToFile(source, dumpFile, quiet);
}, 300_000);

afterAll(async () => {
  for (const d of opened) await d.close().catch(() => undefined);
  if (serverDatabases.length) {
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    for (const name of serverDatabases) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('gorod dump and gorod restore', () => {
  let target: Database;

  it('writes one gzip file with the migration state, every table and its end marker', () => {
    const lines = gunzipSync(fs.readFileSync(dumpFile)).toString('utf8').split('\n').filter(Boolean);
    const header = JSON.parse(lines[0]!) as { '@gorod-dump': number; source: string; migrations: { tag: string }[] };
    expect(header['@gorod-dump']).toBe(1);
    expect(header.source).toBe('pglite');
    expect(header.migrations.length).toBeGreaterThan(10);
    const end = JSON.parse(lines.at(-1)!) as { '@end-of-dump': boolean; tables: Record<string, number> };
    expect(end['@end-of-dump']).toBe(true);
    expect(end.tables).toEqual(sourceCounts);
    // referenced tables come before the tables that point at them
    const order = lines.filter((l) => l.startsWith('{"@table"')).map((l) => (JSON.parse(l) as { '@table': string })['@table']);
    expect(order.indexOf('districts')).toBeLessThan(order.indexOf('users'));
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('reports'));
    expect(fs.existsSync(`${dumpFile}.partial`)).toBe(false);
  });

  it('restores into an empty database with the same rows, file bytes and audit chain', async () => {
    target = await emptyTarget();
    const progress: string[] = [];
    const res = await restoreFromFile(target, dumpFile, (l) => progress.push(l));
    expect(res.tables).toEqual(sourceCounts);
    expect(await tableCounts(target)).toEqual(sourceCounts);
    expect(sourceCounts.reports).toBeGreaterThan(10);
    expect(sourceCounts.audit_log).toBeGreaterThan(5);
    expect(progress).toContain('  reports: ' + sourceCounts.reports + ' rows');

    const [file] = await queryRows<{ data: Buffer | Uint8Array; thumb: Buffer | Uint8Array }>(
      target.db,
      sql`select data, thumb from files where id = ${photoId}`,
    );
    expect(Buffer.from(file!.data).equals(photo)).toBe(true);
    expect([...Buffer.from(file!.thumb)]).toEqual([0, 1, 2, 255, 92, 120]);

    const reports = (d: Database) =>
      queryRows<Record<string, unknown>>(d.db, sql`select number::text as n, row_to_json(r)::jsonb::text as j from reports r order by number`);
    expect(await reports(target)).toEqual(await reports(source));
    const users = (d: Database) => queryRows(d.db, sql`select id, email, password_hash, created_at::text as created from users order by id`);
    expect(await users(target)).toEqual(await users(source));

    const audit = await verifyAuditChain(target.db);
    expect(audit).toEqual(sourceAudit);
    expect(audit.ok).toBe(true);
  }, 120_000); // a whole demo city restored: slow on a loaded 2-core CI machine

  it('leaves every sequence past the numbers in use, so new rows do not collide', async () => {
    const owned = await queryRows<{ seq: string; tbl: string; col: string }>(
      target.db,
      sql`select s.relname as seq, t.relname as tbl, a.attname as col from pg_class s
          join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid and d.refclassid = 'pg_class'::regclass
          join pg_class t on t.oid = d.refobjid join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
          where s.relkind = 'S' and s.relnamespace = to_regnamespace(current_schema())`,
    );
    expect(owned.length).toBeGreaterThan(10);
    for (const { seq, tbl, col } of owned) {
      const [row] = await queryRows<{ max: string | null }>(target.db, sql`select max(${sql.raw(`"${col}"`)})::text as max from ${sql.raw(`"${tbl}"`)}`);
      const [{ v } = { v: '0' }] = await queryRows<{ v: string }>(target.db, sql`select nextval(${seq}::text::regclass)::text as v`);
      expect(BigInt(v), `${seq} for ${tbl}.${col}`).toBeGreaterThan(BigInt(row?.max ?? 0));
    }
    const [before] = await queryRows<{ m: number }>(target.db, sql`select max(id) as m from classifier_objects`);
    const [added] = await queryRows<{ id: number }>(target.db, sql`insert into classifier_objects (name_ru) values ('Новый объект') returning id`);
    expect(added!.id).toBeGreaterThan(Number(before!.m));
  });

  it('refuses a database that already has data, and changes nothing there', async () => {
    const counts = await tableCounts(target);
    const err = await restoreFromFile(target, dumpFile, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DumpError);
    expect((err as Error).message).toMatch(/target database is not empty .*tables have rows/);
    expect(await tableCounts(target)).toEqual(counts);
  });

  it('refuses a dump from a newer Gorod, whose migrations this code does not know', async () => {
    const newer = editedDump('newer.dump.gz', ([head, ...rest]) => {
      const h = JSON.parse(head!) as { gorod: string; migrations: { tag: string; hash: string }[] };
      h.gorod = '9.0.0';
      h.migrations.push({ tag: '9999_from_the_future', hash: 'f'.repeat(64) });
      return [JSON.stringify(h), ...rest];
    });
    const fresh = await emptyTarget();
    const err = await restoreFromFile(fresh, newer, quiet).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DumpError);
    expect((err as Error).message).toMatch(/comes from a newer Gorod \(9\.0\.0.*9999_from_the_future.*upgrade this installation/);
    const [exists] = await queryRows<{ ok: boolean }>(fresh.db, sql`select to_regclass('users') is not null as ok`);
    expect(exists!.ok).toBe(false);
  });

  it('refuses a file that is not a dump, and a dump cut short without restoring any of it', async () => {
    const fresh = await emptyTarget();
    const notGzip = path.join(dir, 'notes.txt');
    fs.writeFileSync(notGzip, 'district,name\n');
    await expect(restoreFromFile(fresh, notGzip, quiet)).rejects.toThrow(/not a Gorod dump: it is not gzip-compressed/);
    const notDump = path.join(dir, 'other.gz');
    fs.writeFileSync(notDump, gzipSync('{"hello":1}\n'));
    await expect(restoreFromFile(fresh, notDump, quiet)).rejects.toThrow(/not a Gorod dump/);
    await expect(restoreFromFile(fresh, path.join(dir, 'missing.gz'), quiet)).rejects.toThrow(/Cannot read the dump/);

    const cut = editedDump('cut.dump.gz', (lines) => lines.slice(0, -2));
    await expect(restoreFromFile(fresh, cut, quiet)).rejects.toThrow(/ends early .* Nothing was restored/);
    // nothing of the dump: rows only in the tables the migrations themselves fill (the initiative rules, the places'
    // layers); a migration that seeds another table adds it here
    const filled = Object.entries(await tableCounts(fresh))
      .filter(([, n]) => n > 0)
      .map(([name]) => name);
    expect(filled).toEqual(['initiative_rules', 'place_layers']);
    // the schema stayed, empty: the whole dump restores there afterwards
    const res = await restoreFromFile(fresh, dumpFile, quiet);
    expect(res.tables).toEqual(sourceCounts);
  }, 120_000); // a whole demo city restored: slow on a loaded 2-core CI machine

  it('streams a dump to a writable stream and reads one from a readable stream (stdout and stdin with -)', async () => {
    const chunks: Buffer[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        done();
      },
    });
    const counts = await tableCounts(target); // the source's, and the classifier object added above
    const summary = await dumpDatabase(target, sink, quiet);
    expect(summary.tables).toEqual(counts);
    // the other way: PostgreSQL back to the embedded database (PGlite to PGlite in the pglite project)
    const embedded = await openScratchPglite();
    opened.push(embedded);
    const res = await restoreDatabase(embedded, Readable.from([Buffer.concat(chunks)]), quiet);
    expect(res.tables).toEqual(counts);
    expect(await verifyAuditChain(embedded.db)).toEqual(sourceAudit);
  }, 120_000); // a whole demo city restored: slow on a loaded 2-core CI machine
  it('dumps one moment: a row written while the dump runs is not in it', async () => {
    const before = await tableCounts(target);
    let insert: Promise<unknown> | undefined;
    const sink = new Writable({
      write(_chunk: Buffer, _enc, done) {
        if (insert) return done();
        // the first compressed bytes come out long before rate_limits (near the end) is read
        // (drizzle's query runs when first awaited: Promise.resolve starts it now, once)
        insert = Promise.resolve(target.db.execute(sql`insert into rate_limits (key, hits, reset_at) values ('during-the-dump', 1, now())`));
        // on a server the write commits while the dump goes on; PGlite's one connection runs it after the dump
        if (target.kind === 'postgres') void insert.then(() => done(), done);
        else done();
      },
    });
    const summary = await dumpDatabase(target, sink, quiet);
    await insert;
    expect(summary.tables).toEqual(before);
    expect((await tableCounts(target)).rate_limits).toBe(before.rate_limits! + 1);
  });
});
