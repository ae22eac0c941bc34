import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { queryRows, type Executor } from '../db/client.js';
import type { EntityRegistry } from './entities.js';

/**
 * What happens to what a deleted account wrote (comments, discussions, proposals, ideas, initiatives…): `anonymise`
 * keeps it under «удалённый аккаунт» / "deleted account"; `remove` takes it away (a removed comment with replies
 * stays as a placeholder so the thread still reads).
 */
export type ContentChoice = 'anonymise' | 'remove';
export const contentChoices = ['anonymise', 'remove'] as const satisfies readonly ContentChoice[];

/** A module's part of a person's export: its rows about them by table (JSON-able), and the ids of their files (core/files). */
export interface PersonalDataExport {
  tables: Record<string, unknown[]>;
  fileIds?: string[];
}

/**
 * How a module answers for what it keeps about a person (152-FZ, GDPR), declared in its manifest as `personalData`.
 * The accounts module asks every module: `export` for the person's ZIP (`GET /api/me/data`), `erase` inside the one
 * transaction that deletes the account (`POST /api/me/account/delete`). Each module reads and writes only its own
 * tables. Ballots and poll responses stay counted with the link to the person cut; an official's answers are the
 * city's acts and stay, attributed to the department.
 */
export interface PersonalDataPart {
  /** Everything this module keeps about the person, their own rows only. */
  export: (db: Executor, userId: string) => Promise<PersonalDataExport>;
  /** Erases the person's personal data and handles their content by `content`, in the deletion's transaction. */
  erase: (tx: Executor, userId: string, options: EraseOptions) => Promise<void>;
  /**
   * For modules that count one act per verified person (ballots, poll responses, supports): the latest moment a vote
   * the person took part in is still open (null: none). Asked before anything is erased; until the latest of these
   * the person's verified identity stays spent, so a new account verified with the same phone or document cannot
   * vote a second time where the deleted one did.
   */
  identityHeldUntil?: (tx: Executor, userId: string, now: Date) => Promise<Date | null>;
}

/**
 * What `erase` is given besides the person: their choice for content, every module's entity kinds, the moment, and
 * until when their verified identity stays spent (the latest of the parts' `identityHeldUntil`; null: not held).
 */
export interface EraseOptions {
  content: ContentChoice;
  entities: EntityRegistry;
  now: Date;
  identityHeldUntil: Date | null;
}

/** The latest of the moments the parts hold the person's identity until (null when none does), before erasure. */
export async function identityHeldUntil(parts: readonly PersonalDataPart[], tx: Executor, userId: string, now: Date): Promise<Date | null> {
  let latest: Date | null = null;
  for (const part of parts) {
    const until = part.identityHeldUntil ? await part.identityHeldUntil(tx, userId, now) : null;
    if (until && until > now && (!latest || until > latest)) latest = until;
  }
  return latest;
}

/** The `until` (a timestamp) of the one row `query` selects, as a Date, or null: a part's identityHeldUntil. */
export async function latestOf(tx: Executor, query: SQL): Promise<Date | null> {
  const [row] = await queryRows<{ until: Date | string | null }>(tx, query);
  return row?.until ? new Date(row.until) : null;
}

/** The rows of `table` whose `column` is the person, without the columns named in `omit` (search vectors, secrets). */
export async function rowsOf(db: Executor, table: PgTable, column: PgColumn, userId: string, omit: readonly string[] = []): Promise<unknown[]> {
  const columns = Object.fromEntries(Object.entries(getTableColumns(table)).filter(([key]) => !omit.includes(key)));
  return db.select(columns).from(table).where(eq(column, userId));
}

/** Where a module's rows about a person are, by the name they get in the export: the table, the person's column, columns left out. */
export type OwnTables = Record<string, readonly [table: PgTable, column: PgColumn, omit?: readonly string[]]>;

/** A module's export from where its rows about the person are (see OwnTables), one query per table. */
export async function exportTables(db: Executor, userId: string, tables: OwnTables): Promise<PersonalDataExport> {
  const out: Record<string, unknown[]> = {};
  for (const [name, [table, column, omit]] of Object.entries(tables)) out[name] = await rowsOf(db, table, column, userId, omit);
  return { tables: out };
}

/**
 * Cuts the link between the person and rows that must stay counted (supports, ratings, votes on comments, sign-ups):
 * each row gets a fresh random id in place of theirs, so the counts and unique indexes hold and nothing leads back.
 */
export async function unlinkRows(tx: Executor, table: PgTable, column: PgColumn, userId: string): Promise<void> {
  await tx.execute(sql`update ${table} set ${sql.identifier(column.name)} = gen_random_uuid() where ${column} = ${userId}::uuid`);
}

/** Deletes the person's rows of `table` (their settings, subscriptions, private records). */
export async function deleteRows(tx: Executor, table: PgTable, column: PgColumn, userId: string): Promise<void> {
  await tx.execute(sql`delete from ${table} where ${column} = ${userId}::uuid`);
}
