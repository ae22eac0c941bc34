import type { Db, Executor } from '../../../core/db/client.js';
import { buildMatcher, type WordMatcher } from '../domain/forbidden-words.js';
import { selectForbiddenWords } from '../db/queries.js';

// Each process keeps the compiled list briefly: every post is screened, and the list rarely changes.
// A change made in another process (several servers on one PostgreSQL) is seen within this time.
const cacheMs = 30_000;
const cache = new WeakMap<object, { at: number; matcher: Promise<WordMatcher> }>();

/** Forgets this process's compiled list (after the list was replaced). */
export function forgetForbiddenWords(db: Executor): void {
  cache.delete(db);
}

/**
 * The forbidden words a text contains (empty when it may be published at once). Comments and
 * discussions call it before saving; content with a match is saved held and a case opened.
 */
export async function screenText(db: Db, text: string): Promise<string[]> {
  const now = Date.now();
  let entry = cache.get(db);
  if (!entry || now - entry.at > cacheMs) {
    entry = { at: now, matcher: selectForbiddenWords(db).then((rows) => buildMatcher(rows.map((r) => r.word))) };
    cache.set(db, entry);
    entry.matcher.catch(() => cache.delete(db));
  }
  return (await entry.matcher)(text);
}
