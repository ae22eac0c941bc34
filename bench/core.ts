/**
 * bench/core: the reads every request or every visit makes, against a primary-key read of one person
 * (`select * from users where id = $1`, unprepared) measured in turns in the same run, on PGlite (in memory) and on a
 * throwaway PostgreSQL server, with 10,000 residents:
 *   - GET /api/health (a prepared `select 1`), in process with app.inject;
 *   - the session lookup (cookie → actor with roles: one prepared statement, on every signed-in request);
 *   - GET /api/me (signed in: the session lookup, then the profile and the roles with their grant ids);
 *   - the home page's figures (GET /api/city: every module's counts);
 * and, on PGlite only, a sign-in's argon2id verify against one SHA-256. Prints medians and ratios to stdout,
 * progress to stderr. Run: `node --import tsx bench/core.ts` (`BENCH_CORE_ROUNDS=n`; also part of `npm run bench`).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { hashPassword, verifyPassword } from '../src/core/auth/passwords.js';
import { openScratchPglite, queryRows, type Database } from '../src/core/db/client.js';
import { migrate } from '../src/core/db/migrate.js';
import { modules } from '../src/modules.js';
import { createAdministrator } from '../src/modules/accounts/index.js';
import { resolveSession } from '../src/modules/accounts/use-cases/sessions.js';
import { findPostgresBinaries } from '../test/postgres-server.js';
import { measureInTurns } from './measure.js';
import { withThrowawayDatabase } from './throwaway-postgres.js';

const residents = 10_000;
const rounds = Number(process.env.BENCH_CORE_ROUNDS ?? 0) || 300;
const progress = (m: string) => process.stderr.write(`${m}\n`);

async function measure(backend: string, database: Database) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-bench-'));
  try {
    await migrate(database.db);
    await database.db.execute(
      sql`insert into users (email, password_hash, display_name, email_confirmed_at, verification, district_id)
          select 'resident' || g || '@example.org', 'x', 'Житель ' || g, now(), case when g % 3 = 0 then 'verified' else 'email' end, null
          from generate_series(1, ${residents}) g`,
    );
    await database.db.execute(sql`analyze`);
    const { app, ctx } = await buildApp(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, modules, { logger: false });
    await app.ready();
    try {
      await createAdministrator(ctx, { email: 'bench@example.org', password: 'Gulf-of-Finland-2026' });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'bench@example.org', password: 'Gulf-of-Finland-2026' } });
      const token = login.cookies.find((c) => c.name === 'gorod_session')!.value;
      const cookie = `gorod_session=${token}`;
      const ids = (await queryRows<{ id: string }>(database.db, sql`select id from users order by random() limit 500`)).map((r) => r.id);
      const ok = (res: { statusCode: number }) => {
        if (res.statusCode !== 200) throw new Error(`unexpected ${res.statusCode}`);
      };
      progress(`${backend}: ${residents} residents; ${rounds} rounds`);
      const rows = await measureInTurns(rounds, [
        { label: 'primary-key read (baseline)', fn: (i) => queryRows(database.db, sql`select * from users where id = ${ids[i % ids.length]!}`) },
        { label: 'GET /api/health (a prepared select 1, through HTTP)', fn: async () => ok(await app.inject({ method: 'GET', url: '/api/health' })) },
        {
          label: 'session lookup (cookie → actor with roles)',
          fn: async () => {
            if (!(await resolveSession(database.db, token))) throw new Error('no session');
          },
        },
        { label: 'GET /api/me (signed in, through HTTP)', fn: async () => ok(await app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })) },
        { label: 'home figures (GET /api/city, through HTTP)', fn: async () => ok(await app.inject({ method: 'GET', url: '/api/city' })) },
      ]);
      return { backend, rows };
    } finally {
      await app.close();
    }
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const results: Awaited<ReturnType<typeof measure>>[] = [];
const lite = await openScratchPglite();
try {
  results.push(await measure('PGlite', lite));
} finally {
  await lite.close();
}
const bindir = findPostgresBinaries();
if (bindir) await withThrowawayDatabase(bindir, 'gorod_bench_core', 4, async (database) => void results.push(await measure('PostgreSQL', database)));
else progress('No PostgreSQL server binaries: PostgreSQL skipped.');

const sha = await measureInTurns(rounds, [{ label: 'sha256', fn: async () => crypto.createHash('sha256').update('Gulf-of-Finland-2026').digest() }], 20);
const hash = await hashPassword('Gulf-of-Finland-2026');
const argon = await measureInTurns(30, [{ label: 'argon2id verify', fn: () => verifyPassword(hash, 'Gulf-of-Finland-2026') }], 3);

process.stdout.write(`bench/core — ${new Date().toISOString()} — node ${process.version}, ${os.cpus().length} cores; ${residents} residents\n\n`);
process.stdout.write('| backend | what | median ms | p90 ms | × primary-key read |\n| --- | --- | ---: | ---: | ---: |\n');
for (const r of results) {
  const pk = r.rows[0]!.p50;
  for (const row of r.rows)
    process.stdout.write(`| ${r.backend} | ${row.label} | ${row.p50.toFixed(3)} | ${row.p90.toFixed(3)} | ${(row.p50 / pk).toFixed(1)} |\n`);
}
process.stdout.write('\nNo ratio target in issue 14 for these reads (they are to be planned once: prepared statements).\n');
process.stdout.write(
  `A sign-in's argon2id verify costs ${(argon[0]!.p50 / sha[0]!.p50).toFixed(0)}× one SHA-256 (${argon[0]!.p50.toFixed(1)} ms: deliberate, against guessing).\n`,
);
