import { and, asc, desc, eq, isNotNull, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.js';
import { yieldToEventLoop } from './batches.js';
import { jobs } from './schema.js';

/**
 * A job kind a module runs, given the job's payload and the module context. Throwing schedules a
 * retry; handlers must be idempotent (a job may run twice after a crash). `every` makes the kind
 * recurring: it returns the next run time after `after` (e.g. the next 08:00 in the city's zone).
 */
export interface JobDefinition<C = unknown> {
  run: (payload: Record<string, unknown>, ctx: C) => Promise<void>;
  every?: (after: Date, ctx: C) => Date;
}

/** Queues a job inside the caller's transaction; with a key, a pending job of that key is kept instead. */
export async function enqueueJob(tx: Executor, job: { kind: string; payload?: Record<string, unknown>; runAt?: Date; key?: string }): Promise<void> {
  await tx
    .insert(jobs)
    .values({ kind: job.kind, payload: job.payload ?? {}, runAt: job.runAt ?? new Date(), key: job.key ?? null })
    .onConflictDoNothing();
}

const maxAttempts = 6;
const claimMs = 5 * 60_000;

/**
 * Runs due jobs. `kick()` after a commit that queued work makes it prompt; `start()` polls for work
 * queued by other processes, retries and recurring jobs.
 */
export class JobRunner<C = unknown> {
  private context: C | undefined;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: Db,
    private readonly definitions: Map<string, JobDefinition<C>>,
    private readonly onError: (err: unknown, kind: string) => void = () => undefined,
  ) {}

  /** The context handed to every job (set once, after the context that holds this runner exists). */
  bind(context: C): void {
    this.context = context;
  }

  private get ctx(): C {
    if (this.context === undefined) throw new Error('JobRunner used before bind()');
    return this.context;
  }

  /** Makes sure every recurring job has a pending run (the first one at its next time). */
  async scheduleRecurring(now = new Date()): Promise<void> {
    for (const [kind, def] of this.definitions) {
      if (def.every) await enqueueJob(this.db, { kind, key: kind, runAt: def.every(now, this.ctx) });
    }
  }

  /** Polls every `intervalMs` (unref'd timer); recurring jobs are scheduled first. */
  async start(intervalMs: number): Promise<void> {
    await this.scheduleRecurring();
    this.timer = setInterval(() => void this.runDue(), intervalMs);
    this.timer.unref();
    void this.runDue();
  }

  /** Starts a pass soon, without waiting for it. */
  kick(): void {
    void this.runDue();
  }

  /** Runs every due job (one pass; another is chained if work arrived meanwhile); resolves with the number run. */
  runDue(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let done = 0;
      try {
        do {
          this.again = false;
          for (;;) {
            const job = await this.claim();
            if (!job) break;
            await this.runOne(job);
            done++;
            // a long queue (a backlog's notifications) must not keep requests waiting: they go between jobs
            await yieldToEventLoop();
          }
        } while (this.again && !this.stopped);
      } catch (err) {
        this.onError(err, 'claim');
      } finally {
        this.running = null;
      }
      return done;
    })();
    return this.running;
  }

  /** Stops polling and waits for the job in hand (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async claim(): Promise<typeof jobs.$inferSelect | null> {
    if (this.stopped) return null;
    return this.db.transaction(async (tx) => {
      const [row] = await tx
        .select()
        .from(jobs)
        .where(and(isNull(jobs.doneAt), isNull(jobs.failedAt), lte(jobs.runAt, sql`now()`), or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, sql`now()`))))
        .orderBy(asc(jobs.runAt), asc(jobs.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (!row) return null;
      await tx
        .update(jobs)
        .set({ attempts: row.attempts + 1, lockedUntil: new Date(Date.now() + claimMs) })
        .where(eq(jobs.id, row.id));
      return { ...row, attempts: row.attempts + 1 };
    });
  }

  private async runOne(job: typeof jobs.$inferSelect): Promise<void> {
    const def = this.definitions.get(job.kind);
    try {
      if (!def) throw new Error(`No module runs jobs of kind ${job.kind}`);
      await def.run(job.payload, this.ctx);
      await this.db.transaction(async (tx) => {
        await tx.update(jobs).set({ doneAt: new Date(), lockedUntil: null, lastError: null }).where(eq(jobs.id, job.id));
        if (def.every) await enqueueJob(tx, { kind: job.kind, key: job.kind, runAt: def.every(new Date(), this.ctx) });
      });
    } catch (err) {
      this.onError(err, job.kind);
      const failed = job.attempts >= maxAttempts;
      await this.db.transaction(async (tx) => {
        await tx
          .update(jobs)
          .set({
            lockedUntil: null,
            lastError: String((err as Error)?.message ?? err).slice(0, 500),
            runAt: new Date(Date.now() + 30_000 * 2 ** job.attempts),
            failedAt: failed ? new Date() : null,
          })
          .where(eq(jobs.id, job.id));
        // a recurring job that gave up still gets its next regular run
        if (failed && def?.every) await enqueueJob(tx, { kind: job.kind, key: job.kind, runAt: def.every(new Date(), this.ctx) });
      });
    }
  }
}

/** Counts for health and operations: jobs waiting, and jobs that gave up. */
export async function jobCounts(db: Db): Promise<{ pending: number; failed: number }> {
  const [row] = await db
    .select({
      pending: sql<number>`count(*) filter (where done_at is null and failed_at is null)::int`,
      failed: sql<number>`count(*) filter (where failed_at is not null)::int`,
    })
    .from(jobs);
  return { pending: row?.pending ?? 0, failed: row?.failed ?? 0 };
}

/** Deletes finished jobs older than `days` (the table would otherwise grow without end). */
export async function purgeFinishedJobs(db: Db, days = 14): Promise<number> {
  const res = await db
    .delete(jobs)
    .where(lt(jobs.doneAt, sql`now() - make_interval(days => ${days})`))
    .returning({ id: jobs.id });
  return res.length;
}

/** Jobs that gave up after every retry, newest first (operations: what needs a look). */
export function listFailedJobs(db: Db, limit = 50) {
  return db
    .select({ id: jobs.id, kind: jobs.kind, attempts: jobs.attempts, lastError: jobs.lastError, failedAt: jobs.failedAt, createdAt: jobs.createdAt })
    .from(jobs)
    .where(isNotNull(jobs.failedAt))
    .orderBy(desc(jobs.failedAt))
    .limit(limit);
}

/** Puts a failed job back in the queue with fresh attempts; false when there is no such failed job. */
export async function retryFailedJob(db: Db, id: number): Promise<boolean> {
  const res = await db
    .update(jobs)
    .set({ failedAt: null, attempts: 0, runAt: new Date(), lockedUntil: null })
    .where(and(eq(jobs.id, id), isNotNull(jobs.failedAt)))
    .returning({ id: jobs.id });
  return res.length > 0;
}
