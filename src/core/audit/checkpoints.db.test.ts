import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/db.js';
import { loadConfig } from '../../config.js';
import { person } from '../../../test/fixtures.js';
import { lastMailTo } from '../../../test/http-client.js';
import { emitEvent } from '../jobs/events.js';
import { closeDuePolls, createPublishedPoll } from '../../modules/polls/index.js';
import { headingTallied } from '../../modules/budgeting/events.js';
import { appendAudit, entryHash, verifyAuditChain } from './audit.js';
import { dailyCheckpointJob } from './checkpoint-triggers.js';
import { auditLog } from './schema.js';
import {
  installationKey,
  isSignedBy,
  listCheckpoints,
  parseCheckpoints,
  parsePublicKey,
  publishCheckpoint,
  signingKeyFile,
  verifyCheckpoints,
  type AuditKey,
  type Checkpoint,
} from './checkpoints.js';

/**
 * Signed checkpoints make the audit log one nobody can quietly rewrite: a database owner who changes an entry and
 * recomputes every later hash, or cuts the tail, still passes the plain chain check — but not a check against the
 * checkpoints published before. Checkpoints come daily and on every poll close and tally, are public without
 * signing in, and reach the people who follow them.
 */
describe('signed checkpoints of the audit log', () => {
  let t: TestApp;
  let key: AuditKey;
  const append = (n: number) =>
    t.database.db.transaction((tx) => appendAudit(tx, { actorId: null, action: 'city.setup_completed', subjectType: 'city', subjectId: null, data: { n } }));
  const checkpoint = async () => (await publishCheckpoint(t.database.db, key, { site: 'http://gorod.test', reason: 'test' }))!;
  /** What a database owner with the triggers out of the way can do: change entry `seq` and recompute every later hash. */
  async function rewriteFrom(seq: number) {
    const rows = await t.database.db.select().from(auditLog).orderBy(asc(auditLog.seq));
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    let prev = '';
    for (const r of rows) {
      const s = r.seq;
      const data = { ...(r.data as Record<string, unknown>), ...(s === seq ? { n: 'rewritten' } : {}) };
      const e = { seq: s, at: r.at.toISOString(), actorId: r.actorId, action: r.action, subjectType: r.subjectType, subjectId: r.subjectId, data };
      const prevHash = s === 1 ? '0'.repeat(64) : prev;
      prev = entryHash(prevHash, e);
      if (s >= seq)
        await t.database.db.execute(sql`update audit_log set data = ${JSON.stringify(data)}::jsonb, prev_hash = ${prevHash}, hash = ${prev} where seq = ${s}`);
    }
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
  }

  beforeAll(async () => {
    t = await testApp();
    key = installationKey(t.ctx.config, true)!;
  });
  afterAll(async () => t?.close());

  it('keeps the private key outside the database: a 0600 file in the data folder made at first use, or AUDIT_SIGNING_KEY', async () => {
    const file = path.join(t.dataDir, signingKeyFile);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(installationKey(t.ctx.config, false)!.keyId).toBe(key.keyId);
    // AUDIT_SIGNING_KEY (one line: the DER in base64) wins over the file: every process of a multi-process install shares it
    const der = crypto.generateKeyPairSync('ed25519').privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(installationKey({ dataDir: t.dataDir, auditSigningKey: der }, false)!.keyId).not.toBe(key.keyId);
    expect(() => loadConfig({ AUDIT_SIGNING_KEY: 'not a key' })).toThrow(/AUDIT_SIGNING_KEY must be an Ed25519 private key/);
  });

  it('catches a history rewritten before a checkpoint (every later hash recomputed, so the chain alone still verifies), naming the checkpoint', async () => {
    for (const n of [1, 2, 3]) await append(n);
    const first = await checkpoint();
    await append(4);
    await append(5);
    const second = await checkpoint();
    expect(await verifyCheckpoints(t.database.db, [first, second], [key])).toMatchObject({ ok: true, entries: second.seq, checkpoints: 2 });

    // the owner rewrites the entry before the first checkpoint: the chain alone still looks whole
    await rewriteFrom(first.seq - 1);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true });
    const rewritten = await verifyCheckpoints(t.database.db, [first, second], [key]);
    expect(rewritten).toMatchObject({ ok: false, brokenAt: first.seq, checkpoint: { seq: first.seq, at: first.at } });
    expect(!rewritten.ok && rewritten.problem).toBe(
      `entry ${first.seq} is not the one the checkpoint of ${first.at} (entry ${first.seq}) signed: the history up to it was rewritten`,
    );
  });

  it('catches a cut tail', async () => {
    await append(6);
    const last = await checkpoint();
    await t.database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
    await t.database.db.execute(sql`delete from audit_log where seq >= ${last.seq - 1}`);
    await t.database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
    // the earlier checkpoints no longer match either (the history was rewritten above): check against the last alone
    const cut = await verifyCheckpoints(t.database.db, [last], [key]);
    expect(cut).toMatchObject({ ok: false, entries: last.seq - 2, checkpoint: { seq: last.seq } });
    expect(!cut.ok && cut.problem).toBe(
      `the log ends at entry ${last.seq - 2}, but the checkpoint of ${last.at} (entry ${last.seq}) vouches for entry ${last.seq}: the tail was cut`,
    );
  });

  it('refuses a forged checkpoint and one signed by another key', async () => {
    const [real] = await listCheckpoints(t.database.db, { limit: 1 });
    const forged: Checkpoint = { ...real!, hash: 'f'.repeat(64) };
    expect(isSignedBy(real!, [key])).toBe(true);
    expect(isSignedBy(forged, [key])).toBe(false);
    const res = await verifyCheckpoints(t.database.db, [forged], [key]);
    expect(res).toMatchObject({ ok: false, checkpoint: { seq: real!.seq } });
    expect(!res.ok && res.problem).toMatch(/does not match its facts: it is forged or was altered$/);
    const stranger = installationKey({ dataDir: fs.mkdtempSync(path.join(t.dataDir, 'other-')) }, true)!;
    expect(!isSignedBy(real!, [stranger]) && (await verifyCheckpoints(t.database.db, [real!], [stranger]))).toMatchObject({
      ok: false,
      problem: expect.stringContaining(`is signed by key ${key.keyId}, which is not the key given`),
    });
  });

  it('publishes one checkpoint a day while the log grows, and one on every poll close and tally, each once', async () => {
    const count = async () => (await listCheckpoints(t.database.db)).length;
    await append(7);
    const before = await count();
    await dailyCheckpointJob.run({}, t.ctx);
    await dailyCheckpointJob.run({}, t.ctx); // nothing new since: the last one still vouches for the head
    expect(await count()).toBe(before + 1);
    expect((await listCheckpoints(t.database.db, { limit: 1 }))[0]).toMatchObject({ reason: 'daily', site: 'http://gorod.test', keyId: key.keyId });

    const now = new Date();
    const question = {
      kind: 'single' as const,
      text: 'Где?',
      description: '',
      required: true,
      minChoices: null,
      maxChoices: null,
      scale: null,
      lat: null,
      lon: null,
    };
    await t.database.db.transaction((tx) =>
      createPublishedPoll(tx, null, {
        title: 'Сквер на Лиговском',
        description: 'Опрос о сквере',
        districtIds: [],
        ageBands: [],
        verifiedOnly: false,
        binding: false,
        resultsVisibility: 'live',
        opensAt: new Date(now.getTime() - 3600_000),
        closesAt: new Date(now.getTime() + 3600_000),
        questions: [{ ...question, options: ['Здесь', 'Там'] }],
        decision: null,
      }),
    );
    expect(await closeDuePolls(t.ctx, new Date(now.getTime() + 2 * 3600_000))).toBe(1);
    await t.database.db.transaction((tx) =>
      emitEvent(tx, headingTallied, {
        actorId: null,
        entityType: 'pb_heading',
        entityId: 'h1',
        data: { headingTitle: 'Адмиралтейский район', phase: 'results', path: '/budgeting/headings/h1', proposals: [] },
      }),
    );
    await t.ctx.jobs.runDue();
    await t.ctx.jobs.runDue(); // a retried event publishes nothing more
    const latest = await listCheckpoints(t.database.db, { limit: 2 });
    expect(latest.map((c) => c.reason).sort()).toEqual(['pb_heading.tallied', 'poll.closed']);
    expect(await count()).toBe(before + 3);
  });

  it('tells the people who follow the checkpoints, by the notification settings', async () => {
    const watcher = await person(t, { lang: 'ru' });
    expect((await watcher.client.put('/api/follows/audit_log/checkpoints')).status).toBe(200);
    await append(8);
    await dailyCheckpointJob.run({}, t.ctx);
    await t.ctx.jobs.runDue();
    const res = await watcher.client.get('/api/notifications');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain('подписанная контрольная точка');
    // by e-mail at once, as a new person's settings say
    expect(await lastMailTo(t.database, watcher.email)).toMatchObject({ subject: expect.stringContaining('контрольная точка журнала действий') });
  });

  it('lists the checkpoints and the key without signing in, leaks nothing personal, and each downloaded line verifies alone', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/api/audit/checkpoints?limit=2' });
    expect(page.statusCode).toBe(200);
    const body = page.json() as { items: Checkpoint[]; key: { publicKey: string; keyId: string } };
    expect(body.items).toHaveLength(2);
    expect(Object.keys(body.items[0]!).sort()).toEqual(['at', 'entries', 'hash', 'id', 'keyId', 'reason', 'seq', 'signature', 'site']);
    expect(page.body).not.toMatch(/eventId|actorId|@gorod\.test/);

    const publicKey = await t.app.inject({ method: 'GET', url: '/api/audit/public-key' });
    expect(publicKey.json()).toMatchObject({ algorithm: 'Ed25519', keyId: key.keyId, publicKey: key.publicKeyBase64 });
    const pinned = parsePublicKey(publicKey.body);

    const download = await t.app.inject({ method: 'GET', url: '/api/audit/checkpoints.jsonl' });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toMatch(/^application\/jsonl/);
    const mirrored = parseCheckpoints(download.body);
    expect(mirrored.length).toBe((await listCheckpoints(t.database.db)).length);
    for (const line of download.body.trim().split('\n')) expect(isSignedBy(JSON.parse(line) as Checkpoint, [pinned])).toBe(true);
    expect(mirrored.map((c) => c.id)).toEqual([...mirrored.map((c) => c.id)].sort((a, b) => a - b));
  });
});
