/**
 * A value loaded from the database and kept for `ttlMs` per database handle (tests and the server
 * each have their own): for data read on hot paths that changes rarely — the calendar, district
 * boundaries, forbidden words. A failed load is forgotten, so the next call tries again; an edit in
 * another process is seen within `ttlMs`.
 */
export function perDatabaseCache<T>(ttlMs: number, load: (db: object) => PromiseLike<T>) {
  const entries = new WeakMap<object, { at: number; value: Promise<T> }>();
  return {
    get(db: object): Promise<T> {
      const hit = entries.get(db);
      if (hit && Date.now() - hit.at < ttlMs) return hit.value;
      // Promise.resolve: a query builder is a thenable that would run again on every await
      const value = Promise.resolve(load(db));
      entries.set(db, { at: Date.now(), value });
      value.catch(() => entries.delete(db));
      return value;
    },
    /** Forgets the value of this handle (after an edit in this process). */
    forget(db: object): void {
      entries.delete(db);
    },
  };
}
