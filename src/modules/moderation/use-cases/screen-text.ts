import { perDatabaseCache } from '../../../core/db/cache.js';
import type { Db, Executor } from '../../../core/db/client.js';
import { buildMatcher, type WordMatcher } from '../domain/forbidden-words.js';
import { selectForbiddenWords } from '../db/queries.js';

// Each process keeps the compiled list briefly: every post is screened, and the list rarely changes.
// A change made in another process (several servers on one PostgreSQL) is seen within this time.
const matchers = perDatabaseCache<WordMatcher>(30_000, (db) => selectForbiddenWords(db as Db).then((rows) => buildMatcher(rows.map((r) => r.word))));

/** Forgets this process's compiled list (after the list was replaced). */
export function forgetForbiddenWords(db: Executor): void {
  matchers.forget(db);
}

/**
 * The forbidden words a text contains (empty when it may be published at once). Comments and
 * discussions call it before saving; content with a match is saved held and a case opened.
 */
export async function screenText(db: Db, text: string): Promise<string[]> {
  return (await matchers.get(db))(text);
}
