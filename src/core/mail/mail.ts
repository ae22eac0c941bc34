import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { and, asc, desc, eq, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client.js';
import { mailOutbox } from './schema.js';

export interface OutgoingMail {
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058). */
  headers?: Record<string, string>;
}

/** Queues a message inside the caller's transaction; it is delivered after commit. */
export async function queueMail(tx: Executor, mail: OutgoingMail): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({ ...mail, headers: mail.headers ?? null })
    .returning({ id: mailOutbox.id });
  return row!.id;
}

export interface MailerOptions {
  smtpUrl: string | undefined;
  from: string;
  /** Where `.eml` files go when there is no SMTP server. */
  outboxDir: string;
}

const maxAttempts = 8;

/**
 * Delivers queued mail: by SMTP when configured, otherwise as `.eml` files in the outbox folder.
 * Safe with several processes on one PostgreSQL server (rows are claimed with SKIP LOCKED).
 */
export class Mailer {
  private readonly transport: Transporter;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly db: Db,
    private readonly opts: MailerOptions,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {
    this.transport = opts.smtpUrl
      ? nodemailer.createTransport(opts.smtpUrl)
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  get mode(): 'smtp' | 'files' {
    return this.opts.smtpUrl ? 'smtp' : 'files';
  }

  /**
   * Starts a delivery pass (or schedules one more if a pass is running); resolves when idle. Never
   * rejects: a failure is reported to `onError` and the mail stays queued for the next pass.
   */
  flush(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while ((await this.deliverBatch()) > 0);
        } while (this.again && !this.stopped);
      } catch (err) {
        this.onError(err);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Stops taking new passes and waits for the current one (before the database closes). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  private async deliverBatch(): Promise<number> {
    if (this.stopped) return 0;
    return this.db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(mailOutbox)
        .where(and(isNull(mailOutbox.sentAt), lt(mailOutbox.attempts, maxAttempts), lte(mailOutbox.nextAttemptAt, sql`now()`)))
        .orderBy(asc(mailOutbox.createdAt))
        .limit(20)
        .for('update', { skipLocked: true });
      for (const row of rows) {
        try {
          const deliveredAs = await this.deliverOne(row);
          await tx
            .update(mailOutbox)
            .set({ sentAt: new Date(), deliveredAs, attempts: row.attempts + 1, lastError: null })
            .where(eq(mailOutbox.id, row.id));
        } catch (err) {
          const retryIn = 60_000 * 2 ** row.attempts;
          await tx
            .update(mailOutbox)
            .set({ attempts: row.attempts + 1, lastError: (err as Error).message.slice(0, 500), nextAttemptAt: new Date(Date.now() + retryIn) })
            .where(eq(mailOutbox.id, row.id));
        }
      }
      // a failed row is pushed into the future, so this loop ends; a full batch means more may wait
      return rows.length === 20 ? rows.length : 0;
    });
  }

  private async deliverOne(row: typeof mailOutbox.$inferSelect): Promise<string> {
    const info = await this.transport.sendMail({
      from: this.opts.from,
      to: row.to,
      subject: row.subject,
      text: row.text,
      headers: row.headers ?? {},
      messageId: `<${row.id}@gorod>`,
      date: row.createdAt,
    });
    if (this.opts.smtpUrl) return String(info.messageId);
    fs.mkdirSync(this.opts.outboxDir, { recursive: true });
    const stamp = row.createdAt.toISOString().replace(/[:.]/g, '-');
    const file = `${stamp}-${row.kind}-${row.id.slice(0, 8)}.eml`;
    const tmp = path.join(this.opts.outboxDir, `.${file}.tmp`);
    fs.writeFileSync(tmp, (info as unknown as { message: Buffer }).message);
    fs.renameSync(tmp, path.join(this.opts.outboxDir, file));
    return file;
  }
}

/** The outbox for administrators, newest first. */
export function listOutbox(db: Db, opts: { limit: number; offset: number }) {
  return db.select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(opts.limit).offset(opts.offset);
}

/** Number of queued messages not yet delivered (health and operations). */
export async function pendingMailCount(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(isNull(mailOutbox.sentAt));
  return row?.n ?? 0;
}
