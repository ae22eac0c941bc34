/**
 * Benchmarks of the foundation's hot paths, each against a baseline measured in the same run:
 *   - an authenticated request (`GET /api/me`: session lookup + roles + profile) against the
 *     cheapest database request (`GET /api/health`: `select 1`), in process with app.inject;
 *   - a sign-in (argon2id verify) against one SHA-256, to show what the password hash costs.
 *   - bench/comments.ts: a 10,000-comment thread's first and deep pages against a primary-key read.
 *   - bench/reports.ts: 500,000 reports: the map at city and street zoom and the filtered list against
 *     a primary-key read; filing throughput.
 *   - bench/budgeting.ts: the winner rules on real pabulib elections against parsing the file; ballot
 *     casting throughput on PostgreSQL with 100,000 verified voters against a plain insert.
 *   - bench/voting.ts: a binding city poll with 1,000,000 responses on PostgreSQL: responses/s through the
 *     respond use case against a plain insert of the same rows; the time to close and publish the results.
 *   - bench/startup.ts: the CPU `gorod --help` and `gorod pb compute` spend starting, compiled against tsx.
 * Prints figures and ratios to stdout; progress to stderr. Run: `npm run bench`.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { hashPassword, verifyPassword } from '../src/core/auth/passwords.js';
import { openScratchPglite } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { modules } from '../src/modules.js';
import { createAdministrator } from '../src/modules/accounts/index.js';

async function timeIt(label: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < Math.min(50, n); i++) await fn(); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) {
    await fn();
    if (i % 200 === 0) process.stderr.write(`\r${label}: ${i}/${n}`);
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  process.stderr.write(`\r${label}: ${n}/${n}\n`);
  return { label, n, perOpMs: ms / n, perSecond: (n / ms) * 1000 };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-'));
const database = await openScratchPglite();
await migrate(database.db);
const { app, ctx } = await buildApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, modules, { logger: false });
await app.ready();
await createAdministrator(ctx, { email: 'bench@example.org', password: 'Gulf-of-Finland-2026' });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'bench@example.org', password: 'Gulf-of-Finland-2026' } });
const cookie = `gorod_session=${login.cookies.find((c) => c.name === 'gorod_session')!.value}`;

const health = await timeIt('GET /api/health (baseline)', 3000, () => app.inject({ method: 'GET', url: '/api/health' }));
const me = await timeIt('GET /api/me (signed in)', 3000, () => app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }));
const sha = await timeIt('sha256 (baseline)', 3000, async () => crypto.createHash('sha256').update('Gulf-of-Finland-2026').digest());
const hash = await hashPassword('Gulf-of-Finland-2026');
const argon = await timeIt('argon2id verify', 60, () => verifyPassword(hash, 'Gulf-of-Finland-2026'));

const rows = [health, me, sha, argon];
process.stdout.write(`Gorod benchmarks — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores, PGlite in memory\n\n`);
process.stdout.write('| what | ops | ms/op | ops/s |\n| --- | ---: | ---: | ---: |\n');
for (const r of rows) process.stdout.write(`| ${r.label} | ${r.n} | ${r.perOpMs.toFixed(3)} | ${r.perSecond.toFixed(0)} |\n`);
process.stdout.write(`\nGET /api/me costs ${(me.perOpMs / health.perOpMs).toFixed(1)}× the baseline request (session + roles + profile: 3 queries vs 1).\n`);
process.stdout.write(
  `A sign-in's argon2id verify costs ${(argon.perOpMs / sha.perOpMs).toFixed(0)}× one SHA-256 (${argon.perOpMs.toFixed(1)} ms: deliberate, against guessing).\n`,
);

await app.close();
await database.close();
fs.rmSync(dataDir, { recursive: true, force: true });

// the comments bench runs on its own databases (PGlite and a throwaway PostgreSQL) once this one is closed
process.stdout.write('\n');
await import('./comments.js');
process.stdout.write('\n');
await import('./reports.js');
process.stdout.write('\n');
await import('./budgeting.js');
process.stdout.write('\n');
await import('./voting.js');
process.stdout.write('\n');
await import('./startup.js');
