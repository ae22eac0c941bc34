import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type Db } from '../db/client.js';
import { foldSearchText } from './refresh.js';
import { sitePageKind } from './site-pages.js';

/** What a search asks: the words and the filters, each optional but the words. */
export interface SearchQuery {
  q: string;
  kind?: string | undefined;
  districtId?: string | undefined;
  status?: 'open' | 'closed' | undefined;
  /** Dates from this day on (inclusive) and before `to`'s end. */
  from?: Date | undefined;
  to?: Date | undefined;
  limit: number;
  offset: number;
}

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  titleEn: string | null;
  excerpt: string;
  districtId: string | null;
  status: 'open' | 'closed';
  /** Null for a site page, which has no date. */
  date: Date | null;
  path: string;
}

export interface SearchAnswer {
  /** Matches per kind under the other filters (not the kind filter), most first; counted up to `countCap` matches in all. */
  counts: { kind: string; count: number }[];
  /** Matches under every filter (up to the cap). */
  total: number;
  /** True when there were more matches than `countCap`: the counts are lower bounds. */
  capped: boolean;
  items: SearchHit[];
}

/** The counts stop here: a word in half the city's documents need not be counted exactly on every key. */
export const countCap = 10_000;
/**
 * At most this many matches are ranked: a word in most of the city's documents («яма») is answered in bounded time,
 * the best of a sample of its matches first; the counts say how many there are, and more words or a filter narrow them.
 */
export const rankCap = 2000;
/** How alike a typed word and a word of a title must be (pg_trgm word similarity) to match despite a typo. */
const typoThreshold = 0.5;

/** Words of letters and digits only, for a prefix query (`выбо:*`): nothing a tsquery would read as an operator. */
function prefixTerms(folded: string): string[] {
  return (folded.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}

/** The full-text query: the words stemmed in Russian and in English (web-search syntax), and with `prefix`, the last word as a prefix. */
function textQuery(folded: string, prefix: boolean): SQL {
  const words = sql`(websearch_to_tsquery('russian', ${folded}) || websearch_to_tsquery('english', ${folded}))`;
  const terms = prefixTerms(folded);
  if (!prefix || terms.length === 0) return words;
  const last = terms.pop()!;
  const prefixQuery = [...terms, `${last}:*`].join(' & ');
  return sql`(${words} || to_tsquery('simple', ${prefixQuery}))`;
}

/**
 * Each typed word of three letters or more is like a word of the title (trigram word similarity), so one typo per
 * word is forgiven («детсикй сад» finds «…детские сады»); shorter words are left to the stems.
 */
function titleLooksLike(folded: string): SQL {
  const words = prefixTerms(folded).filter((w) => w.length >= 3);
  if (words.length === 0) return sql`d.folded %> ${folded}`;
  return sql`(${sql.join(
    words.map((w) => sql`d.folded %> ${w}`),
    sql` and `,
  )})`;
}

/**
 * The condition a document matches: its stems, and with `fuzzy`, its title's words despite a typo; `filters` (the
 * filter lexemes, see filterQuery) are part of the same index search, so the GIN index intersects words and filters.
 */
function matches(folded: string, prefix: boolean, fuzzy: boolean, filters: SQL | null = null): SQL {
  const words = filters ? sql`(${textQuery(folded, prefix)} && ${filters})` : textQuery(folded, prefix);
  if (!fuzzy) return sql`d.search @@ ${words}`;
  return sql`(d.search @@ ${words} or (${titleLooksLike(folded)}${filters ? sql` and d.search @@ ${filters}` : sql``}))`;
}

/** A lexeme of the document vector's filter terms as a tsquery of its own (quoted: no character is an operator). */
const lexeme = (term: string) => `'${term.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The kind, district and state filters as one tsquery over the filter terms `filterTermsOf` writes; null without any. */
function filterQuery(query: Omit<SearchQuery, 'q' | 'limit' | 'offset'>, withKind: boolean): SQL | null {
  const terms = [
    ...(withKind && query.kind ? [`k:${query.kind}`] : []),
    ...(query.districtId ? [`d:${query.districtId}`] : []),
    ...(query.status ? [`s:${query.status}`] : []),
  ];
  return terms.length ? sql`${terms.map(lexeme).join(' & ')}::tsquery` : null;
}

/** The date range, which has no lexeme (the kind, district and state are filterQuery's terms). */
function dateFilters(query: Omit<SearchQuery, 'q' | 'limit' | 'offset'>): SQL[] {
  const out: SQL[] = [];
  if (query.from) out.push(sql`d.date >= ${query.from.toISOString()}::timestamptz`);
  if (query.to) out.push(sql`d.date < ${query.to.toISOString()}::timestamptz`);
  // a site page has no date (it is stored with a stand-in): no date range holds it
  if (query.from || query.to) out.push(sql`d.kind <> ${sitePageKind}`);
  return out;
}

const and = (parts: SQL[]) => sql.join(parts, sql` and `);

/**
 * The site-wide search: documents matching the words under the filters, best first (title matches outrank body
 * matches, then the closest spelling, then the newest), with matches per kind. When the words match nothing as
 * written, titles that match them despite a typo are the answer («выбоена» finds «Выбоина…»); a word that does
 * match is not blurred into its look-alikes («выбоина» does not bring «Выборгский»). Runs in one transaction so
 * the typo threshold is set for it alone.
 */
export async function searchDocumentsFor(db: Db, query: SearchQuery): Promise<SearchAnswer> {
  const folded = foldSearchText(query.q);
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${typoThreshold}`));
    const countFor = (fuzzy: boolean) =>
      queryRows<{ kind: string; count: number }>(
        tx,
        sql`select kind, count(*)::int as count from (select d.kind from search_documents d where ${and([matches(folded, false, fuzzy, filterQuery(query, false)), ...dateFilters(query)])} limit ${countCap + 1}) m group by kind`,
      );
    let fuzzy = false;
    let counted = await countFor(fuzzy);
    if (counted.length === 0) {
      fuzzy = true;
      counted = await countFor(fuzzy);
    }
    const all = counted.reduce((n, c) => n + c.count, 0);
    const capped = all > countCap;
    const counts = counted.sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind));
    const total = query.kind ? (counts.find((c) => c.kind === query.kind)?.count ?? 0) : Math.min(all, countCap);
    const tsq = textQuery(folded, false);
    const rows = await queryRows<Omit<SearchHit, 'date'> & { date: string | Date }>(
      tx,
      sql`select d.kind, d.id, d.title, d.title_en as "titleEn", d.excerpt, d.district_id as "districtId", d.status, d.date, d.path
          from (select * from search_documents d where ${and([matches(folded, false, fuzzy, filterQuery(query, true)), ...dateFilters(query)])} limit ${rankCap}) d
          order by ts_rank_cd(d.search, ${tsq}) + word_similarity(${folded}, d.folded) desc, d.date desc, d.kind, d.id
          limit ${query.limit} offset ${query.offset}`,
    );
    return { counts, total, capped, items: rows.map((r) => ({ ...r, date: r.kind === sitePageKind ? null : new Date(r.date) })) };
  });
}

export interface SearchSuggestion {
  kind: string;
  id: string;
  title: string;
  titleEn: string | null;
  path: string;
}

/**
 * Type-ahead: titles that match what has been typed so far (the last word as a prefix, or any word despite a typo),
 * closest spelling first.
 */
export async function suggestDocuments(db: Db, q: string, limit: number): Promise<SearchSuggestion[]> {
  const folded = foldSearchText(q);
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local pg_trgm.word_similarity_threshold = ${typoThreshold}`));
    return queryRows<SearchSuggestion>(
      tx,
      sql`select d.kind, d.id, d.title, d.title_en as "titleEn", d.path
          from (select * from search_documents d where ${matches(folded, true, true)} limit ${rankCap}) d
          order by word_similarity(${folded}, d.folded) desc, ts_rank_cd(d.search, ${textQuery(folded, true)}) desc, d.date desc, d.kind, d.id
          limit ${limit}`,
    );
  });
}
