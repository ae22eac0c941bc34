import { createHash } from 'node:crypto';
import type { Executor } from '../../../core/db/client.js';

/** What drizzle's `.prepare(name)` returns: run it with the placeholders' values. */
interface Prepared<T> {
  execute(values?: Record<string, unknown>): Promise<T>;
}

const byDatabase = new WeakMap<object, Map<string, Prepared<unknown>>>();

/**
 * The hot public reads (the report list, the card, the map) as named prepared statements, built once per
 * database handle and query shape. On PostgreSQL node-postgres parses a named statement once per pooled
 * connection and the server keeps its plan (a generic plan after five runs when it costs no more), so a
 * request no longer pays for planning a seven-table join; PGlite ignores the name and plans each time.
 *
 * `shape` says which optional parts the query has (each shape is a different SQL text); the statement's
 * name is the kind and a hash of the shape, so one name always means one text on a connection. Values
 * go in as placeholders (`sql.placeholder('x')`) at `execute`, never into the text.
 */
export function preparedOnce<T>(db: Executor, kind: string, shape: string, build: (name: string) => Prepared<T>): Prepared<T> {
  let statements = byDatabase.get(db);
  if (!statements) byDatabase.set(db, (statements = new Map()));
  const key = `${kind}:${shape}`;
  let p = statements.get(key) as Prepared<T> | undefined;
  if (!p) {
    p = build(`${kind}_${createHash('sha1').update(shape).digest('hex').slice(0, 12)}`);
    statements.set(key, p as Prepared<unknown>);
  }
  return p;
}
