import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import { z } from 'zod';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.js';
import { loadConfig } from '../../config.js';
import { createContext } from '../../context.js';
import { queryRows, type Database } from '../db/client.js';
import { defineModule, type ModuleContext } from '../module/module.js';
import { defineEvent, emitEvent, listen, type DomainEvent } from './events.js';

// Two small modules react to one event of a third, through the real context, queue and runner.
const thingDone = defineEvent('thing.done', z.object({ number: z.number().int(), title: z.string(), note: z.string().default('') }));
const ran: string[] = [];
let failuresLeft = 0;
const seen: DomainEvent<z.output<typeof thingDone.data>>[] = [];

const counter = defineModule({
  name: 'test-counter',
  on: [
    listen(thingDone, async function count(event) {
      seen.push(event);
      ran.push(`count ${event.data.number}`);
    }),
  ],
});
const mailer = defineModule({
  name: 'test-mailer',
  on: [
    listen(thingDone, async function tell(event) {
      if (failuresLeft-- > 0) throw new Error('mail server away');
      ran.push(`tell ${event.data.title}`);
    }),
  ],
});

let database: Database;
let ctx: ModuleContext;
let dataDir: string;

const emit = (data: z.input<typeof thingDone.data>) =>
  database.db.transaction((tx) => emitEvent(tx, thingDone, { actorId: null, entityType: 'thing', entityId: String(data.number), data }));
const listenJobs = () =>
  queryRows<{ listener: string; attempts: number; done: boolean; failed: boolean }>(
    database.db,
    sql`select payload->>'listener' as listener, attempts, done_at is not null as done, failed_at is not null as failed from jobs where kind = 'listen' order by payload->>'listener'`,
  );

beforeAll(async () => {
  database = await testDatabase();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'gorod-events-'));
  ctx = createContext(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, [counter, mailer], pino({ level: 'silent' }));
});
afterAll(async () => {
  await database?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});
beforeEach(async () => {
  ran.length = 0;
  seen.length = 0;
  failuresLeft = 0;
  await database.db.execute(sql`delete from jobs`);
});

describe('typed domain events, one job per listener', () => {
  it('a failing listener retries alone: the other listener of the same event runs exactly once', async () => {
    failuresLeft = 1;
    await emit({ number: 7, title: 'Benches' });
    await ctx.jobs.runDue();
    expect(ran).toEqual(['count 7']);
    expect(await listenJobs()).toEqual([
      { listener: 'test-counter:thing.done:count', attempts: 1, done: true, failed: false },
      { listener: 'test-mailer:thing.done:tell', attempts: 1, done: false, failed: false },
    ]);
    // the retry comes due
    await database.db.execute(sql`update jobs set run_at = now() where done_at is null`);
    await ctx.jobs.runDue();
    expect(ran).toEqual(['count 7', 'tell Benches']);
    expect((await listenJobs()).map((j) => [j.listener, j.attempts, j.done])).toEqual([
      ['test-counter:thing.done:count', 1, true],
      ['test-mailer:thing.done:tell', 2, true],
    ]);
  });

  it('a listener gets the data as its emitter’s schema gives it (defaults filled), with the event’s id and facts', async () => {
    const emitted = await emit({ number: 8, title: 'Trees' });
    await ctx.jobs.runDue();
    expect(seen).toEqual([{ ...emitted, data: { number: 8, title: 'Trees', note: '' } }]);
    expect(seen[0]).toMatchObject({ type: 'thing.done', entityType: 'thing', entityId: '8', actorId: null });
  });

  it('an emitter cannot record data its schema does not allow (and nothing is queued)', async () => {
    await expect(emit({ number: 'nine' as unknown as number, title: 'Lamps' })).rejects.toThrow();
    expect(await queryRows(database.db, sql`select 1 from jobs`)).toEqual([]);
  });

  it('a listener named twice in one module is refused when the context is built', () => {
    const twice = defineModule({ name: 'test-twice', on: [listen(thingDone, async function same() {}), listen(thingDone, async function same() {})] });
    expect(() => createContext(loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), database, [twice], pino({ level: 'silent' }))).toThrow(
      'Listener test-twice:thing.done:same is declared twice',
    );
  });
});
