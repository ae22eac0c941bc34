import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runGorod, type GorodProcess } from './gorod-process.js';
import { findPostgresBinaries, freePort, startPostgres, type PostgresServer } from './postgres-server.js';

// A PostgreSQL restart (or failover) while residents write: the server must survive it, answer 503 with
// Retry-After while the database is away, serve again by itself when it is back, and lose no write it acknowledged.

const bindir = findPostgresBinaries();
if (!bindir) process.stderr.write('\n*** SKIPPED: the PostgreSQL restart test needs PostgreSQL server binaries (apt-get install postgresql). ***\n\n');

const writers = 200;
/** Each writer posts as several residents in turn: comments are limited to 5 a minute per person. */
const identitiesPerWriter = 8;
const discussionsCount = 20;
/** Writes acknowledged before PostgreSQL goes away, and after it is back, before the writers stop. */
const ackedBeforeRestart = 50;
const ackedAfterRestart = 50;

let server: PostgresServer | undefined;
let gorod: GorodProcess | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pgrestart-'));
  if (bindir) server = await startPostgres(bindir);
});
afterAll(async () => {
  if (gorod && gorod.child.exitCode === null) {
    gorod.child.kill('SIGKILL');
    await gorod.exited;
  }
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

interface Identity {
  cookie: string;
  csrf: string;
}

/** Residents with a confirmed e-mail and a session each, written straight into the database (the fixture, not the test). */
async function residents(url: string, n: number): Promise<Identity[]> {
  const ids: Identity[] = [];
  const rows: string[][] = [];
  for (let i = 0; i < n; i++) {
    const token = crypto.randomBytes(32).toString('base64url');
    const csrf = crypto.randomBytes(32).toString('base64url');
    ids.push({ cookie: `gorod_session=${token}`, csrf });
    rows.push([`writer-${i}@example.org`, `Writer ${i}`, crypto.createHash('sha256').update(token).digest('hex'), csrf]);
  }
  await withClient(url, async (c) => {
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await c.query(
        `with u as (
           insert into users (email, display_name, password_hash, verification, email_confirmed_at)
           select e, d, 'not-a-password-hash', 'email', now() from unnest($1::text[], $2::text[]) as t(e, d)
           returning id, email)
         insert into sessions (token_hash, user_id, csrf_token, expires_at)
         select t.h, u.id, t.c, now() + interval '1 day' from unnest($1::text[], $3::text[], $4::text[]) as t(e, h, c) join u on u.email = t.e`,
        [0, 1, 2, 3].map((k) => chunk.map((r) => r[k])),
      );
    }
  });
  return ids;
}

type Outcome = { at: number; ms: number } & (
  { kind: 'acked'; id: string } | { kind: 'status'; status: number; code: string; retryAfter: string | null } | { kind: 'dropped'; error: string }
);

describe.skipIf(!bindir)('a PostgreSQL restart under concurrent writers', () => {
  it('leaves the server running: 503 with Retry-After while the database is away, writes succeed again without a restart of the app, and every acknowledged write is stored', async () => {
    const tStart = Date.now();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    gorod = runGorod(['serve'], { DATABASE_URL: server!.url, DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0', DATABASE_POOL_SIZE: '10' });
    await gorod.waitFor(/serves http.*database: postgres/);
    const servingAt = Date.now();

    const people = await residents(server!.url, writers * identitiesPerWriter);
    const post = (who: Identity, url: string, body: unknown) =>
      fetch(`${base}${url}`, {
        method: 'POST',
        headers: { cookie: who.cookie, 'x-csrf-token': who.csrf, 'content-type': 'application/json', 'accept-language': 'en' },
        body: JSON.stringify(body),
        // an answer slower than this is a request left hanging (on a loaded machine answers take seconds)
        signal: AbortSignal.timeout(60_000),
      });
    // writers comment on 20 discussions (ten writers each), opened by residents at once
    const discussions = await Promise.all(
      Array.from({ length: discussionsCount }, async (_, i) => {
        const res = await post(people[i * identitiesPerWriter]!, '/api/discussions', {
          title: `Restart drill ${i}`,
          body: 'Comments keep coming while the database restarts.',
        });
        expect(res.status).toBe(201);
        return ((await res.json()) as { id: string }).id;
      }),
    );

    const outcomes: Outcome[] = [];
    let writing = true;
    const writer = async (w: number) => {
      let turn = 0;
      for (let n = 0; writing; n++) {
        const who = people[w * identitiesPerWriter + (turn % identitiesPerWriter)]!;
        const at = Date.now();
        try {
          const res = await post(who, `/api/comments/discussion/${discussions[w % discussionsCount]!}`, { body: `Writer ${w}, comment ${n}` });
          const body = (await res.json()) as { id?: string; error?: { code: string } };
          const ms = Date.now() - at;
          if (res.status === 201 && body.id) outcomes.push({ at, ms, kind: 'acked', id: body.id });
          else outcomes.push({ at, ms, kind: 'status', status: res.status, code: body.error?.code ?? '', retryAfter: res.headers.get('retry-after') });
          if (res.status === 429) turn++;
          // a client told to come back later waits a little (not the full Retry-After: the test measures recovery)
          if (res.status === 503) await sleep(200);
        } catch (err) {
          outcomes.push({ at, ms: Date.now() - at, kind: 'dropped', error: String((err as Error).cause ?? err) });
          await sleep(200);
        }
      }
    };
    const t0 = Date.now();
    const running = Array.from({ length: writers }, (_, w) => writer(w));
    const ackedSince = (t: number) => outcomes.filter((o) => o.kind === 'acked' && o.at + o.ms > t).length;

    // writes flow; then PostgreSQL goes away (fast shutdown: every connection is terminated, new ones refused) and
    // stays away for 2.5 s, while the writers keep writing
    await until(() => ackedSince(0) >= ackedBeforeRestart, 30_000);
    // a message falls due while the database is away: the mailer must deliver it once the database is back
    const mailId = await withClient(server!.url, async (c) => {
      const res = await c.query<{ id: string }>(
        `insert into mail_outbox (kind, "to", subject, text, next_attempt_at) values ('test', 'someone@example.org', 'After the restart', 'Hello', now() + interval '1 second') returning id`,
      );
      return res.rows[0]!.id;
    });
    const haltAt = Date.now();
    await server!.halt();
    const haltedAt = Date.now();
    await sleep(1000);
    const healthWhileAway = await timed(() => fetch(`${base}/api/health`, { signal: AbortSignal.timeout(20_000) }));
    const healthAwayBody = (await healthWhileAway.value?.json()) as { status: string } | undefined;
    await sleep(Math.max(0, haltedAt + 2500 - Date.now()));
    const resumeAt = Date.now();
    await server!.resume();
    const upAt = Date.now();
    // the writers go on until writes have flowed again for a while (they may never, if the app does not recover)
    await until(() => ackedSince(upAt) >= ackedAfterRestart, 30_000).catch(() => undefined);
    writing = false;
    await Promise.all(running);
    const t1 = Date.now();

    const alive = gorod.child.exitCode === null && gorod.child.signalCode === null;
    const acked = outcomes.filter((o): o is Extract<Outcome, { kind: 'acked' }> => o.kind === 'acked');
    const statuses = outcomes.filter((o): o is Extract<Outcome, { kind: 'status' }> => o.kind === 'status');
    const dropped = outcomes.filter((o): o is Extract<Outcome, { kind: 'dropped' }> => o.kind === 'dropped');
    const unavailable = statuses.filter((o) => o.status === 503);
    const limited = statuses.filter((o) => o.status === 429);
    const unexpected = statuses.filter((o) => o.status !== 503 && o.status !== 429);
    const ackedAfter = acked.filter((o) => o.at + o.ms > upAt);
    const recoveredMs = ackedAfter.length ? Math.min(...ackedAfter.map((o) => o.at + o.ms)) - upAt : null;
    const healthAfter = alive ? await fetch(`${base}/api/health`).catch(() => null) : null;

    // what the database holds: every acknowledged comment; background jobs the runner finished, and the message the
    // mailer delivered, after the restart
    let stored = 0;
    let jobsDoneAfter = 0;
    let mailSentAt: Date | null = null;
    await withClient(server!.url, async (c) => {
      stored = (await c.query<{ n: number }>('select count(*)::int as n from comments where id = any($1::uuid[])', [acked.map((o) => o.id)])).rows[0]!.n;
      await until(
        () => jobsDoneAfter > 0 && mailSentAt !== null,
        40_000,
        async () => {
          jobsDoneAfter = (await c.query<{ n: number }>('select count(*)::int as n from jobs where done_at > $1', [new Date(upAt)])).rows[0]!.n;
          mailSentAt = (await c.query<{ sent_at: Date | null }>('select sent_at from mail_outbox where id = $1', [mailId])).rows[0]!.sent_at;
        },
      ).catch(() => undefined);
    });

    const figures = {
      serverStartMs: servingAt - tStart,
      setupMs: t0 - servingAt,
      checksAfterWritingMs: Date.now() - t1,
      writers,
      seconds: ((t1 - t0) / 1000).toFixed(1),
      requests: outcomes.length,
      acknowledged: acked.length,
      acknowledgedAfterDatabaseBack: ackedAfter.length,
      storedOfAcknowledged: stored,
      answered503: unavailable.length,
      answered429: limited.length,
      otherStatuses: countBy(unexpected.map((o) => `${o.status} ${o.code}`)),
      droppedConnections: dropped.length,
      droppedSample: [...new Set(dropped.map((o) => o.error))].slice(0, 3),
      databaseShutdownMs: haltedAt - haltAt,
      databaseAwayMs: upAt - haltAt,
      databaseStartMs: upAt - resumeAt,
      firstWriteAckedAfterDatabaseBackMs: recoveredMs,
      healthWhileAway: healthWhileAway.value?.status ?? null,
      healthWhileAwayMs: healthWhileAway.ms,
      latency503Ms: percentiles(unavailable.map((o) => o.ms)),
      latencyAckedMs: percentiles(acked.map((o) => o.ms)),
      healthAfter: healthAfter?.status ?? null,
      jobsDoneAfterDatabaseBack: jobsDoneAfter,
      mailDueDuringOutageSentAfterMs: mailSentAt ? (mailSentAt as Date).getTime() - upAt : null,
      serverAlive: alive,
    };
    process.stderr.write(`PostgreSQL restart under ${writers} writers: ${JSON.stringify(figures, null, 2)}\n`);
    if (!alive) process.stderr.write(`server output:\n${gorod.output().slice(-4000)}\n`);

    expect(alive, 'the server process survived the restart').toBe(true);
    expect(gorod.output()).not.toMatch(/Unhandled 'error' event/);
    expect(gorod.output(), 'the operator is told').toMatch(/lost connections to the database/);
    expect(healthWhileAway.value?.status, 'health says the database is away').toBe(503);
    expect(healthAwayBody?.status).toBe('error');
    expect(healthAfter?.status, 'health says it is back').toBe(200);
    expect(unavailable.length, 'writes were refused with 503 while the database was away').toBeGreaterThan(0);
    for (const o of unavailable) {
      expect(o.code).toBe('database_unavailable');
      expect(o.retryAfter).toBe('5');
    }
    expect(unexpected, 'no answer other than 201, 503 or 429').toEqual([]);
    expect(dropped, 'no connection dropped or left hanging').toEqual([]);
    expect(ackedAfter.length, 'writes succeed again without restarting the app').toBeGreaterThanOrEqual(ackedAfterRestart);
    // by itself and soon: within 10 s of the database, plus what a write took before the restart on this machine
    const slowBefore = percentiles(acked.filter((o) => o.at + o.ms < haltAt).map((o) => o.ms))!.p95;
    expect(recoveredMs!, 'the app recovers within seconds of the database').toBeLessThan(10_000 + slowBefore);
    expect(jobsDoneAfter, 'the job runner goes on after the restart').toBeGreaterThan(0);
    expect(mailSentAt, 'the mailer goes on after the restart').not.toBeNull();
    expect(stored, 'every acknowledged write is in the database').toBe(acked.length);

    gorod.child.kill('SIGTERM');
    expect(await gorod.exited).toBe(0);
  }, 150_000);
});

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Runs `fn` with a connection of its own to the database (the test's view of what is stored). */
async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Waits until `check` holds, running `refresh` before each look (polling every 50 ms). */
async function until(check: () => boolean, timeoutMs: number, refresh?: () => Promise<void>): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    await refresh?.();
    if (check()) return;
    if (Date.now() > end) throw new Error(`condition not met in ${timeoutMs} ms`);
    await sleep(50);
  }
}

/** Runs a request and measures it; a failure to connect is a null value. */
async function timed<T>(fn: () => Promise<T>): Promise<{ value: T | null; ms: number }> {
  const at = Date.now();
  const value = await fn().catch(() => null);
  return { value, ms: Date.now() - at };
}

function percentiles(ms: number[]): { p50: number; p95: number; max: number } | null {
  if (!ms.length) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1)! };
}

function countBy(values: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of values) out[v] = (out[v] ?? 0) + 1;
  return out;
}
