import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client.js';
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
}

/** What `erase` is given besides the person: their choice for content, every module's entity kinds, and the moment. */
export interface EraseOptions {
  content: ContentChoice;
  entities: EntityRegistry;
  now: Date;
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
