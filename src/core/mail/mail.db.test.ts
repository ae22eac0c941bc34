import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../../test/db.js';
import { freePort } from '../../../test/postgres-server.js';
import type { Database } from '../db/client.js';
import { listOutbox, Mailer, pendingMailCount, queueMail } from './mail.js';

// A real SMTP server on loopback stands in for the city's mail relay (the outside world).
let smtp: SMTPServer;
let port: number;
const received: { from: string; to: string[]; data: string }[] = [];
let refuse = false;
let database: Database;

beforeAll(async () => {
  port = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let data = '';
      stream.on('data', (c: Buffer) => (data += c.toString()));
      stream.on('end', () => {
        if (refuse) return callback(new Error('mailbox unavailable'));
        received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), data });
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(port, '127.0.0.1', r));
  database = await testDatabase();
});
afterAll(async () => {
  await new Promise<void>((r) => smtp.close(() => r()));
  await database.close();
});

describe('mail delivery by SMTP', () => {
  it('delivers queued mail to the SMTP server and records it as sent', async () => {
    const mailer = new Mailer(database.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Gorod <no-reply@gorod.test>', outboxDir: '/nonexistent' });
    await database.db.transaction((tx) =>
      queueMail(tx, { kind: 'confirm', to: 'resident@example.org', subject: 'Подтвердите почту', text: 'Ссылка: http://gorod.test/confirm?token=abc' }),
    );
    await mailer.flush();
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toEqual(['resident@example.org']);
    expect(received[0]!.from).toBe('no-reply@gorod.test');
    expect(received[0]!.data).toMatch(/Subject: =\?UTF-8\?/);
    const [row] = await listOutbox(database.db, { limit: 1, offset: 0 });
    expect(row!.sentAt).not.toBeNull();
    expect(row!.deliveredAs).toMatch(/@gorod>$/);
  });

  it('keeps a message the relay refused, with the error, and backs off instead of looping', async () => {
    refuse = true;
    const mailer = new Mailer(database.db, { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Gorod <no-reply@gorod.test>', outboxDir: '/nonexistent' });
    await database.db.transaction((tx) => queueMail(tx, { kind: 'reset', to: 'later@example.org', subject: 'Reset', text: 'x' }));
    await mailer.flush();
    refuse = false;
    const [row] = await listOutbox(database.db, { limit: 1, offset: 0 });
    expect(row).toMatchObject({ to: 'later@example.org', sentAt: null, attempts: 1 });
    expect(row!.lastError).toMatch(/mailbox unavailable/);
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 50_000);
    expect(await pendingMailCount(database.db)).toBe(1);
    await mailer.flush(); // not due yet: nothing is sent again
    expect(received.filter((m) => m.to.includes('later@example.org'))).toHaveLength(0);
  });

  it('a rolled-back transaction queues no mail', async () => {
    const before = await pendingMailCount(database.db);
    await expect(
      database.db.transaction(async (tx) => {
        await queueMail(tx, { kind: 'confirm', to: 'ghost@example.org', subject: 's', text: 't' });
        throw new Error('registration failed');
      }),
    ).rejects.toThrow('registration failed');
    expect(await pendingMailCount(database.db)).toBe(before);
  });
});
