import { sql, type SQL } from 'drizzle-orm';
import { customType } from 'drizzle-orm/pg-core';

/**
 * Full-text search the same way everywhere: a generated `tsvector` column over a title (weight A) and a text
 * (weight B), stemmed in Russian and in English, matched with a web-search style query (words, "phrases",
 * -exclusions, or) in both languages.
 */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** The generated column's expression over two text columns (by their SQL names). */
export function searchVectorOf(titleColumn: string, textColumn: string): SQL {
  return sql.raw(
    `setweight(to_tsvector('russian', ${titleColumn}), 'A') || setweight(to_tsvector('english', ${titleColumn}), 'A') || setweight(to_tsvector('russian', ${textColumn}), 'B') || setweight(to_tsvector('english', ${textColumn}), 'B')`,
  );
}

/** The query for a resident's search words (lower-cased here too: a database whose LC_CTYPE is plain C folds Latin letters only). */
export function webSearchQuery(words: string): SQL {
  const q = words.toLowerCase();
  return sql`(websearch_to_tsquery('russian', ${q}) || websearch_to_tsquery('english', ${q}))`;
}
