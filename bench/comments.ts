/**
 * bench/comments: one thread of 10,000 comments (6,000 top-level, 2,500 replies, 1,500 replies to replies) with 100,000
 * votes, inserted in bulk with generate_series, on PGlite and on a throwaway PostgreSQL server. Measures the real list
 * use case — the first page in the "best" and "newest" sorts, and a deep page whose cursor lies after ~9,000 comments —
 * as CPU per request (this process, PGlite included, plus the PostgreSQL server's processes; bench/cpu.ts) against a
 * plain primary-key read (`select * from comments where id = $1`) in turns in the same run, with wall time alongside.
 * Prints medians, ratios and whether the target (a page ≤ 3× the primary-key read) holds to stdout, progress to
 * stderr. Run: `node --import tsx bench/comments.ts` (also part of `npm run bench`); BENCH_COMMENTS_ROUNDS (rounds of
 * 10 calls, 60 by default) and BENCH_COMMENTS_BACKENDS=pglite,postgres keep development runs short.
 */
import os from 'node:os';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { anonymous, type Actor } from '../src/core/auth/actor.js';
import { allow } from '../src/core/auth/decision.js';
import { openScratchPglite, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import type { EntitySummary } from '../src/core/module/entities.js';
import { defineModule } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import { decodeThreadCursor, encodeThreadCursor, type ThreadSort } from '../src/modules/comments/domain/cursor.js';
import { countLive, threadPageStatement } from '../src/modules/comments/db/queries.js';
import { preparedSql } from '../src/core/db/prepared.js';
import { listThread } from '../src/modules/comments/use-cases/list-thread.js';
import { findPostgresBinaries } from '../test/postgres-server.js';
import { withThrowawayDatabase } from './throwaway-postgres.js';
import { measureCpuInTurns, serverCpuOf } from './cpu.js';

const roots = 6000;
const replies = 2500;
const deepReplies = 1500;
const people = 200;
const votesPerComment = 10; // 10,000 comments × 10 = 100,000 votes
const hostId = 'thread-10k';

const progress = (m: string) => process.stderr.write(`${m}\n`);
/** The target: a comments page costs at most this many primary-key reads. */
const target = 3;
/** Rounds of 10 calls per backend (BENCH_COMMENTS_ROUNDS; fewer while developing). */
const rounds = Number(process.env.BENCH_COMMENTS_ROUNDS ?? 0) || undefined;
/** Which backends to measure (BENCH_COMMENTS_BACKENDS=pglite,postgres, the default). */
const backends = (process.env.BENCH_COMMENTS_BACKENDS ?? 'pglite,postgres').split(',').map((b) => b.trim());

/**
 * Whether the bench host keeps its comment count, as every host does (`commentCount` in their comment rules: a
 * discussion, an idea, a proposal, an initiative, a report); one line measures a host that would not.
 */
let hostKeepsCount = true;

// The host of the bench thread: open, no stance. It stands for a discussion without depending on one.
const benchHostModule = defineModule({
  name: 'benchhost',
  entities: [
    {
      type: 'benchhost',
      async describe(_db, ids) {
        return new Map<string, EntitySummary>(
          ids.map((id) => [
            id,
            {
              type: 'benchhost',
              id,
              title: 'Bench',
              excerpt: '',
              path: `/bench/${id}`,
              authorId: null,
              visible: true,
              districtId: null,
              createdAt: new Date(),
            },
          ]),
        );
      },
      async commentRules() {
        const rules = { decision: allow, stance: false, title: 'Bench', path: `/bench/${hostId}` };
        return hostKeepsCount ? { ...rules, commentCount: roots + replies + deepReplies } : rules;
      },
    },
  ],
});

/** Fills the thread: people, comments in three levels with consistent paths and reply counts, votes and their counters. */
async function seed(database: Database): Promise<void> {
  const db = database.db;
  const step = async (label: string, query: ReturnType<typeof sql>) => {
    const t0 = performance.now();
    await db.execute(query);
    progress(`  ${label} (${(performance.now() - t0).toFixed(0)} ms)`);
  };
  await step(
    `${people} people`,
    sql`insert into users (email, password_hash, display_name, email_confirmed_at, verification)
        select 'bench' || g || '@example.org', 'x', 'Житель ' || g, now(), 'email' from generate_series(1, ${people}) g`,
  );
  await step(
    `${roots} top-level comments`,
    sql`with ppl as (select array_agg(id order by email) as ids from users where email like 'bench%'),
             c as (select gen_random_uuid() as id, nextval(pg_get_serial_sequence('comments', 'seq')) as seq, g from generate_series(1, ${roots}) g)
        insert into comments (id, seq, host_type, host_id, parent_id, root_id, depth, path, author_id, body, created_at)
        select c.id, c.seq, 'benchhost', ${hostId}, null, c.id, 0, lpad(c.seq::text, 12, '0'), ppl.ids[1 + c.g % ${people}],
               'Комментарий номер ' || c.g || ': во дворе на Невском проспекте снова не убран снег, и это уже третья неделя.',
               now() - make_interval(mins => ${roots} - c.g)
        from c, ppl`,
  );
  // replies go to every 12th top-level comment (5 each); replies to replies to the first 1,500 replies
  await step(
    `${replies} replies`,
    sql`with ppl as (select array_agg(id order by email) as ids from users where email like 'bench%'),
             p as (select id, path, row_number() over (order by seq) as rn from comments where host_id = ${hostId} and depth = 0),
             c as (select gen_random_uuid() as id, nextval(pg_get_serial_sequence('comments', 'seq')) as seq, g from generate_series(1, ${replies}) g)
        insert into comments (id, seq, host_type, host_id, parent_id, root_id, depth, path, author_id, body)
        select c.id, c.seq, 'benchhost', ${hostId}, p.id, p.id, 1, p.path || '.' || lpad(c.seq::text, 12, '0'), ppl.ids[1 + (c.g * 7) % ${people}], 'Ответ ' || c.g
        from c join p on p.rn = 1 + ((c.g - 1) / 5) * 12, ppl`,
  );
  await step(
    `${deepReplies} replies to replies`,
    sql`with ppl as (select array_agg(id order by email) as ids from users where email like 'bench%'),
             p as (select id, root_id, path, row_number() over (order by seq) as rn from comments where host_id = ${hostId} and depth = 1),
             c as (select gen_random_uuid() as id, nextval(pg_get_serial_sequence('comments', 'seq')) as seq, g from generate_series(1, ${deepReplies}) g)
        insert into comments (id, seq, host_type, host_id, parent_id, root_id, depth, path, author_id, body)
        select c.id, c.seq, 'benchhost', ${hostId}, p.id, p.root_id, 2, p.path || '.' || lpad(c.seq::text, 12, '0'), ppl.ids[1 + (c.g * 13) % ${people}], 'Ответ на ответ ' || c.g
        from c join p on p.rn = c.g, ppl`,
  );
  await step(
    'reply counts',
    sql`update comments set reply_count = x.n
        from (select root_id as id, count(*)::int as n from comments where host_id = ${hostId} and depth > 0 group by root_id
              union all
              select parent_id, count(*)::int from comments where host_id = ${hostId} and depth = 2 group by parent_id) x
        where comments.id = x.id`,
  );
  await step(
    `${votesPerComment * (roots + replies + deepReplies)} votes`,
    sql`with ppl as (select array_agg(id order by email) as ids from users where email like 'bench%'),
             c as (select id, row_number() over (order by seq) as rn from comments where host_id = ${hostId})
        insert into comment_votes (comment_id, user_id, value)
        select c.id, ppl.ids[1 + ((c.rn * 17 + v) % ${people})], case when v < (c.rn * 7919) % 11 then 1 else -1 end
        from c cross join generate_series(0, ${votesPerComment - 1}) v, ppl`,
  );
  await step(
    'vote counters',
    sql`update comments set up = x.up, down = x.down, score = x.up - x.down
        from (select comment_id, count(*) filter (where value = 1)::int as up, count(*) filter (where value = -1)::int as down from comment_votes group by comment_id) x
        where comments.id = x.comment_id`,
  );
  await step('analyze', sql`analyze`);
}

/** The cursor of the top-level comment after which ~`after` comments (roots with their replies) precede, in a sort. */
async function deepCursor(database: Database, sort: ThreadSort, after: number): Promise<string> {
  const order = sort === 'best' ? sql`score desc, seq desc` : sort === 'newest' ? sql`seq desc` : sql`seq asc`;
  const [row] = await queryRows<{ score: number; seq: string; before: string }>(
    database.db,
    sql`select score, seq, before from (
          select score, seq, sum(1 + reply_count) over (order by ${order}) as before
          from comments where host_type = 'benchhost' and host_id = ${hostId} and parent_id is null) x
        where before >= ${after} order by before limit 1`,
  );
  return encodeThreadCursor(sort, { score: Number(row!.score), seq: Number(row!.seq) });
}

/** Seeds the thread on one database and measures; returns the table rows. */
async function measure(backend: string, database: Database, rounds: number) {
  const t0 = performance.now();
  await migrate(database.db);
  await seed(database);
  progress(`  seeded in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const ctx = createContext(loadConfig({ DATA_DIR: os.tmpdir(), LOG_LEVEL: 'silent' }), database, [...modules, benchHostModule], pino({ level: 'silent' }));
  const db = database.db;
  const [counts] = await queryRows<{ comments: number; votes: number }>(
    db,
    sql`select (select count(*) from comments)::int as comments, (select count(*) from comment_votes)::int as votes`,
  );
  progress(`  ${counts!.comments} comments, ${counts!.votes} votes`);
  const ids = (await queryRows<{ id: string }>(db, sql`select id from comments order by random() limit 500`)).map((r) => r.id);
  const [voter] = await queryRows<{ id: string }>(db, sql`select id from users where email = 'bench1@example.org'`);
  const signedIn: Actor = { kind: 'user', userId: voter!.id, displayName: 'x', verification: 'email', roles: [], language: 'ru', districtId: null };
  const deepBest = await deepCursor(database, 'best', 9000);
  const deepNewest = await deepCursor(database, 'newest', 9000);

  const page =
    (actor: Actor, sort: ThreadSort, cursor?: string, keepsCount = true) =>
    async () => {
      hostKeepsCount = keepsCount;
      const res = await listThread(ctx, actor, { hostType: 'benchhost', hostId, sort, cursor, limit: 20 });
      if (res.items.length !== 20 || res.total !== roots + replies + deepReplies)
        throw new Error(`unexpected page: ${res.items.length} items, total ${res.total}`);
    };
  const first = await listThread(ctx, anonymous, { hostType: 'benchhost', hostId, sort: 'best', limit: 20 });
  const deep = await listThread(ctx, anonymous, { hostType: 'benchhost', hostId, sort: 'best', cursor: deepBest, limit: 20 });
  const shown = (p: typeof first) => p.items.length + p.items.reduce((s, i) => s + i.replies.length, 0);
  progress(
    `  first page: ${first.items.length} top-level + ${shown(first) - first.items.length} replies; deep page: ${deep.items.length} + ${shown(deep) - deep.items.length}`,
  );

  const rows = await measureCpuInTurns(
    rounds,
    [
      { label: 'primary-key read (baseline)', fn: (i) => queryRows(db, sql`select * from comments where id = ${ids[i % ids.length]!}`) },
      { label: 'first page, best', fn: page(anonymous, 'best') },
      { label: 'first page, newest', fn: page(anonymous, 'newest') },
      { label: 'deep page (after ~9,000 comments), best', fn: page(anonymous, 'best', deepBest) },
      { label: 'deep page (after ~9,000 comments), newest', fn: page(anonymous, 'newest', deepNewest) },
      { label: 'deep page, best, signed in (+ own votes)', fn: page(signedIn, 'best', deepBest) },
      {
        label: 'first page, best, on a host that keeps no count (none does now: reports keep one too; the page sums the total)',
        fn: page(anonymous, 'best', undefined, false),
      },
      { label: 'the total alone (a sum over all top-level comments)', fn: () => countLive(db, 'benchhost', hostId) },
    ],
    await serverCpuOf(database),
  );
  // the plan of a deep "best" page's statement, exactly as threadPage sends it (its values bound)
  const statement = threadPageStatement({
    hostType: 'benchhost',
    hostId,
    sort: 'best',
    cursor: decodeThreadCursor('best', deepBest),
    fetch: 21,
    page: 20,
    perRoot: 21,
    viewer: { userId: null, moderator: false },
    withTotal: false,
  });
  const plan = await preparedSql<Record<string, string>>(db, `explain_${statement.kind}`, () => sql`explain ${statement.text()}`).execute(statement.values);
  const planText = plan.map((r) => String(Object.values(r)[0]).trim()).join(' | ');
  return {
    backend,
    rows,
    pk: rows[0]!,
    scan: /Index (Only )?Scan using comments_host_best_idx/.test(planText) ? 'one index scan of comments_host_best_idx' : `NOT an index scan: ${planText}`,
  };
}

const results: Awaited<ReturnType<typeof measure>>[] = [];

if (backends.includes('pglite')) {
  progress('PGlite (in memory):');
  const lite = await openScratchPglite();
  try {
    results.push(await measure('PGlite', lite, rounds ?? 60));
  } finally {
    await lite.close();
  }
}

const bindir = backends.includes('postgres') ? findPostgresBinaries() : null;
if (bindir) {
  progress(`PostgreSQL (throwaway server from ${bindir}):`);
  await withThrowawayDatabase(bindir, 'gorod_bench', 4, async (database) => {
    results.push(await measure('PostgreSQL', database, rounds ?? 60));
  });
} else if (backends.includes('postgres')) {
  progress('No PostgreSQL server binaries: PostgreSQL skipped.');
}

process.stdout.write(`\nbench/comments — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores\n`);
process.stdout.write(
  `One thread: ${roots + replies + deepReplies} comments (${roots} top-level, ${replies} replies, ${deepReplies} replies to replies), ${votesPerComment * (roots + replies + deepReplies)} votes. A page: 20 top-level comments with their first replies, authors, total.\n`,
);
process.stdout.write(
  "CPU per request: this process (PGlite included) + the PostgreSQL server's processes, medians of rounds of 10 in turns; wall time alongside.\n\n",
);
process.stdout.write(
  '| backend | what | CPU ms (app + server) | × primary-key read | wall ms | × primary-key read |\n| --- | --- | ---: | ---: | ---: | ---: |\n',
);
for (const r of results) {
  for (const row of r.rows)
    process.stdout.write(
      `| ${r.backend} | ${row.label} | ${row.cpuMs.toFixed(3)} (${row.appCpuMs.toFixed(3)} + ${row.serverCpuMs.toFixed(3)}) | ${(row.cpuMs / r.pk.cpuMs).toFixed(1)} | ${row.wallMs.toFixed(3)} | ${(row.wallMs / r.pk.wallMs).toFixed(1)} |\n`,
    );
}
for (const r of results) {
  const firstBest = r.rows[1]!.cpuMs;
  const deepBest = r.rows[3]!.cpuMs;
  process.stdout.write(`\n${r.backend}: the deep page costs ${(deepBest / firstBest).toFixed(2)}× the first page in CPU (keyset: ${r.scan}).`);
  // the target holds when every page (rows 1–5: first and deep, both sorts, signed in) is within it
  const worst = Math.max(...r.rows.slice(1, 6).map((row) => row.cpuMs)) / r.pk.cpuMs;
  process.stdout.write(
    `\n${r.backend}: comments page ${worst.toFixed(1)}× primary-key read in CPU at worst (target ≤ ${target}×): ${worst <= target ? 'holds' : 'does not hold'}.`,
  );
}
process.stdout.write('\n');
