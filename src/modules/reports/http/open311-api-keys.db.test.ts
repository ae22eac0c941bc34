import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../core/audit/audit.js';
import { queryRows } from '../../../core/db/client.js';
import { backend, testApp, type TestApp } from '../../../../test/db.js';
import { TestClient, signedInResident, strongPassword } from '../../../../test/http-client.js';
import { createAdministrator } from '../../accounts/index.js';
import { apiKeyCli } from '../cli-apikey.js';
import { hashApiKey } from '../use-cases/open311/api-keys.js';

let t: TestApp;
let admin: TestClient;
let resident: TestClient;

beforeAll(async () => {
  t = await testApp();
  await createAdministrator(t.ctx, { email: 'chief@example.org', password: strongPassword, displayName: 'Chief' });
  admin = new TestClient(t.app, 'en');
  expect((await admin.post('/api/auth/login', { email: 'chief@example.org', password: strongPassword })).status).toBe(200);
  ({ client: resident } = await signedInResident(t.app, t.database, 'someone@example.org'));
});
afterAll(async () => t?.close());

/** Runs a CLI command's `run` in process, capturing stdout and the progress lines. */
async function runCli(name: string, args: string[], opts: Record<string, string> = {}) {
  const command = apiKeyCli.find((c) => c.name.startsWith(name))!;
  const out: string[] = [];
  const notes: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string) => {
    out.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    await command.run!(t.ctx, args, opts, (m) => notes.push(m));
  } finally {
    process.stdout.write = write;
  }
  return { stdout: out.join(''), notes };
}

describe('API keys', () => {
  it('administrators create a key (shown once, stored as a hash), list and revoke it; each act is audited', async () => {
    const created = await admin.post('/api/admin/api-keys', { name: '  FixMyStreet   bridge ' });
    expect(created.status).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const { apiKey, key } = created.body;
    expect(apiKey).toMatchObject({ name: 'FixMyStreet bridge', revokedAt: null, lastUsedAt: null });
    expect(key).toMatch(/^gorod_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(apiKey.prefix)).toBe(true);

    const [stored] = await queryRows<{ key_hash: string }>(t.database.db, sql`select key_hash from api_keys where id = ${apiKey.id}`);
    expect(stored!.key_hash).toBe(hashApiKey(key));
    const all = await queryRows<Record<string, unknown>>(t.database.db, sql`select * from api_keys`);
    expect(JSON.stringify(all)).not.toContain(key);

    const list = await admin.get('/api/admin/api-keys');
    expect(list.status).toBe(200);
    expect(list.body.items.map((k: { id: string }) => k.id)).toContain(apiKey.id);
    expect(JSON.stringify(list.body)).not.toContain(key);

    const revoked = await admin.delete(`/api/admin/api-keys/${apiKey.id}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    // again: nothing changes
    expect((await admin.delete(`/api/admin/api-keys/${apiKey.id}`)).body.revokedAt).toBe(revoked.body.revokedAt);
    expect((await admin.delete('/api/admin/api-keys/00000000-0000-4000-8000-000000000000')).status).toBe(404);

    const audit = await queryRows<{ action: string; data: Record<string, unknown> }>(
      t.database.db,
      sql`select action, data from audit_log where subject_id = ${apiKey.id} order by seq`,
    );
    expect(audit.map((a) => a.action)).toEqual(['api_key.created', 'api_key.revoked']);
    expect(JSON.stringify(audit)).not.toContain(key);
    expect((await verifyAuditChain(t.database.db)).ok).toBe(true);
  });

  it('only city administrators manage keys', async () => {
    expect((await new TestClient(t.app).get('/api/admin/api-keys')).status).toBe(401);
    const res = await resident.get('/api/admin/api-keys');
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_administrator');
    expect((await resident.post('/api/admin/api-keys', { name: 'mine' })).status).toBe(403);
    const empty = await admin.post('/api/admin/api-keys', { name: '   ' });
    expect(empty.status).toBe(400);
    expect(Object.keys(empty.body.error.fields)).toEqual(['name']);
  });

  it('the CLI prints the new key alone on the last line of stdout, lists keys without them, revokes by id', async () => {
    const created = await runCli('apikey create', [], { name: 'CLI client' });
    const lines = created.stdout.trimEnd().split('\n');
    const key = lines.at(-1)!;
    expect(key).toMatch(/^gorod_[A-Za-z0-9_-]{43}$/);
    expect(created.notes.join('\n')).toMatch(/CLI client/);
    const listed = await runCli('apikey list', []);
    const rows = listed.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const mine = rows.find((r) => r.name === 'CLI client');
    expect(mine).toMatchObject({ revokedAt: null });
    expect(listed.stdout).not.toContain(key);
    const revoked = await runCli('apikey revoke', [mine.id]);
    expect(JSON.parse(revoked.stdout).revokedAt).not.toBeNull();
    await expect(runCli('apikey revoke', ['not-an-id'])).rejects.toMatchObject({ status: 404 });
  });

  it.runIf(backend() === 'pglite')(
    '`gorod apikey create` as a real process: the key is the last line of stdout',
    () => {
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-apikey-'));
      try {
        const res = spawnSync(process.execPath, [path.resolve('bin/gorod.js'), 'apikey', 'create', '--name', 'Process client'], {
          env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '' },
          encoding: 'utf8',
          timeout: 120_000,
        });
        expect(res.status, res.stderr).toBe(0);
        expect(res.stdout.trimEnd().split('\n').at(-1)).toMatch(/^gorod_[A-Za-z0-9_-]{43}$/);
        expect(res.stderr).toMatch(/Process client/);
      } finally {
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
