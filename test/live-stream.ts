import http from 'node:http';

/** One event read from a live stream. */
export interface StreamEvent {
  type: string;
  data: unknown;
}

/**
 * A reader of GET /api/live over real HTTP (inject cannot stream), as a browser's EventSource would hold it: events
 * are queued as they come, `next()` takes the next one (failing after `timeoutMs`, never waiting on a fixed sleep).
 */
export class LiveStream {
  readonly status: Promise<number>;
  private readonly events: StreamEvent[] = [];
  private waiter: ((e: StreamEvent | null) => void) | null = null;
  private ended = false;
  private readonly req: http.ClientRequest;
  /** Called for each event as it arrives, with the time it arrived (benches). */
  onEvent: ((e: StreamEvent, at: number) => void) | null = null;

  constructor(baseUrl: string, cookie: string | undefined, agent?: http.Agent) {
    let settle: (code: number) => void = () => undefined;
    this.status = new Promise((resolve) => (settle = resolve));
    const headers: Record<string, string> = { accept: 'text/event-stream', 'accept-language': 'en' };
    if (cookie) headers.cookie = cookie;
    this.req = http.get(`${baseUrl}/api/live`, { headers, ...(agent ? { agent } : {}) }, (res) => {
      settle(res.statusCode ?? 0);
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = parseBlock(block);
          if (event) this.push(event);
        }
      });
      res.on('end', () => this.finish());
      res.on('error', () => this.finish());
    });
    this.req.on('error', () => {
      settle(0);
      this.finish();
    });
  }

  private push(event: StreamEvent): void {
    this.onEvent?.(event, performance.now());
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(event);
    } else this.events.push(event);
  }

  private finish(): void {
    this.ended = true;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = null;
      w(null);
    }
  }

  /** The next event, or null when the stream has ended; rejects after `timeoutMs`. */
  next(timeoutMs = 5_000): Promise<StreamEvent | null> {
    const queued = this.events.shift();
    if (queued) return Promise.resolve(queued);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = null;
        reject(new Error(`no live event within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiter = (e) => {
        clearTimeout(timer);
        resolve(e);
      };
    });
  }

  /** Resolves once the stream has said it is open (`live.open`): events published from then on reach it. */
  async opened(timeoutMs = 5_000): Promise<void> {
    const first = await this.next(timeoutMs);
    if (first?.type !== 'live.open') throw new Error(`the stream began with ${JSON.stringify(first)}, not live.open`);
  }

  /** Drops the connection, as a closed tab does. */
  close(): void {
    this.req.destroy();
  }
}

function parseBlock(block: string): StreamEvent | null {
  let type = 'message';
  const data: string[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith(':')) continue;
    if (line.startsWith('event:')) type = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
  }
  if (data.length === 0 && type === 'message') return null;
  const text = data.join('\n');
  try {
    return { type, data: text ? JSON.parse(text) : null };
  } catch {
    return { type, data: text };
  }
}
