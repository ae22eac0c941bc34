/**
 * bench/messages: live delivery of messages (issue 18's Measure) — with BENCH_MESSAGES_STREAMS (default 2,000) people
 * each holding one open page (GET /api/live, a real listening server on 127.0.0.1), the time from sending a message
 * to its recipient's page hearing of it (p50/p95, one message at a time, the recipient a different person each time)
 * and messages per second (8 senders at once, each message awaited until delivered), against a plain INSERT of the
 * same row in the same run. Three setups:
 *   - PGlite, one process: the app, its streams and the sender in this process (the bus hands events over in memory);
 *   - PostgreSQL, one process: the same on a throwaway server (publish is NOTIFY; the process hears its own LISTEN);
 *   - PostgreSQL, two processes: the streams on a second app process (`gorod serve`), the sender here: each message
 *     crosses processes through LISTEN/NOTIFY.
 * What is sent: the messages module's `sendMessage` in a direct conversation between the sender and each recipient
 * (its rules, the row, the unread notice queued, then `ctx.live.publish`); the baseline inserts the same message row.
 * Prints figures and ratios to stdout, progress to stderr. Run: `npm run bench:messages`. Options:
 * BENCH_MESSAGES_STREAMS, BENCH_MESSAGES_ROUNDS (latency samples, default 400), BENCH_MESSAGES_TOTAL (throughput
 * messages, default 4,000), BENCH_MESSAGES_SETUPS (`pglite,postgres,postgres-2`).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import type { ModuleContext } from '../src/core/module/module.js';
import { modules } from '../src/modules.js';
import type { UserActor } from '../src/core/auth/actor.js';
import { startSession } from '../src/modules/accounts/index.js';
import { directKey } from '../src/modules/messages/domain/rules.js';
import { sendMessage } from '../src/modules/messages/use-cases/send-message.js';
import { findPostgresBinaries, freePort, startPostgres } from '../test/postgres-server.js';
import { runGorod } from '../test/gorod-process.js';
import { LiveStream } from '../test/live-stream.js';
import { measureInTurns, throughputInTurns } from './measure.js';

const env = process.env;
const streamCount = Number(env.BENCH_MESSAGES_STREAMS ?? 2_000);
const rounds = Number(env.BENCH_MESSAGES_ROUNDS ?? 400);
const total = Number(env.BENCH_MESSAGES_TOTAL ?? 4_000);
const setups = (env.BENCH_MESSAGES_SETUPS ?? 'pglite,postgres,postgres-2').split(',');
const progress = (m: string) => process.stderr.write(`${m}\n`);
const out = (m: string) => process.stdout.write(m);
const sending = 'the messages module’s sendMessage (a direct conversation, text only)';

interface Result {
  setup: string;
  latency: { label: string; p50: number; p95: number }[];
  rate: { label: string; perSecond: number }[];
}

/** The people and how a message is sent to the `r`th recipient (returns the key its live event carries). */
interface Fixture {
  cookies: string[];
  send: (ctx: ModuleContext, r: number, i: number) => Promise<string>;
  plainInsert: (ctx: ModuleContext, r: number, i: number) => Promise<unknown>;
}

/**
 * The sender and `count` recipients (confirmed, e-mail level) with a session each, and a direct conversation between the
 * sender and each recipient, as a fixture (rows, not use cases). A message is sent by the messages module's `sendMessage`
 * (its rules, the row, the unread notice queued, then `ctx.live.publish`); the baseline inserts the same message row.
 */
async function fixture(database: Database, count: number): Promise<Fixture> {
  const db = database.db;
  await db.execute(sql`insert into users (email, password_hash, display_name, email_confirmed_at, verification, language)
    select 'live-' || g || '@example.org', 'x', 'Житель ' || g, now(), 'email', 'en' from generate_series(0, ${count}) g`);
  const ids = (
    await queryRows<{ id: string }>(
      db,
      sql`select id from users where email like 'live-%@example.org' order by split_part(substring(email from 6), '@', 1)::int`,
    )
  ).map((r) => r.id);
  const [senderId, ...recipients] = ids as [string, ...string[]];
  const conversationIds: string[] = [];
  for (const r of recipients) {
    const [c] = await queryRows<{ id: string }>(
      db,
      sql`insert into conversations (kind, direct_key) values ('direct', ${directKey(senderId, r)}) returning id`,
    );
    await db.execute(sql`insert into conversation_participants (conversation_id, user_id) values (${c!.id}, ${senderId}), (${c!.id}, ${r})`);
    conversationIds.push(c!.id);
  }
  const cookies: string[] = [];
  for (const r of recipients) cookies.push(`gorod_session=${(await startSession(db, r, 'bench')).token}`);
  const sender: UserActor = { kind: 'user', userId: senderId, displayName: 'Житель 0', verification: 'email', roles: [], language: 'en', districtId: null };
  return {
    cookies,
    send: async (ctx, r, i) => (await sendMessage(ctx, sender, conversationIds[r]!, { text: `Сообщение ${i}` })).id,
    plainInsert: (ctx, r, i) =>
      ctx.database.db.execute(
        sql`insert into conversation_messages (conversation_id, author_id, body) values (${conversationIds[r]!}, ${senderId}, ${`Сообщение ${i}`})`,
      ),
  };
}

/** Opens one stream per recipient on `baseUrl`, 100 at a time; resolves when every one has said it is open. */
async function openStreams(baseUrl: string, cookies: string[], onEvent: (key: string, at: number) => void): Promise<LiveStream[]> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const streams: LiveStream[] = [];
  const t0 = performance.now();
  for (let i = 0; i < cookies.length; i += 100) {
    const batch = cookies.slice(i, i + 100).map((c) => new LiveStream(baseUrl, c, agent));
    await Promise.all(batch.map((s) => s.opened(60_000)));
    for (const s of batch) s.onEvent = (e, at) => onEvent(eventKey(e.data), at);
    streams.push(...batch);
    process.stderr.write(`\r  ${streams.length}/${cookies.length} live streams open`);
  }
  process.stderr.write(` in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return streams;
}

/** Sends with `ctx` and times the delivery to streams already open for `recipients`. */
async function measure(setup: string, ctx: ModuleContext, fixture: Fixture, baseUrl: string): Promise<Result> {
  // an event may reach its page before the send returns (the id is known then): arrivals wait for their sends, and sends for arrivals
  const arrived = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  // live delivery alone: from the send's publish to the page, whatever the send did before
  const publishedAt = new Map<string, number>();
  const deliveries: number[] = [];
  const streams = await openStreams(baseUrl, fixture.cookies, (key, at) => {
    const from = publishedAt.get(key);
    if (from !== undefined) {
      deliveries.push(at - from);
      publishedAt.delete(key);
    }
    const w = waiting.get(key);
    if (w) {
      waiting.delete(key);
      w();
    } else arrived.set(key, at);
  });
  const live = ctx.live;
  const publish = live.publish.bind(live);
  live.publish = (userIds, event) => {
    publishedAt.set(eventKey(event.data), performance.now());
    return publish(userIds, event);
  };
  /** One message to recipient `i`: sent (stored, published) and resolved when that recipient's page has it. */
  const sendAndDeliver = async (i: number) => {
    const key = await fixture.send(ctx, i % fixture.cookies.length, i);
    if (arrived.delete(key)) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`message ${key} not delivered in 10 s`)), 10_000);
      waiting.set(key, () => {
        clearTimeout(timer);
        resolve();
      });
    });
  };
  const plain = (i: number) => fixture.plainInsert(ctx, i % fixture.cookies.length, i);
  progress(`  latency, ${rounds} messages one at a time:`);
  const latency = await measureInTurns(rounds, [
    { label: 'plain INSERT of the row', fn: plain },
    { label: 'send → the recipient’s page has it', fn: sendAndDeliver },
  ]);
  const sorted = deliveries.sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
  latency.push({ label: 'of which publish → the page (live delivery alone)', p50: at(0.5), p90: at(0.9), p95: at(0.95) });
  progress(`  throughput, ${total} messages, 8 at a time:`);
  const rate = await throughputInTurns(total, 8, 10, [
    { label: 'plain INSERT of the row', fn: plain },
    { label: 'send → delivered', fn: sendAndDeliver },
  ]);
  for (const s of streams) s.close();
  return { setup, latency, rate };
}

/** The key a message's live event carries (its id). */
const eventKey = (data: unknown) => String((data as { messageId?: string } | null)?.messageId ?? '');

/** A fresh app context on `database` with the people; `use` runs with a listening app on 127.0.0.1 (its own streams). */
async function withApp<T>(database: Database, use: (ctx: ModuleContext, baseUrl: string) => Promise<T>): Promise<T> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-live-'));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', SEED_DEMO: '0' });
  const { app, ctx } = await buildApp(config, database, modules, { logger: false });
  try {
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    return await use(ctx, baseUrl);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: Result[] = [];
const loadAtStart = os.loadavg()[0]!.toFixed(1);

if (setups.includes('pglite')) {
  progress('PGlite (on disk), one process:');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-live-db-'));
  const database = await openDatabase({ dataDir });
  try {
    await migrate(database.db);
    const f = await fixture(database, streamCount);
    results.push(await withApp(database, (ctx, url) => measure('PGlite, one process', ctx, f, url)));
  } finally {
    await database.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const bindir = findPostgresBinaries();
if (bindir && (setups.includes('postgres') || setups.includes('postgres-2'))) {
  progress(`PostgreSQL (throwaway server from ${bindir}):`);
  const server = await startPostgres(bindir);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-live-pg-'));
  try {
    const admin = new pg.Client({ connectionString: server.url });
    await admin.connect();
    await admin.query('create database gorod_bench_live');
    await admin.end();
    const url = server.url.replace(/\/postgres$/, '/gorod_bench_live');
    const database = await openDatabase({ databaseUrl: url, dataDir, poolSize: 10 });
    try {
      await migrate(database.db);
      const f = await fixture(database, streamCount);
      if (setups.includes('postgres')) {
        progress(' one process:');
        results.push(await withApp(database, (ctx, base) => measure('PostgreSQL, one process', ctx, f, base)));
      }
      if (setups.includes('postgres-2')) {
        progress(' two processes (streams on a second `gorod serve`):');
        const port = await freePort();
        const other = runGorod(['serve'], { DATABASE_URL: url, DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', SEED_DEMO: '0' });
        try {
          await other.waitFor(/serves http/, 120_000);
          results.push(await withApp(database, (ctx) => measure('PostgreSQL, two processes', ctx, f, `http://127.0.0.1:${port}`)));
        } finally {
          other.child.kill('SIGTERM');
          await other.exited;
        }
      }
    } finally {
      await database.close();
    }
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
} else if (setups.some((s) => s.startsWith('postgres'))) progress('No PostgreSQL server binaries: the PostgreSQL runs skipped.');

out(`bench/messages — ${streamCount.toLocaleString('en')} open live pages (one person each), load average at the start ${loadAtStart}; sending: ${sending}\n`);
out('| setup | what | p50 ms | p95 ms | ratio p50 | per second | ratio rate |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |\n');
for (const r of results) {
  const [plainL, sendL, liveL] = r.latency;
  const [plainR, sendR] = r.rate;
  const row = (what: string, l: { p50: number; p95: number }, ratio: string, rate: string) =>
    out(`| ${r.setup} | ${what} | ${l.p50.toFixed(2)} | ${l.p95.toFixed(2)} | ${ratio} | ${rate} |\n`);
  row(plainL!.label, plainL!, '1.0x', `${plainR!.perSecond.toFixed(0)} | 1.0x`);
  row(
    sendL!.label,
    sendL!,
    `${(sendL!.p50 / plainL!.p50).toFixed(1)}x`,
    `${sendR!.perSecond.toFixed(0)} | ${(plainR!.perSecond / sendR!.perSecond).toFixed(1)}x slower`,
  );
  row(liveL!.label, liveL!, `${(liveL!.p50 / plainL!.p50).toFixed(1)}x`, ' | ');
}
