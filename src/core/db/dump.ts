import { once } from 'node:events';
import fs from 'node:fs';
import readline from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { version } from '../version.js';
import { queryRows, type Database, type DbKind, type Executor } from './client.js';
import { migrate, readMigrations, type Migration } from './migrate.js';

/*
 * `gorod dump` / `gorod restore`: the whole database as one portable file, so a city can move between the embedded
 * PGlite and a PostgreSQL server (either way) or keep a copy that does not depend on the database's own format.
 *
 * The file is gzip-compressed JSON lines. Marker lines start with `{"@`; every other line is one row as PostgreSQL's
 * row_to_json wrote it, carried as text from the source to the target without being parsed in between, so numbers,
 * timestamps and bytea ("\x…" hex) keep every digit, and the target's json_populate_recordset reads them back with
 * each column's own input function:
 *
 *   {"@gorod-dump":1,"gorod":"0.1.0","createdAt":…,"source":"pglite","postgres":"18.0","migrations":[{tag,hash},…]}
 *   {"@table":"districts","columns":["id",…]}      tables in foreign-key order (referenced tables first)
 *   {"id":"admiralteysky",…}                       one line per row (generated columns are left out)
 *   {"@end":"districts","rows":18}
 *   …
 *   {"@sequences":[{"name":"reports_number_seq","lastValue":"38","isCalled":true},…]}
 *   {"@end-of-dump":true,"tables":{"districts":18,…}}   absent when the file was cut short
 *
 * The migration state is the header's list of applied migrations: a restore migrates the empty target to exactly
 * that point, loads the rows, then applies the migrations this code has and the dump had not.
 */

export const dumpFormatVersion = 1;

/** A dump that cannot be made or restored; the message says what to do (the CLI prints it and exits with code 2). */
export class DumpError extends Error {}

export interface DumpHeader {
  '@gorod-dump': number;
  gorod: string;
  createdAt: string;
  source: DbKind;
  postgres: string;
  migrations: { tag: string; hash: string }[];
}

export interface DumpSummary {
  migration: string;
  tables: Record<string, number>;
  bytes: number;
}

export interface RestoreSummary {
  /** The last migration the dump was made at. */
  dumpMigration: string;
  /** Migrations this code applied after loading the dump (it was made by an older version). */
  appliedAfter: string[];
  /** Rows per table, counted in the target after loading. */
  tables: Record<string, number>;
}

export type DumpProgress = (line: string) => void;

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

interface TableInfo {
  name: string;
  columns: string[];
  hasBytea: boolean;
}

/** The app's tables (the current schema's, except the migration bookkeeping) with their stored columns, in no order. */
async function tables(db: Executor): Promise<TableInfo[]> {
  const rows = await queryRows<{ name: string; columns: string[]; has_bytea: boolean }>(
    db,
    sql`select c.relname as name,
          array_agg(a.attname::text order by a.attnum) as columns,
          bool_or(a.atttypid = 'bytea'::regtype) as has_bytea
        from pg_class c
        join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
        where c.relnamespace = to_regnamespace(current_schema()) and c.relkind in ('r', 'p') and not c.relispartition
          and c.relname <> 'gorod_migrations'
        group by c.relname`,
  );
  return rows.map((r) => ({ name: r.name, columns: r.columns, hasBytea: r.has_bytea }));
}

interface ForeignKey {
  table: string;
  references: string;
  name: string;
  definition: string;
}

async function foreignKeys(db: Executor): Promise<ForeignKey[]> {
  return queryRows<ForeignKey>(
    db,
    sql`select t.relname as "table", r.relname as "references", k.conname as name, pg_get_constraintdef(k.oid) as definition
        from pg_constraint k join pg_class t on t.oid = k.conrelid join pg_class r on r.oid = k.confrelid
        where k.contype = 'f' and t.relnamespace = to_regnamespace(current_schema())
        order by t.relname, k.conname`,
  );
}

/** Tables ordered so that each comes after the tables it references (cycles and self-references are broken by name). */
function foreignKeyOrder(all: TableInfo[], fks: ForeignKey[]): TableInfo[] {
  const byName = new Map(all.map((t) => [t.name, t]));
  const deps = new Map(all.map((t) => [t.name, new Set<string>()]));
  for (const fk of fks) if (fk.table !== fk.references && byName.has(fk.references)) deps.get(fk.table)?.add(fk.references);
  const ordered: TableInfo[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string) => {
    if (state.get(name)) return;
    state.set(name, 'visiting');
    for (const d of [...(deps.get(name) ?? [])].sort()) visit(d);
    state.set(name, 'done');
    ordered.push(byName.get(name)!);
  };
  for (const name of [...byName.keys()].sort()) visit(name);
  return ordered;
}

interface SequenceInfo {
  name: string;
  table: string | null;
  column: string | null;
}

async function sequences(db: Executor): Promise<SequenceInfo[]> {
  return queryRows<SequenceInfo>(
    db,
    sql`select s.relname as name, t.relname as "table", a.attname as "column"
        from pg_class s
        left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
        left join pg_class t on t.oid = d.refobjid
        left join pg_attribute a on a.attrelid = t.oid and a.attnum = d.refobjsubid
        where s.relkind = 'S' and s.relnamespace = to_regnamespace(current_schema())
        order by s.relname`,
  );
}

async function appliedMigrations(db: Executor): Promise<{ tag: string; hash: string }[]> {
  const [exists] = await queryRows<{ ok: boolean }>(db, sql`select to_regclass('gorod_migrations') is not null as ok`);
  if (!exists?.ok) return [];
  // the journal's order: applied_at ties within one `migrate` run, the tags sort as they were numbered
  return queryRows<{ tag: string; hash: string }>(db, sql`select tag, hash from gorod_migrations order by tag`);
}

/** Text settings both sides agree on, so values are written and read in one notation whatever the server's defaults. */
async function portableSettings(tx: Executor): Promise<void> {
  await tx.execute(sql`set local bytea_output = 'hex'`);
  await tx.execute(sql`set local datestyle = 'ISO, YMD'`);
  await tx.execute(sql`set local intervalstyle = 'postgres'`);
  await tx.execute(sql`set local extra_float_digits = 1`);
  await tx.execute(sql`set local timezone = 'UTC'`);
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;

/**
 * Writes the whole database to `out` as a gzip-compressed Gorod dump. It reads inside one read-only repeatable-read
 * transaction, so the dump is one consistent moment even while a server writes, and it fetches rows through a cursor
 * in small batches, so memory does not grow with the database. Progress goes to `progress`, one line per table.
 */
export async function dumpDatabase(database: Database, out: Writable, progress: DumpProgress = () => undefined): Promise<DumpSummary> {
  const gzip = createGzip();
  const written = pipeline(gzip, out);
  // an error on the output side (a full disk, a closed pipe) stops the reading at its next write
  let outputError: unknown;
  written.catch((err: unknown) => {
    outputError = err;
  });
  let bytes = 0;
  const write = async (line: string) => {
    if (outputError) throw outputError;
    bytes += Buffer.byteLength(line) + 1;
    if (!gzip.write(`${line}\n`)) await Promise.race([once(gzip, 'drain'), written]);
  };
  let summary: Omit<DumpSummary, 'bytes'>;
  try {
    summary = await dumpInSnapshot(database, write, () => bytes, progress);
  } catch (err) {
    gzip.destroy();
    await written.catch(() => undefined);
    throw err;
  }
  gzip.end();
  await written;
  return { ...summary, bytes };
}

/** The dump's lines, written inside one read-only snapshot; `bytes` tells how much was written so far. */
function dumpInSnapshot(
  database: Database,
  write: (line: string) => Promise<void>,
  bytes: () => number,
  progress: DumpProgress,
): Promise<Omit<DumpSummary, 'bytes'>> {
  return database.db.transaction(
    async (tx) => {
      await portableSettings(tx);
      const migrations = await appliedMigrations(tx);
      if (!migrations.length) throw new DumpError('This database has no Gorod tables yet (it was never migrated): there is nothing to dump.');
      const [server] = await queryRows<{ v: string }>(tx, sql`select current_setting('server_version') as v`);
      const header: DumpHeader = {
        '@gorod-dump': dumpFormatVersion,
        gorod: version,
        createdAt: new Date().toISOString(),
        source: database.kind,
        postgres: server?.v ?? '',
        migrations,
      };
      await write(JSON.stringify(header));
      const ordered = foreignKeyOrder(await tables(tx), await foreignKeys(tx));
      progress(`Dumping ${ordered.length} tables from ${database.kind} at migration ${migrations.at(-1)!.tag}…`);
      const counts: Record<string, number> = {};
      for (const table of ordered) {
        const before = bytes();
        await write(JSON.stringify({ '@table': table.name, columns: table.columns }));
        const columnList = sql.join(
          table.columns.map((c) => sql`t.${ident(c)}`),
          sql`, `,
        );
        await tx.execute(
          sql`declare gorod_dump no scroll cursor for select row_to_json(r)::text as j from (select ${columnList} from ${ident(table.name)} t) r`,
        );
        // rows with images are 0.1–1 MB each (twice that as hex): a few at a time
        const batch = sql.raw(String(table.hasBytea ? 16 : 1000));
        let n = 0;
        for (;;) {
          const rows = await queryRows<{ j: string }>(tx, sql`fetch forward ${batch} from gorod_dump`);
          for (const { j } of rows) {
            // a row's JSON has no line breaks except whitespace a json column kept, which may become spaces
            await write(j.includes('\n') || j.includes('\r') ? j.replace(/[\r\n]/g, ' ') : j);
          }
          n += rows.length;
          if (rows.length === 0) break;
        }
        await tx.execute(sql`close gorod_dump`);
        await write(JSON.stringify({ '@end': table.name, rows: n }));
        counts[table.name] = n;
        progress(`  ${table.name}: ${n} rows${table.hasBytea ? ` (${megabytes(bytes() - before)})` : ''}`);
      }
      const seqs: { name: string; lastValue: string; isCalled: boolean }[] = [];
      for (const s of await sequences(tx)) {
        const [v] = await queryRows<{ last_value: string; is_called: boolean }>(
          tx,
          sql`select last_value::text as last_value, is_called from ${ident(s.name)}`,
        );
        if (v) seqs.push({ name: s.name, lastValue: v.last_value, isCalled: v.is_called });
      }
      await write(JSON.stringify({ '@sequences': seqs }));
      await write(JSON.stringify({ '@end-of-dump': true, tables: counts }));
      return { migration: migrations.at(-1)!.tag, tables: counts };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** The dump's lines, one at a time; a file that is not gzip says so instead of failing inside zlib. */
async function* dumpLines(input: Readable): AsyncGenerator<string> {
  const gunzip = createGunzip();
  const failed: { err?: Error } = {};
  const piped = pipeline(input, gunzip).catch((err: Error) => {
    failed.err = err;
  });
  const lines = readline.createInterface({ input: gunzip, crlfDelay: Infinity });
  try {
    try {
      for await (const line of lines) yield line;
    } catch (err) {
      failed.err ??= err as Error;
    }
    await piped;
    if (failed.err) {
      const code = (failed.err as NodeJS.ErrnoException).code;
      if (code === 'Z_DATA_ERROR') throw new DumpError('This file is not a Gorod dump: it is not gzip-compressed (make one with `gorod dump FILE`).');
      if (code === 'Z_BUF_ERROR') throw new DumpError('The dump file ends in the middle: it was cut short (copy it again, or dump again).');
      throw failed.err;
    }
  } finally {
    // a restore that stops early (a refusal, a bad row) closes the file instead of leaving it open
    lines.close();
    gunzip.destroy();
    input.destroy();
  }
}

function parseHeader(line: string | undefined): DumpHeader {
  let header: Partial<DumpHeader> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<DumpHeader>) : undefined;
  } catch {
    header = undefined;
  }
  if (!header || typeof header['@gorod-dump'] !== 'number' || !Array.isArray(header.migrations)) {
    throw new DumpError('This file is not a Gorod dump (its first line is not a dump header; make one with `gorod dump FILE`).');
  }
  if (header['@gorod-dump'] > dumpFormatVersion) {
    throw new DumpError(
      `This dump was written in format ${header['@gorod-dump']} by Gorod ${header.gorod}; this Gorod reads format ${dumpFormatVersion}: upgrade Gorod first.`,
    );
  }
  return header as DumpHeader;
}

/** Where the dump's migrations stand against this code's: how many of them to apply before loading, or why not. */
function checkDumpMigrations(header: DumpHeader, code: Migration[]): number {
  const dumped = header.migrations;
  for (let i = 0; i < dumped.length; i++) {
    const mine = code[i];
    if (!mine || mine.tag !== dumped[i]!.tag) {
      throw new DumpError(
        `This dump comes from a newer Gorod (${header.gorod}, database at migration ${dumped.at(-1)!.tag}) than this one (${version}, which knows migrations up to ${code.at(-1)?.tag ?? 'none'}): ` +
          `upgrade this installation to at least the version that made the dump, then restore.`,
      );
    }
    if (mine.hash !== dumped[i]!.hash) {
      throw new DumpError(
        `Migration ${mine.tag} in this dump differs from this Gorod's copy of it: the dump was made by a different build; restore it with the version that made it.`,
      );
    }
  }
  return dumped.length;
}

/** Tables that migrations themselves fill with defaults (e.g. the initiative rules): the dump's rows replace those. */
function filledByMigrations(code: Migration[]): Set<string> {
  const names = new Set<string>();
  for (const m of code)
    for (const s of m.statements) for (const match of s.matchAll(/insert\s+into\s+(?:"?public"?\.)?"?([a-z_][a-z0-9_]*)"?/gi)) names.add(match[1]!);
  return names;
}

/** Refuses a target that holds anything: a restore never mixes two cities' data or overwrites one. */
async function checkEmptyTarget(database: Database, dumpCount: number, code: Migration[]): Promise<void> {
  const withRows: string[] = [];
  const defaults = filledByMigrations(code);
  for (const t of await tables(database.db)) {
    if (defaults.has(t.name)) continue;
    const [row] = await queryRows<{ has: boolean }>(database.db, sql`select exists (select from ${ident(t.name)}) as has`);
    if (row?.has) withRows.push(t.name);
  }
  if (withRows.length) {
    const where =
      database.kind === 'pglite' ? 'move DATA_DIR/db away or point DATA_DIR at a new folder' : 'create a new database (createdb) and point DATABASE_URL at it';
    throw new DumpError(
      `The target database is not empty (${withRows.length} tables have rows, e.g. ${withRows.slice(0, 5).join(', ')}): a restore only goes into an empty database; ${where}, then restore again.`,
    );
  }
  const applied = await appliedMigrations(database.db);
  if (applied.length > dumpCount) {
    throw new DumpError(
      `The target database is already migrated to ${applied.at(-1)!.tag}, past the dump's ${code[dumpCount - 1]?.tag ?? 'start'}: ` +
        'restore into a newly created database (do not run `gorod migrate` or start the server on it first).',
    );
  }
}

/**
 * Loads a Gorod dump into an empty database: migrates it to the dump's migration, loads every table in one
 * transaction (foreign keys are dropped for the load and added back, which checks every row), sets each sequence past
 * the numbers in use, counts each table's rows against the dump, then applies this code's newer migrations.
 */
export async function restoreDatabase(database: Database, input: Readable, progress: DumpProgress = () => undefined): Promise<RestoreSummary> {
  const lines = dumpLines(input);
  try {
    const first = await lines.next();
    const header = parseHeader(first.done ? undefined : first.value);
    const code = readMigrations();
    const dumpCount = checkDumpMigrations(header, code);
    await checkEmptyTarget(database, dumpCount, code);
    const dumpMigration = header.migrations.at(-1)?.tag ?? '';
    const before = await migrate(database.db, code.slice(0, dumpCount));
    if (before.length) progress(`Created the schema up to ${dumpMigration} (${before.length} migrations).`);
    progress(`Restoring a dump of Gorod ${header.gorod} made ${header.createdAt} from ${header.source} (PostgreSQL ${header.postgres})…`);

    const tablesAfter = await database.db.transaction(async (tx) => {
      await portableSettings(tx);
      const known = new Map((await tables(tx)).map((t) => [t.name, t]));
      const fks = await foreignKeys(tx);
      for (const fk of fks) await tx.execute(sql`alter table ${ident(fk.table)} drop constraint ${ident(fk.name)}`);

      const counts: Record<string, number> = {};
      let current: { name: string; columns: string[]; rows: string[]; size: number; loaded: number } | undefined;
      let dumpedSequences: { name: string; lastValue: string; isCalled: boolean }[] = [];
      let complete = false;
      const flush = async () => {
        if (!current || current.rows.length === 0) return;
        const columnList = sql.join(
          current.columns.map((c) => ident(c)),
          sql`, `,
        );
        const payload = `[${current.rows.join(',')}]`;
        await tx.execute(
          sql`insert into ${ident(current.name)} (${columnList}) overriding system value
              select ${columnList} from json_populate_recordset(null::${ident(current.name)}, ${payload}::text::json)`,
        );
        current.loaded += current.rows.length;
        current.rows = [];
        current.size = 0;
      };
      for await (const line of lines) {
        if (!line.startsWith('{"@')) {
          if (!current) throw new DumpError('The dump is damaged: a row stands outside any table.');
          current.rows.push(line);
          current.size += line.length;
          if (current.rows.length >= 500 || current.size >= 8_000_000) await flush();
          continue;
        }
        const marker = JSON.parse(line) as Record<string, unknown>;
        if (typeof marker['@table'] === 'string') {
          const name = marker['@table'];
          const columns = marker.columns as string[];
          const target = known.get(name);
          if (!target)
            throw new DumpError(`The dump has a table ${name} that the schema at ${dumpMigration} does not: it was not made by Gorod, or was edited.`);
          const missing = target.columns.filter((c) => !columns.includes(c));
          const extra = columns.filter((c) => !target.columns.includes(c));
          if (missing.length || extra.length) {
            throw new DumpError(
              `The dump's table ${name} does not match the schema at ${dumpMigration} (${[...missing.map((c) => `missing ${c}`), ...extra.map((c) => `unknown ${c}`)].join(', ')}).`,
            );
          }
          // the migrations' default rows (the target was empty before them) give way to the dump's
          const [filled] = await queryRows<{ has: boolean }>(tx, sql`select exists (select from ${ident(name)}) as has`);
          if (filled?.has) await tx.execute(sql`delete from ${ident(name)}`);
          current = { name, columns, rows: [], size: 0, loaded: 0 };
        } else if (typeof marker['@end'] === 'string') {
          if (!current || current.name !== marker['@end']) throw new DumpError('The dump is damaged: a table ends that did not begin.');
          await flush();
          const expected = Number(marker.rows);
          const [row] = await queryRows<{ n: string }>(tx, sql`select count(*)::text as n from ${ident(current.name)}`);
          const n = Number(row?.n ?? 0);
          if (n !== expected || current.loaded !== expected) {
            throw new DumpError(`Table ${current.name} has ${n} rows after loading, the dump says ${expected}: the dump is damaged. Nothing was restored.`);
          }
          counts[current.name] = n;
          progress(`  ${current.name}: ${n} rows`);
          current = undefined;
        } else if (Array.isArray(marker['@sequences'])) {
          dumpedSequences = marker['@sequences'] as typeof dumpedSequences;
        } else if (marker['@end-of-dump'] === true) {
          complete = true;
        }
      }
      if (!complete)
        throw new DumpError('The dump file ends early (it has no end marker): it was cut short. Nothing was restored; copy it again or dump again.');
      const absent = [...known.keys()].filter((name) => !(name in counts));
      if (absent.length) throw new DumpError(`The dump lacks the tables ${absent.join(', ')}: it is damaged. Nothing was restored.`);

      // foreign keys back, exactly as the migrations made them: adding one checks every row against it
      progress('Checking foreign keys…');
      for (const fk of fks) await tx.execute(sql`alter table ${ident(fk.table)} add constraint ${ident(fk.name)} ${sql.raw(fk.definition)}`);

      // sequences where the source left them (numbers handed out and rolled back stay used), and never behind a row
      const dumped = new Map(dumpedSequences.map((s) => [s.name, s]));
      for (const s of await sequences(tx)) {
        const d = dumped.get(s.name);
        let value = d?.isCalled ? BigInt(d.lastValue) : 0n;
        if (s.table && s.column) {
          const [row] = await queryRows<{ m: string | null }>(tx, sql`select max(${ident(s.column)})::text as m from ${ident(s.table)}`);
          if (row?.m && BigInt(row.m) > value) value = BigInt(row.m);
        }
        if (value > 0n) await tx.execute(sql`select setval(quote_ident(${s.name}::text)::regclass, ${value.toString()}::text::bigint, true)`);
      }
      return counts;
    });

    const appliedAfter = await migrate(database.db, code);
    if (appliedAfter.length) progress(`Applied ${appliedAfter.length} newer migration(s): ${appliedAfter.join(', ')}`);
    return { dumpMigration, appliedAfter, tables: tablesAfter };
  } finally {
    await lines.return(undefined);
  }
}

/** `gorod dump FILE`: writes FILE.partial and renames it when the dump is whole, so FILE is never half a dump; `-` is stdout. */
export async function dumpToFile(database: Database, file: string, progress: DumpProgress): Promise<DumpSummary> {
  if (file === '-') return dumpDatabase(database, process.stdout, progress);
  const partial = `${file}.partial`;
  try {
    const summary = await dumpDatabase(database, fs.createWriteStream(partial), progress);
    fs.renameSync(partial, file);
    return summary;
  } catch (err) {
    fs.rmSync(partial, { force: true });
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR' || code === 'ENOSPC') {
      throw new DumpError(`Cannot write the dump to ${file}: ${(err as Error).message}`);
    }
    throw err;
  }
}

/** `gorod restore FILE` (`-` reads stdin). */
export async function restoreFromFile(database: Database, file: string, progress: DumpProgress): Promise<RestoreSummary> {
  if (file === '-') return restoreDatabase(database, process.stdin, progress);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (err) {
    throw new DumpError(`Cannot read the dump ${file}: ${(err as Error).message}`);
  }
  if (!stat.isFile()) throw new DumpError(`${file} is not a file.`);
  return restoreDatabase(database, fs.createReadStream(file), progress);
}
