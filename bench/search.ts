/**
 * bench/search: the city-wide search at the size issue 16 names — 1,000,000 indexed documents (ten kinds, titles and
 * texts from a vocabulary of a city's words, every district, three years of dates) — on PGlite (on disk) and a
 * throwaway PostgreSQL server. Timed in turns against a primary-key read of one document in the same run: a common
 * word (many matches: ranked, counted per kind up to the cap), a rarer two-word query, the same words with a typo (the
 * trigram fallback), a filtered query (kind, district, status) and type-ahead for a prefix. Prints p50 and p95 per
 * query and their ratio to the primary-key read to stdout, progress to stderr.
 * Run: `node --import tsx bench/search.ts` (also part of `npm run bench`). Options: BENCH_SEARCH_DOCS (default
 * 1,000,000), BENCH_SEARCH_ROUNDS (default 60), BENCH_SEARCH_BACKENDS (`pglite,postgres`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { searchDocumentsFor, suggestDocuments } from '../src/core/search/query.js';
import { filterTermsOf } from '../src/core/search/refresh.js';
import { findPostgresBinaries } from '../test/postgres-server.js';
import { measureInTurns } from './measure.js';
import { withThrowawayDatabase } from './throwaway-postgres.js';

const env = process.env;
const total = Number(env.BENCH_SEARCH_DOCS ?? 1_000_000);
const rounds = Number(env.BENCH_SEARCH_ROUNDS ?? 60);
const backends = (env.BENCH_SEARCH_BACKENDS ?? 'pglite,postgres').split(',');
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);

// a city's words: titles are three of them, texts eight; a word's frequency follows its position (the first most often)
const words = [
  'яма',
  'двор',
  'подъезд',
  'фонарь',
  'мусор',
  'снег',
  'лёд',
  'детская',
  'площадка',
  'сад',
  'школа',
  'поликлиника',
  'парк',
  'сквер',
  'дорога',
  'тротуар',
  'остановка',
  'автобус',
  'трамвай',
  'велодорожка',
  'скамейка',
  'урна',
  'газон',
  'дерево',
  'клумба',
  'лестница',
  'крыша',
  'протечка',
  'отопление',
  'лифт',
  'парковка',
  'шлагбаум',
  'забор',
  'граффити',
  'собака',
  'выгул',
  'спорт',
  'каток',
  'библиотека',
  'музей',
  'концерт',
  'субботник',
  'волонтёры',
  'бюджет',
  'проект',
  'инициатива',
  'опрос',
  'решение',
  'ремонт',
  'благоустройство',
];
const districts = [
  'admiralteysky',
  'vasileostrovsky',
  'vyborgsky',
  'kalininsky',
  'kirovsky',
  'kolpinsky',
  'krasnogvardeysky',
  'krasnoselsky',
  'kronshtadtsky',
  'kurortny',
  'moskovsky',
  'nevsky',
  'petrogradsky',
  'petrodvortsovy',
  'primorsky',
  'pushkinsky',
  'frunzensky',
  'tsentralny',
];
const kinds = ['report', 'discussion', 'proposal', 'initiative', 'idea', 'poll', 'event', 'department', 'service', 'place'];

/** Fills the index with `total` documents in batches of 50,000 (the indexes are built once at the end). */
async function fill(database: Database): Promise<void> {
  const db = database.db;
  await db.execute(sql`drop index if exists search_documents_search_idx`);
  await db.execute(sql`drop index if exists search_documents_folded_trgm_idx`);
  const w = sql.raw(`array[${words.map((x) => `'${x}'`).join(',')}]`);
  const d = sql.raw(`array[${districts.map((x) => `'${x}'`).join(',')}]`);
  const k = sql.raw(`array[${kinds.map((x) => `'${x}'`).join(',')}]`);
  // a word index skewed to the front: floor(n * r²) for a pseudo-random r of i
  const word = (salt: number) => sql.raw(`(${'w'})[1 + floor(${words.length} * power(((i::bigint * ${salt}) % 1000003) / 1000003.0, 2))::int]`);
  const batch = 50_000;
  for (let from = 0; from < total; from += batch) {
    const to = Math.min(total, from + batch);
    await db.execute(sql`
      insert into search_documents (kind, id, title, excerpt, folded, district_id, status, date, path, search)
      select kind, id, title, body, title, district, status, date, path,
             setweight(to_tsvector('russian', title), 'A') || setweight(to_tsvector('english', title), 'A')
             || setweight(to_tsvector('russian', body), 'B') || setweight(to_tsvector('english', body), 'B')
             || ${filterTermsOf(sql`kind`, sql`district`, sql`status`)}
      from (
        select (${k})[1 + i % ${kinds.length}] as kind, i::text as id,
               ${word(7919)} || ' ' || ${word(104729)} || ' ' || ${word(1299709)} || ' ' || i as title,
               ${word(15485863)} || ' ' || ${word(32452843)} || ' ' || ${word(49979687)} || ' ' || ${word(67867967)} || ' '
                 || ${word(86028121)} || ' ' || ${word(104395301)} || ' ' || ${word(122949823)} || ' ' || ${word(141650939)} as body,
               (${d})[1 + i % ${districts.length}] as district,
               case when i % 3 = 0 then 'closed' else 'open' end as status,
               now() - make_interval(secs => (i % 94608000)) as date,
               '/x/' || i as path
        from (select i, ${w} as w from generate_series(${from + 1}::int, ${to}::int) i) g
      ) s`);
    progress(`  ${to.toLocaleString('en')} documents`);
  }
  progress('  building the full-text and trigram indexes…');
  await db.execute(sql`create index search_documents_search_idx on search_documents using gin (search)`);
  await db.execute(sql`create index search_documents_folded_trgm_idx on search_documents using gin (folded gin_trgm_ops)`);
  await db.execute(sql`analyze search_documents`);
}

async function measure(database: Database) {
  const db = database.db;
  const page = { limit: 20, offset: 0 };
  return measureInTurns(rounds, [
    {
      label: 'primary-key read (baseline)',
      fn: (i) => db.execute(sql`select * from search_documents where kind = ${kinds[i % kinds.length]!} and id = ${String(1 + ((i * 7919) % total))}`),
    },
    { label: 'a common word («яма»)', fn: () => searchDocumentsFor(db, { q: 'яма', ...page }) },
    { label: 'two rarer words («каток граффити»)', fn: () => searchDocumentsFor(db, { q: 'каток граффити', ...page }) },
    { label: 'the same with typos («каток графити»)', fn: () => searchDocumentsFor(db, { q: 'каток графити', ...page }) },
    {
      label: 'filtered (kind, district, open)',
      fn: () => searchDocumentsFor(db, { q: 'ремонт', kind: 'report', districtId: 'nevsky', status: 'open', ...page }),
    },
    { label: 'type-ahead («благоустр»)', fn: () => suggestDocuments(db, 'благоустр', 6) },
  ]);
}

type Row = Awaited<ReturnType<typeof measure>>[number];
const results: { backend: string; rows: Row[] }[] = [];

if (backends.includes('pglite')) {
  progress('PGlite (on disk):');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-search-'));
  try {
    const lite = await openDatabase({ dataDir: dir });
    try {
      await migrate(lite.db);
      await fill(lite);
      results.push({ backend: 'PGlite', rows: await measure(lite) });
    } finally {
      await lite.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const bindir = backends.includes('postgres') ? findPostgresBinaries() : null;
if (bindir) {
  progress(`PostgreSQL (throwaway server from ${bindir}):`);
  await withThrowawayDatabase(bindir, 'gorod_bench_search', 4, async (database) => {
    await migrate(database.db);
    await fill(database);
    results.push({ backend: 'PostgreSQL', rows: await measure(database) });
  });
} else if (backends.includes('postgres')) progress('No PostgreSQL server binaries: PostgreSQL skipped.');

out(`\nbench/search — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}\n`);
out(`${total.toLocaleString('en')} indexed documents, ${rounds} rounds in turns; ms, and p95 as a multiple of the primary-key read's p95\n`);
for (const r of results) {
  const base = r.rows[0]!.p95;
  out(`\n${r.backend}\n\n| query | p50 ms | p95 ms | p95 × primary-key read |\n| --- | ---: | ---: | ---: |\n`);
  for (const row of r.rows) out(`| ${row.label} | ${row.p50.toFixed(2)} | ${row.p95.toFixed(2)} | ${(row.p95 / base).toFixed(1)}× |\n`);
}
