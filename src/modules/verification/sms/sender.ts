import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../../config.js';

/** Where SMS messages go: an adapter per provider. */
export interface SmsSender {
  /** Sends one message to an E.164 number; throws when the provider refused it. */
  send(to: string, text: string): Promise<void>;
}

/** Without a provider: each message is a `.txt` file under DATA_DIR/sms/ (like the mail outbox). */
export class FileSmsSender implements SmsSender {
  constructor(private readonly dir: string) {}
  async send(to: string, text: string): Promise<void> {
    await fs.promises.mkdir(this.dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.txt`;
    await fs.promises.writeFile(path.join(this.dir, name), `To: ${to}\n\n${text}\n`, { mode: 0o600 });
  }
}

/**
 * A generic HTTP gateway: POST `{"to", "text"}` as JSON to SMS_URL with an optional bearer token;
 * any 2xx is success. Providers with another API get their own adapter implementing SmsSender.
 */
export class HttpSmsSender implements SmsSender {
  constructor(
    private readonly url: string,
    private readonly token: string | undefined,
    private readonly timeoutMs = 10_000,
  ) {}
  async send(to: string, text: string): Promise<void> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    const res = await fetch(this.url, { method: 'POST', headers, body: JSON.stringify({ to, text }), signal: AbortSignal.timeout(this.timeoutMs) });
    if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
  }
}

const senders = new WeakMap<Config, SmsSender>();

/** The sender the configuration asks for (one per config). */
export function smsSenderFor(config: Config): SmsSender {
  let s = senders.get(config);
  if (!s) {
    s = config.smsUrl ? new HttpSmsSender(config.smsUrl, config.smsToken) : new FileSmsSender(path.join(config.dataDir, 'sms'));
    senders.set(config, s);
  }
  return s;
}
