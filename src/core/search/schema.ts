import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tsvector } from '../db/search.js';

/**
 * The site-wide search index: one row per public thing every module contributes (see SearchKind), rebuilt by
 * `gorod search reindex` and refreshed on the modules' events. Hidden, held and private things are never stored.
 */
export const searchDocuments = pgTable(
  'search_documents',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en'),
    /** The first words of the body, shown under the title. */
    excerpt: text('excerpt').notNull(),
    /** Title and English title folded (lower case, ё as е) in the app: trigrams for typos and type-ahead (PGlite's C locale folds Latin only). */
    folded: text('folded').notNull(),
    districtId: text('district_id'),
    status: text('status', { enum: ['open', 'closed'] }).notNull(),
    date: timestamp('date', { withTimezone: true }).notNull(),
    path: text('path').notNull(),
    /** Russian and English stems of the folded title (weight A) and body (weight B), built at indexing. */
    search: tsvector('search').notNull(),
    indexedAt: timestamp('indexed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.kind, t.id] }),
    index('search_documents_search_idx').using('gin', t.search),
    index('search_documents_folded_trgm_idx').using('gin', sql`${t.folded} gin_trgm_ops`),
    index('search_documents_kind_date_idx').on(t.kind, t.date.desc()),
  ],
);
