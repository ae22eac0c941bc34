import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../db/client.js';
import { testDatabase } from '../../../test/db.js';
import { appendAudit, verifyAuditChain } from './audit.js';

let database: Database;
beforeEach(async () => {
  database = await testDatabase();
});
afterEach(async () => database.close());

async function appendThree() {
  for (const n of [1, 2, 3]) {
    await database.db.transaction((tx) =>
      appendAudit(tx, { actorId: null, action: 'city.setup_completed', subjectType: 'thing', subjectId: String(n), data: { n, nested: { b: 2, a: 1 } } }),
    );
  }
}

/** Tampering needs the append-only trigger out of the way, as an attacker with database access would do. */
async function tamper(statement: ReturnType<typeof sql>) {
  await database.db.execute(sql`alter table audit_log disable trigger audit_log_no_update_delete`);
  await database.db.execute(statement);
  await database.db.execute(sql`alter table audit_log enable trigger audit_log_no_update_delete`);
}

describe('audit chain', () => {
  it('an intact chain verifies, with its head hash', async () => {
    await appendThree();
    const res = await verifyAuditChain(database.db);
    expect(res).toMatchObject({ ok: true, entries: 3 });
    expect(res.ok && res.head).toMatch(/^[0-9a-f]{64}$/);
  });

  it('the database refuses to update or delete an entry', async () => {
    await appendThree();
    const causeOf = async (p: Promise<unknown>) =>
      (
        (await p.then(
          () => null,
          (e: Error) => e,
        )) as (Error & { cause?: Error }) | null
      )?.cause?.message;
    expect(await causeOf(database.db.execute(sql`update audit_log set action = 'x' where seq = 2`))).toMatch(/append-only: UPDATE/);
    expect(await causeOf(database.db.execute(sql`delete from audit_log where seq = 3`))).toMatch(/append-only: DELETE/);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 3 });
  });

  it('an altered entry is reported as the first broken link', async () => {
    await appendThree();
    await tamper(sql`update audit_log set data = jsonb_set(data, '{n}', '20') where seq = 2`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: 2, entries: 1, problem: 'entry 2 was altered after it was written' });
  });

  it('a deleted entry in the middle is reported', async () => {
    await appendThree();
    await tamper(sql`delete from audit_log where seq = 2`);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('a rolled-back action leaves no entry', async () => {
    await expect(
      database.db.transaction(async (tx) => {
        await appendAudit(tx, { actorId: null, action: 'city.setup_completed', subjectType: 'thing', subjectId: '1', data: {} });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 0 });
  });

  it('concurrent appends still form one chain', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        database.db.transaction((tx) =>
          appendAudit(tx, { actorId: null, action: 'city.setup_completed', subjectType: 'thing', subjectId: String(i), data: { i } }),
        ),
      ),
    );
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, entries: 8 });
  });
});
