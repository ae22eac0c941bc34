import { max } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../db/client.js';
import type { Language } from '../i18n/i18n.js';

/** The file formats the open-data catalogue names. */
export const datasetFormats = ['CSV', 'JSON', 'GeoJSON', 'JSONL', 'PB'] as const;
export type DatasetFormat = (typeof datasetFormats)[number];

/**
 * The licences the city states: CC BY 4.0 for what the city and its residents produced, ODbL 1.0 for layers derived
 * from OpenStreetMap (whose licence requires share-alike).
 */
export const datasetLicences = ['CC-BY-4.0', 'ODbL-1.0'] as const;
export type DatasetLicence = (typeof datasetLicences)[number];

/**
 * One public dataset a module publishes, for the open-data catalogue (`/open-data`, `GET /api/open-data`,
 * `/data.json`): what it is, where to download it (a stable path that answers anyone), its format, licence, what its
 * records hold, and when it last changed. Only what the public may already download, never personal data.
 */
export interface Dataset {
  /** Stable, unique across modules: `module.name`, e.g. `reports.csv`; per thing `budgeting.ballots.<heading id>`. */
  id: string;
  title: Record<Language, string>;
  description: Record<Language, string>;
  format: DatasetFormat;
  /** The download's site path, e.g. `/api/open-data/reports.csv`. */
  path: string;
  licence: DatasetLicence;
  /** What a record holds: the OpenAPI component of the answer (`InitiativeList`), or the columns of a file. */
  schema: { component: string } | { columns: readonly string[] } | { description: Record<Language, string> };
  /** When its data last changed; null when unknown or empty. */
  updatedAt: Date | null;
}

/** When a table last changed: the greatest value of one of its time columns (null when the table is empty). */
export async function lastChange(db: Db, column: AnyPgColumn): Promise<Date | null> {
  const [row] = await db.select({ at: max(column) }).from(column.table);
  return row?.at ? new Date(row.at as string | Date) : null;
}
