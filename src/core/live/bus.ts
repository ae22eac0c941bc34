import type { FastifyBaseLogger } from 'fastify';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Database } from '../db/client.js';

/**
 * Something that happened for a person, sent to their open pages: a `type` the web listens for (`message.new`) and
 * small `data` (ids, never another person's text or name): the page refetches what its reader may see.
 */
export interface LiveEvent {
  type: string;
  data: unknown;
}

/** The event every stream of this process gets when events may have been missed (the listener's connection was lost): pages refetch. */
export const resyncEvent: LiveEvent = { type: 'live.resync', data: null };

/**
 * Live delivery of events to signed-in people's open pages (GET /api/live). Modules publish after their transaction
 * has committed; the route subscribes one stream per open page.
 */
export interface LiveBus {
  /**
   * Sends `event` to every open stream of these people, on every app process. Best effort: a person with no open
   * page gets nothing (pages load what they show when they open). Throws when `data` is too large for one
   * notification (keep it to ids, well under 7,000 bytes as JSON).
   */
  publish(userIds: string[], event: LiveEvent): Promise<void>;
  /** Registers one open stream of a person; returns its removal. */
  subscribe(userId: string, deliver: (event: LiveEvent) => void): () => void;
  /** Resolves once this process hears what any process publishes (a stream says it is open only then). */
  ready(): Promise<void>;
  /** Open streams on this process: of one person, or all. */
  streams(userId?: string): number;
  /** Stops listening and forgets every stream (the app is closing); safe to call twice. */
  close(): Promise<void>;
}

/** PostgreSQL's channel the processes of one database speak on. */
export const liveChannel = 'gorod_live';
/** NOTIFY refuses payloads of 8,000 bytes or more; ours stay under this (a larger list of people is split). */
export const notifyLimit = 7_900;

/** The streams of this process, by person: where an event for people ends up. */
class LocalStreams {
  private readonly byUser = new Map<string, Set<(event: LiveEvent) => void>>();
  private total = 0;

  add(userId: string, deliver: (event: LiveEvent) => void): () => void {
    let set = this.byUser.get(userId);
    if (!set) this.byUser.set(userId, (set = new Set()));
    set.add(deliver);
    this.total++;
    let removed = false;
    return () => {
      if (removed) return;
      removed = true;
      this.total--;
      set.delete(deliver);
      if (set.size === 0 && this.byUser.get(userId) === set) this.byUser.delete(userId);
    };
  }

  deliver(userIds: readonly string[], event: LiveEvent): void {
    for (const id of new Set(userIds)) for (const d of this.byUser.get(id) ?? []) d(event);
  }

  everyone(event: LiveEvent): void {
    for (const set of this.byUser.values()) for (const d of set) d(event);
  }

  count(userId?: string): number {
    return userId === undefined ? this.total : (this.byUser.get(userId)?.size ?? 0);
  }

  clear(): void {
    this.byUser.clear();
    this.total = 0;
  }
}

/**
 * The bus for this database: in-process on PGlite (one process holds the data folder), through PostgreSQL's
 * LISTEN/NOTIFY on a server, where several app processes may serve one city.
 */
export function createLiveBus(database: Database, log: FastifyBaseLogger): LiveBus {
  return database.kind === 'postgres' && database.openSession ? new NotifyBus(database, database.openSession, log) : new InProcessBus();
}

/** One process: a published event goes straight to this process's streams. */
class InProcessBus implements LiveBus {
  private readonly local = new LocalStreams();

  async publish(userIds: string[], event: LiveEvent): Promise<void> {
    for (const chunk of notifyChunks(userIds, event)) this.local.deliver(chunk.u, { type: chunk.t, data: chunk.d });
  }
  subscribe(userId: string, deliver: (event: LiveEvent) => void): () => void {
    return this.local.add(userId, deliver);
  }
  async ready(): Promise<void> {}
  streams(userId?: string): number {
    return this.local.count(userId);
  }
  async close(): Promise<void> {
    this.local.clear();
  }
}

/** What travels in one notification: the people, the event's type and data. */
interface Notice {
  u: string[];
  t: string;
  d: unknown;
}

/**
 * The notifications carrying one event to these people, each under `notifyLimit` bytes: the list of people is split
 * as needed. An event whose own data leaves no room for a person is refused (a programming error: send ids).
 */
export function notifyChunks(userIds: readonly string[], event: LiveEvent): Notice[] {
  const people = [...new Set(userIds)];
  if (people.length === 0) return [];
  const base = Buffer.byteLength(JSON.stringify({ u: [], t: event.type, d: event.data ?? null }));
  // a user id is a uuid: 36 characters, quotes and a comma
  const room = Math.floor((notifyLimit - base) / 39);
  if (room < 1) throw new Error(`live event ${event.type} is too large (${base} bytes): publish ids, not content`);
  const out: Notice[] = [];
  for (let i = 0; i < people.length; i += room) out.push({ u: people.slice(i, i + room), t: event.type, d: event.data ?? null });
  return out;
}

/**
 * Several processes on one PostgreSQL database: publish is `pg_notify` through the pool (any process, the CLI too);
 * each process that has streams LISTENs on a connection of its own and hands what it hears to its streams. The
 * connection is opened with the first stream and reopened after a loss (1 s, doubling to 30 s); on reopening every
 * stream is told `live.resync`, since what was sent meanwhile is gone.
 */
class NotifyBus implements LiveBus {
  private readonly local = new LocalStreams();
  private client: pg.Client | null = null;
  private connecting: Promise<void> | null = null;
  private retry: NodeJS.Timeout | null = null;
  private delay = 1_000;
  private closed = false;
  private lostOnce = false;

  constructor(
    private readonly database: Database,
    private readonly openSession: () => pg.Client,
    private readonly log: FastifyBaseLogger,
  ) {}

  async publish(userIds: string[], event: LiveEvent): Promise<void> {
    for (const chunk of notifyChunks(userIds, event)) {
      await this.database.db.execute(sql`select pg_notify(${liveChannel}, ${JSON.stringify(chunk)})`);
    }
  }

  subscribe(userId: string, deliver: (event: LiveEvent) => void): () => void {
    const remove = this.local.add(userId, deliver);
    this.listen();
    return remove;
  }

  streams(userId?: string): number {
    return this.local.count(userId);
  }

  async ready(): Promise<void> {
    this.listen();
    while (this.connecting) await this.connecting;
  }

  private listen(): void {
    if (this.closed || this.client || this.connecting || this.retry) return;
    this.connecting = this.connect().finally(() => (this.connecting = null));
  }

  private async connect(): Promise<void> {
    const client = this.openSession();
    client.on('notification', (msg) => {
      if (msg.channel !== liveChannel || !msg.payload) return;
      try {
        const n = JSON.parse(msg.payload) as Notice;
        this.local.deliver(n.u, { type: n.t, data: n.d });
      } catch (err) {
        this.log.warn({ err }, 'an unreadable live notification was dropped');
      }
    });
    client.on('error', (err) => this.lost(client, err));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`listen ${liveChannel}`);
    } catch (err) {
      this.lost(client, err as Error);
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.delay = 1_000;
    if (this.lostOnce) {
      this.log.info('live delivery listens again; open pages refetch');
      this.local.everyone(resyncEvent);
    }
  }

  private lost(client: pg.Client, err: Error): void {
    if (this.closed || (this.client !== null && this.client !== client)) return;
    if (this.client === null && this.retry) return;
    this.client = null;
    this.lostOnce = true;
    client.removeAllListeners('end');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    this.log.warn({ err, retryInMs: this.delay }, 'live delivery lost its database connection; reconnecting');
    this.retry = setTimeout(() => {
      this.retry = null;
      if (this.local.count() > 0) this.listen();
    }, this.delay);
    this.retry.unref();
    this.delay = Math.min(this.delay * 2, 30_000);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    while (this.connecting) await this.connecting;
    const client = this.client;
    this.client = null;
    this.local.clear();
    if (client) {
      client.removeAllListeners('end');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
