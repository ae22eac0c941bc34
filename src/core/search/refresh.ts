import { and, eq, inArray, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db, type Executor } from '../db/client.js';
import type { DomainEvent } from '../jobs/events.js';
import { enqueueJob } from '../jobs/jobs.js';
import type { Progress } from '../module/module.js';
import type { SearchDocument, SearchKind } from '../module/search.js';
import { searchDocuments } from './schema.js';

/** The job kind that rebuilds some documents of one kind: `{ kind, ids }`. */
export const searchRefreshJobKind = 'search.refresh';

/** Lower case with ё as е, in the app: PGlite's C locale folds Latin letters only. */
export function foldSearchText(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}

const excerptLength = 220;
/** The body's first words for the result list, cut at a word. */
function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), excerptLength - 40))}…`;
}

/**
 * The filters' own lexemes (`k:report`, `d:<district>`, `s:open`), written as they are (array_to_tsvector parses
 * nothing) into the document's vector: a filtered search is then one more term the GIN index intersects, instead of a
 * column check on every document that has the words. `filterQuery` in query.ts asks for them.
 */
export function filterTermsOf(kind: SQL, districtId: SQL, status: SQL): SQL {
  return sql`array_to_tsvector(array_remove(array['k:' || ${kind}, 'd:' || ${districtId}, 's:' || ${status}], null))`;
}

/** The weighted vector of one document: title (A) and body (B), each stemmed in Russian and in English, and its filter terms. */
function vectorOf(title: string, body: string, filters: SQL): SQL {
  return sql`setweight(to_tsvector('russian', ${title}), 'A') || setweight(to_tsvector('english', ${title}), 'A') || setweight(to_tsvector('russian', ${body}), 'B') || setweight(to_tsvector('english', ${body}), 'B') || ${filters}`;
}

/** Statement parameters per document; a batch stays well under PostgreSQL's 65,535. */
const batchSize = 500;

/**
 * Writes `ids` of `kind` as `docs` say: visible documents are stored (replacing the old ones), and every other id —
 * not visible, or absent from `docs` because it no longer exists — leaves the index.
 */
export async function writeSearchDocuments(ex: Executor, kind: string, ids: string[], docs: SearchDocument[]): Promise<void> {
  const shown = docs.filter((d) => d.visible);
  const shownIds = new Set(shown.map((d) => d.id));
  const gone = [...new Set([...ids, ...docs.map((d) => d.id)])].filter((id) => !shownIds.has(id));
  if (gone.length > 0) await removeFromSearch(ex, kind, gone);
  for (let i = 0; i < shown.length; i += batchSize) {
    const rows = shown.slice(i, i + batchSize).map((d) => {
      const titles = d.titleEn && d.titleEn !== d.title ? `${d.title} ${d.titleEn}` : d.title;
      const folded = foldSearchText(titles);
      return sql`(${kind}, ${d.id}, ${d.title}, ${d.titleEn ?? null}, ${excerptOf(d.body)}, ${folded}, ${d.districtId}, ${d.status}, ${d.date.toISOString()}::timestamptz, ${d.path}, ${vectorOf(folded, foldSearchText(d.body.slice(0, 20_000)), filterTermsOf(sql`${kind}::text`, sql`${d.districtId}::text`, sql`${d.status}::text`))}, now())`;
    });
    await ex.execute(sql`
      insert into search_documents (kind, id, title, title_en, excerpt, folded, district_id, status, date, path, search, indexed_at)
      values ${sql.join(rows, sql`, `)}
      on conflict (kind, id) do update set title = excluded.title, title_en = excluded.title_en, excerpt = excluded.excerpt,
        folded = excluded.folded, district_id = excluded.district_id, status = excluded.status, date = excluded.date,
        path = excluded.path, search = excluded.search, indexed_at = excluded.indexed_at`);
  }
}

/** Takes things out of the index at once, in the caller's transaction (moderation hiding them). */
export async function removeFromSearch(ex: Executor, kind: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await ex.delete(searchDocuments).where(and(eq(searchDocuments.kind, kind), inArray(searchDocuments.id, ids)));
}

/** Rebuilds the documents of these ids from their module, now. */
export async function refreshSearch(db: Db, kind: SearchKind, ids: string[]): Promise<void> {
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += batchSize) {
    const page = unique.slice(i, i + batchSize);
    const docs = await kind.documents(db, page);
    await db.transaction((tx) => writeSearchDocuments(tx, kind.kind, page, docs));
  }
}

/**
 * For a module's write that emits no domain event (events refresh their own entity by themselves, see SearchKind):
 * queues a rebuild of these documents after the caller's transaction commits, or, when the write made them not
 * public (`visible: false`: held, hidden, withdrawn), takes them out of the index at once in that transaction.
 */
export async function queueSearchRefresh(tx: Executor, kind: string, ids: string[], opts: { visible?: boolean } = {}): Promise<void> {
  if (ids.length === 0) return;
  if (opts.visible === false) await removeFromSearch(tx, kind, ids);
  else await enqueueJob(tx, { kind: searchRefreshJobKind, payload: { kind, ids } });
}

/** The documents an event changes, by kind: its own entity's when a kind of that name exists, and what kinds' `refreshOn` add. */
export function searchTargetsOf(event: DomainEvent, kinds: ReadonlyMap<string, SearchKind>): { kind: string; ids: string[] }[] {
  const out: { kind: string; ids: string[] }[] = [];
  for (const k of kinds.values()) {
    const ids = new Set(k.refreshOn?.(event) ?? []);
    if (event.entityType === k.kind) ids.add(event.entityId);
    if (ids.size > 0) out.push({ kind: k.kind, ids: [...ids] });
  }
  return out;
}

/** Every kind's search kinds by name; a kind declared twice is a programming error. */
export function searchKindMap(kinds: SearchKind[]): Map<string, SearchKind> {
  const map = new Map<string, SearchKind>();
  for (const k of kinds) {
    if (map.has(k.kind)) throw new Error(`Search kind ${k.kind} is declared twice`);
    map.set(k.kind, k);
  }
  return map;
}

/** The database's clock now, as text: what a rebuild compares `indexed_at` with to find what it did not write. */
async function databaseNow(db: Db): Promise<string> {
  const [row] = await queryRows<{ started: string }>(db, sql`select now()::text as started`);
  return row!.started;
}

/**
 * Rebuilds one kind from its ids page by page, then drops its documents not written in this pass (deleted things).
 * `started` is the database time the rebuild began (by default now). Returns the number of documents indexed.
 */
export async function reindexSearchKind(db: Db, kind: SearchKind, progress: Progress = () => undefined, started?: string): Promise<number> {
  const since = started ?? (await databaseNow(db));
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const ids = await kind.ids(db, after, batchSize);
    if (ids.length === 0) break;
    const docs = await kind.documents(db, ids);
    await db.transaction((tx) => writeSearchDocuments(tx, kind.kind, ids, docs));
    count += docs.filter((d) => d.visible).length;
    after = ids[ids.length - 1]!;
    progress(`search: ${kind.kind} ${count}`);
    if (ids.length < batchSize) break;
  }
  await db.delete(searchDocuments).where(and(eq(searchDocuments.kind, kind.kind), lt(searchDocuments.indexedAt, sql`${since}::timestamptz`)));
  return count;
}

/**
 * Rebuilds the whole index from every kind (`gorod search reindex`, the demo seed): each kind as reindexSearchKind
 * does, then drops the kinds no module contributes any more. Returns the number of documents per kind.
 */
export async function reindexSearch(db: Db, kinds: SearchKind[], progress: Progress = () => undefined): Promise<Record<string, number>> {
  const started = await databaseNow(db);
  const counts: Record<string, number> = {};
  for (const kind of kinds) counts[kind.kind] = await reindexSearchKind(db, kind, progress, started);
  const names = kinds.map((k) => k.kind);
  await db.delete(searchDocuments).where(names.length > 0 ? notInArray(searchDocuments.kind, names) : sql`true`);
  progress(`search: ${Object.values(counts).reduce((a, b) => a + b, 0)} documents indexed`);
  return counts;
}
