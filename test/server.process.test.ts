import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/core/db/client.js';
import { runGorod, runGorodToEnd } from './gorod-process.js';
import { freePort } from './postgres-server.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-proc-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function api(port: number, method: string, url: string, body?: unknown) {
  const res = await fetch(`http://127.0.0.1:${port}${url}`, {
    method,
    headers: body ? { 'content-type': 'application/json', 'accept-language': 'en' } : { 'accept-language': 'en' },
    body: body ? JSON.stringify(body) : undefined,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe('the embedded database folder', () => {
  it('one server per DATA_DIR; a kill -9 never blocks the next start and loses no committed data; SIGTERM stops cleanly', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const a = runGorod(['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    const [, adminEmail, adminPassword] = await a.waitFor(/Demo administrator: (\S+) \/ (\S+)/);
    await a.waitFor(/serves http:\/\/127\.0\.0\.1:\d+/);
    expect((await api(port, 'GET', '/api/health')).body).toMatchObject({ status: 'ok', db: 'pglite' });
    expect(
      (await api(port, 'POST', '/api/auth/register', { email: 'survivor@example.org', password: 'Liteyny-prospect-9', displayName: 'Survivor' })).status,
    ).toBe(201);

    // a second server on the same folder is refused at once, naming the holder
    const b = await runGorodToEnd(['serve'], { DATA_DIR: dataDir, PORT: String(await freePort()) });
    expect(b.code).toBe(3);
    expect(b.output).toMatch(new RegExp(`Another Gorod process holds .*pid ${a.child.pid}`));
    // so is a command that needs the database
    const m = await runGorodToEnd(['migrate'], { DATA_DIR: dataDir });
    expect(m.code).toBe(3);
    expect(m.output).toMatch(/Another Gorod process holds/);

    a.child.kill('SIGKILL');
    await a.exited;

    const c = runGorod(['serve'], { DATA_DIR: dataDir, PORT: String(port) });
    await c.waitFor(/serves http/);
    expect(c.output()).not.toMatch(/seeding the demo city/i);
    // the account survived: its password is known (registration no longer says whether an address is taken)
    const again = await api(port, 'POST', '/api/auth/login', { email: 'survivor@example.org', password: 'Liteyny-prospect-9' });
    expect(again.body.error.code).toBe('email_not_confirmed');
    expect((await api(port, 'POST', '/api/auth/login', { email: adminEmail, password: adminPassword })).status).toBe(200);

    c.child.kill('SIGTERM');
    expect(await c.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'gorod.pid'))).toBe(false);

    // the audit log written by the seed (the administrator's role first, then what the demo seeds audit) is intact, then tampered with
    const ok = await runGorodToEnd(['audit', 'verify'], { DATA_DIR: dataDir });
    expect(ok.code).toBe(0);
    expect(ok.output).toMatch(/Audit log intact: \d+ entries/);
    const database = await openDatabase({ dataDir });
    await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await database.db.execute(sql`update audit_log set data = jsonb_set(data, '{role}', '"expert"') where seq = 1`);
    await database.close();
    const broken = await runGorodToEnd(['audit', 'verify'], { DATA_DIR: dataDir });
    expect(broken.code).toBe(1);
    expect(broken.output).toMatch(/BROKEN at entry 1: entry 1 was altered/);
  }, 180_000); // seeds the whole demo city in a child process, then four more starts: 38 s quiet, past 90 s under a full run's load

  it('SEED_DEMO=0 starts an empty city whose first administrator comes from `gorod admin create`', async () => {
    const dataDir = tempDir();
    const created = await runGorodToEnd(['admin', 'create', '--email', 'first@city.example', '--password', 'Moika-embankment-12'], {
      DATA_DIR: dataDir,
      SEED_DEMO: '0',
    });
    expect(created.code).toBe(0);
    expect(created.output).toMatch(/Created administrator first@city\.example/);
    const weak = await runGorodToEnd(['admin', 'create', '--email', 'second@city.example', '--password', 'password'], { DATA_DIR: dataDir });
    expect(weak.code).toBe(2);
    expect(weak.output).toMatch(/at least 10 characters/);

    const port = await freePort();
    const s = runGorod(['serve'], { DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0' });
    await s.waitFor(/serves http/);
    expect((await api(port, 'GET', '/api/city')).body.figures).toMatchObject({ districts: 0, residents: 1 });
    expect((await api(port, 'POST', '/api/auth/login', { email: 'first@city.example', password: 'Moika-embankment-12' })).status).toBe(200);
    s.child.kill('SIGTERM');
    expect(await s.exited).toBe(0);
  });
});

describe('graceful shutdown', () => {
  it('SIGTERM lets requests already in flight finish, then exits 0 with the data committed', async () => {
    const dataDir = tempDir();
    const port = await freePort();
    const s = runGorod(['serve'], { DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0', LOG_LEVEL: 'info' });
    await s.waitFor(/serves http/);
    const emails = Array.from({ length: 5 }, (_, i) => `inflight${i}@example.org`);
    const answers = Promise.all(
      emails.map((email) => api(port, 'POST', '/api/auth/register', { email, password: 'Kamennoostrovsky-1', displayName: 'In flight' })),
    );
    // every request has reached the server (it logs each on arrival) before the signal
    await s.waitFor(/(incoming request[\s\S]*){5}/);
    s.child.kill('SIGTERM');
    expect((await answers).map((a) => a.status)).toEqual([201, 201, 201, 201, 201]);
    const code = await s.exited;
    expect(s.output()).toMatch(/stopped cleanly/);
    expect(code).toBe(0);

    const again = runGorod(['serve'], { DATA_DIR: dataDir, PORT: String(port), SEED_DEMO: '0' });
    await again.waitFor(/serves http/);
    expect((await api(port, 'GET', '/api/city')).body.figures.residents).toBe(0); // registered, not yet confirmed
    expect((await api(port, 'POST', '/api/auth/login', { email: emails[0], password: 'Kamennoostrovsky-1' })).body.error.code).toBe('email_not_confirmed');
    again.child.kill('SIGTERM');
    expect(await again.exited).toBe(0);
  });
});

describe('startup fails fast with a clear message on bad configuration', () => {
  it('an unwritable DATA_DIR', async () => {
    const file = path.join(tempDir(), 'a-file');
    fs.writeFileSync(file, '');
    const r = await runGorodToEnd(['serve'], { DATA_DIR: file });
    expect(r.code).toBe(2);
    expect(r.output).toMatch(/DATA_DIR .* is not a writable folder/);
  });

  it('an unreachable DATABASE_URL', async () => {
    const r = await runGorodToEnd(['serve'], { DATABASE_URL: `postgres://gorod:secret@127.0.0.1:${await freePort()}/gorod`, DATA_DIR: tempDir() });
    expect(r.code).toBe(2);
    expect(r.output).toMatch(/Cannot use DATABASE_URL \(postgres:\/\/gorod:\*\*\*@127\.0\.0\.1/);
    expect(r.output).not.toContain('secret');
  });

  it('a port in use', async () => {
    const blocker = net.createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as net.AddressInfo).port;
    // without the demo city: seeding it first (20 s on a loaded CI machine) is not what this checks
    const r = await runGorodToEnd(['serve'], { DATA_DIR: tempDir(), PORT: String(port), SEED_DEMO: '0' });
    blocker.close();
    expect(r.code).toBe(2);
    expect(r.output).toMatch(new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already in use`));
  });

  it('malformed variables, all listed', async () => {
    const r = await runGorodToEnd(['serve'], { PORT: 'abc', SEED_DEMO: 'yes', DATA_DIR: tempDir() });
    expect(r.code).toBe(2);
    expect(r.output).toMatch(/PORT must be a number/);
    expect(r.output).toMatch(/SEED_DEMO must be 0 or 1/);
  });
});
