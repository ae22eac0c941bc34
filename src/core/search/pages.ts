import { asc, gt, type AnyColumn } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';

/** The ids that are uuids (a search kind keyed by uuid asks its table for these only: anything else cannot be one). */
export const searchUuids = (ids: string[]): string[] => ids.filter((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id));

/** A numeric id as the search index keeps it (text), or null when it is not one. */
export const searchNumber = (id: string): number | null => (/^\d{1,15}$/.test(id) ? Number(id) : null);

/**
 * A page of a table's ids after `after` in id order, as text: what a search kind's `ids` returns for a full reindex.
 * Numbered things (a report's public number) page by number, others (uuids, text keys) by text.
 */
export async function searchIdsAfter(db: Db, table: PgTable, column: PgColumn & AnyColumn, after: string | null, limit: number): Promise<string[]> {
  const numeric = column.dataType === 'number';
  const from = after === null ? null : numeric ? searchNumber(after) : after;
  const rows = await db
    .select({ id: column })
    .from(table)
    .where(from === null ? undefined : gt(column, from))
    .orderBy(asc(column))
    .limit(limit);
  return rows.map((r) => String(r.id));
}
