import { createHash } from 'node:crypto';
import { getTableColumns, sql, type SQL, type SQLWrapper, type Table } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Executor } from './client.js';

/** What drizzle's `.prepare(name)` returns: run it with the placeholders' values. */
export interface Prepared<T> {
  execute(values?: Record<string, unknown>): Promise<T>;
}

const byDatabase = new WeakMap<object, Map<string, Prepared<unknown>>>();

/**
 * A hot read as a named prepared statement, built once per database handle and query shape. On PostgreSQL (and on
 * the embedded database served through node-postgres) the driver parses a named statement once per connection and
 * the server keeps its plan (a generic plan after five runs when it costs no more), so a request stops paying for
 * parsing and planning; an in-memory PGlite (tests) ignores the name and plans each time, with the same results.
 *
 * `shape` says which optional parts the query has (each shape is a different SQL text); the statement's name is the
 * kind and a hash of the shape, so one name always means one text on a connection. Values go in as placeholders
 * (`sql.placeholder('x')`) at `execute`, never into the text. With a drizzle query builder:
 * `preparedOnce(db, 'people_public', '', (name) => db.select(…).where(eq(users.id, sql.placeholder('id'))).prepare(name))`.
 */
export function preparedOnce<T>(db: Executor, kind: string, shape: string, build: (name: string) => Prepared<T>): Prepared<T> {
  let statements = byDatabase.get(db);
  if (!statements) byDatabase.set(db, (statements = new Map()));
  const key = `${kind}:${shape}`;
  let p = statements.get(key) as Prepared<T> | undefined;
  if (!p) {
    p = build(shape ? `${kind}_${createHash('sha1').update(shape).digest('hex').slice(0, 12)}` : kind);
    statements.set(key, p as Prepared<unknown>);
  }
  return p;
}

const dialect = new PgDialect();

/**
 * A raw SQL read (CTEs, laterals, unions a query builder does not write) as a named prepared statement: the rows
 * as the driver returns them (column names as written, timestamps as text; `rowFrom` maps a table's columns).
 * `kind` names the statement and must be the same text every time (pass a different kind per variant).
 */
export function preparedSql<Row>(db: Executor, kind: string, query: () => SQL): Prepared<Row[]> {
  return preparedOnce(db, kind, '', (name) => {
    const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query()), undefined, name, false);
    return {
      async execute(values) {
        const res = (await prepared.execute(values)) as { rows: Row[] };
        return res.rows;
      },
    };
  });
}

/**
 * A table's row from a raw statement's row (`select t.* …` read through `preparedSql`): each column under its
 * database name, mapped as drizzle maps it (timestamps to Dates, bigint numbers to numbers).
 */
export function tableRow<T extends Table>(table: T, raw: Record<string, unknown>): T['$inferSelect'] {
  const out: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(table))) {
    const value = raw[column.name];
    out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return out as T['$inferSelect'];
}

/**
 * A timestamptz as the text JavaScript's `toISOString` writes (UTC, milliseconds, `Z`), for JSON the database builds
 * itself (a job's payload, an answer the route sends as it is): the same text whatever the connection's time zone.
 */
export function isoTimestampSql(value: SQLWrapper): SQL {
  return sql`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
