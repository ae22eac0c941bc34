import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.js';
import { queryRows, type Database } from '../db/client.js';
import { enqueueJob, jobCounts, JobRunner, type JobDefinition } from './jobs.js';
import { z } from 'zod';
import { defineEvent, emitEvent, eventJobKind, type DomainEvent } from './events.js';

let database: Database;
const thingHappened = defineEvent('thing.happened', z.object({}));
const ran: string[] = [];
let failuresLeft = 0;

const definitions = new Map<string, JobDefinition<{ name: string }>>([
  ['test.record', { run: async (payload) => void ran.push(String(payload.label)) }],
  [
    'test.flaky',
    {
      run: async () => {
        if (failuresLeft-- > 0) throw new Error('outside service unavailable');
        ran.push('flaky done');
      },
    },
  ],
  // every day at 06:00 UTC
  [
    'test.daily',
    { run: async () => void ran.push('daily'), every: (after) => new Date(Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate() + 1, 6)) },
  ],
  [eventJobKind, { run: async (payload, ctx) => void ran.push(`${ctx.name}:${(payload as unknown as DomainEvent).type}`) }],
]);

function runner() {
  const r = new JobRunner(database.db, definitions);
  r.bind({ name: 'ctx' });
  return r;
}

beforeAll(async () => {
  database = await testDatabase();
});
afterAll(async () => database?.close());
beforeEach(async () => {
  ran.length = 0;
  await database.db.execute(sql`delete from jobs`);
});

describe('durable jobs', () => {
  it('runs a queued job once, and a job queued in a rolled-back transaction never', async () => {
    await enqueueJob(database.db, { kind: 'test.record', payload: { label: 'a' } });
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, { kind: 'test.record', payload: { label: 'rolled back' } });
        throw new Error('abort');
      })
      .catch(() => undefined);
    const r = runner();
    expect(await r.runDue()).toBe(1);
    expect(await r.runDue()).toBe(0);
    expect(ran).toEqual(['a']);
  });

  it('leaves a job for later until its time comes', async () => {
    await enqueueJob(database.db, { kind: 'test.record', payload: { label: 'tomorrow' }, runAt: new Date(Date.now() + 86_400_000) });
    expect(await runner().runDue()).toBe(0);
    expect(await jobCounts(database.db)).toEqual({ pending: 1, failed: 0 });
  });

  it('retries a failing job later with back-off, then succeeds', async () => {
    failuresLeft = 1;
    await enqueueJob(database.db, { kind: 'test.flaky' });
    const r = runner();
    await r.runDue();
    const [row] = await queryRows<{ attempts: number; last_error: string; later: boolean }>(
      database.db,
      sql`select attempts, last_error, run_at > now() as later from jobs`,
    );
    expect(row).toMatchObject({ attempts: 1, last_error: 'outside service unavailable', later: true });
    await database.db.execute(sql`update jobs set run_at = now()`);
    await r.runDue();
    expect(ran).toEqual(['flaky done']);
  });

  it('keeps one pending job per key', async () => {
    await enqueueJob(database.db, { kind: 'test.record', payload: { label: 'first' }, key: 'k' });
    await enqueueJob(database.db, { kind: 'test.record', payload: { label: 'second' }, key: 'k' });
    await runner().runDue();
    expect(ran).toEqual(['first']);
  });

  it('runs a recurring job that fell due while no server ran, and schedules its next run', async () => {
    await enqueueJob(database.db, { kind: 'test.daily', key: 'test.daily', runAt: new Date(Date.now() - 3 * 3600_000) });
    const r = runner();
    await r.scheduleRecurring(); // what a starting server does: the overdue run is kept, not replaced
    await r.runDue();
    expect(ran).toEqual(['daily']);
    const pending = await queryRows<{ run_at: Date }>(database.db, sql`select run_at from jobs where done_at is null`);
    expect(pending).toHaveLength(1);
    expect(new Date(pending[0]!.run_at).getUTCHours()).toBe(6);
    expect(new Date(pending[0]!.run_at).getTime()).toBeGreaterThan(Date.now());
  });

  it('hands an emitted domain event to the event job with the bound context', async () => {
    await database.db.transaction(async (tx) => emitEvent(tx, thingHappened, { actorId: null, entityType: 'thing', entityId: '1', data: {} }));
    await runner().runDue();
    expect(ran).toEqual(['ctx:thing.happened']);
  });

  it('takes back a job whose runner died after claiming it', async () => {
    await enqueueJob(database.db, { kind: 'test.record', payload: { label: 'orphan' } });
    await database.db.execute(sql`update jobs set attempts = 1, locked_until = now() - interval '1 second'`);
    await runner().runDue();
    expect(ran).toEqual(['orphan']);
  });
});
