import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPostgresBinaries, freePort, startPostgres, type PostgresServer } from './postgres-server.js';
import { runGorod, runGorodToEnd } from './gorod-process.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bindir = findPostgresBinaries();
let server: PostgresServer | undefined;
let dataDir = '';
beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-pgmode-'));
  if (bindir) server = await startPostgres(bindir);
});
afterAll(async () => {
  await server?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe.skipIf(!bindir)('PostgreSQL server mode (DATABASE_URL)', () => {
  it('two processes started at once on an empty database migrate and seed it once, then serve it side by side', async () => {
    const env = { DATABASE_URL: server!.url, DATA_DIR: dataDir };
    const [p1, p2] = [await freePort(), await freePort()];
    const a = runGorod(['serve'], { ...env, PORT: String(p1) });
    const b = runGorod(['serve'], { ...env, PORT: String(p2) });
    await a.waitFor(/serves http.*database: postgres/);
    await b.waitFor(/serves http.*database: postgres/);
    // exactly one of them seeded the demo city
    expect([a.output(), b.output()].filter((o) => /Demo administrator:/.test(o))).toHaveLength(1);
    for (const port of [p1, p2]) {
      const health = await (await fetch(`http://127.0.0.1:${port}/api/health`)).json();
      expect(health).toMatchObject({ status: 'ok', db: 'postgres' });
      const city = await (await fetch(`http://127.0.0.1:${port}/api/city`)).json();
      expect(city.figures).toMatchObject({ districts: 18, departments: 23 });
    }
    // a registration on one process is seen by the other
    const reg = await fetch(`http://127.0.0.1:${p1}/api/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'shared@example.org', password: 'Sadovaya-street-5', displayName: 'Shared' }),
    });
    expect(reg.status).toBe(201);
    // the other process knows the account and its password (it is not confirmed yet)
    const seen = await fetch(`http://127.0.0.1:${p2}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'shared@example.org', password: 'Sadovaya-street-5' }),
    });
    expect(seen.status).toBe(403);
    expect(((await seen.json()) as { error: { code: string } }).error.code).toBe('email_not_confirmed');
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    expect(await a.exited).toBe(0);
    expect(await b.exited).toBe(0);
    const verify = await runGorodToEnd(['audit', 'verify'], env);
    expect(verify.code).toBe(0);
  });
});
