import { fastifySSE } from '@fastify/sse';
import { authorize } from '../auth/authorize.js';
import { AppError } from '../http/errors.js';
import { perUserRateLimit } from '../http/rate-limits.js';
import type { App, ModuleContext } from '../module/module.js';
import type { LiveEvent } from './bus.js';
import { canListenLive } from './policy.js';

/** Open streams one person may hold on one process (a tab each); more are refused 429. */
export const streamsPerPerson = 10;
/** Open streams one process holds at most; more are refused 503 with Retry-After. */
export const streamsPerProcess = 10_000;
/** A comment line this often keeps proxies and browsers from closing a quiet stream (most give up after 60 s). */
export const heartbeatMs = 25_000;
/** What may wait unread for one stream before it is closed. */
const maxBufferedBytes = 256 * 1024;
/** How long a browser waits before reconnecting a dropped stream. */
const retryMs = 3_000;

/**
 * GET /api/live: the signed-in person's events as Server-Sent Events (@fastify/sse), one stream per open page. The
 * stream starts with `live.open` once this process hears events from every process (a page refetches what it shows
 * then, so nothing sent while it was away is lost), then carries each published event as `event: <type>`, and
 * `live.resync` when this process may have missed some. Closed streams leave the bus at once; stopping the app
 * closes every stream first, so `app.close()` does not wait for browsers.
 */
export async function liveRoutes(app: App, ctx: ModuleContext): Promise<void> {
  await app.register(fastifySSE, { heartbeatInterval: heartbeatMs });
  const open = new Set<{ close(): void }>();
  app.addHook('preClose', async () => {
    for (const stream of open) stream.close();
  });

  // Who may call: any signed-in person (canListenLive); their own events only.
  app.get(
    '/api/live',
    {
      sse: { kind: 'manual' },
      // a HEAD of an endless stream would hold the connection for nothing
      exposeHeadRoute: false,
      config: { policy: canListenLive, ...perUserRateLimit(60, 1) },
      schema: {
        tags: ['live'],
        summary: 'My live events (Server-Sent Events)',
        description: `A text/event-stream of the signed-in person's events: \`live.open\` first, then each event as \`event: <type>\` with JSON \`data\` (ids only: refetch what they name), \`live.resync\` when some may have been missed, and a comment every ${heartbeatMs / 1000} s. At most ${streamsPerPerson} streams per person (429) and ${streamsPerProcess} per server process (503).`,
      },
    },
    async (req, reply) => {
      const actor = req.actor;
      authorize(actor, canListenLive(actor));
      if (ctx.live.streams(actor.userId) >= streamsPerPerson) throw new AppError(429, 'live_too_many_streams', { max: streamsPerPerson });
      if (ctx.live.streams() >= streamsPerProcess) {
        void reply.header('retry-after', '30');
        throw new AppError(503, 'live_full');
      }
      const stream = reply.sse;
      // events published before the stream is announced wait here, in order, so none is lost or overtaken
      let queue: LiveEvent[] | null = [];
      const write = (event: LiveEvent) => {
        if (!stream.isConnected) return;
        // a page that stopped reading (a sleeping laptop) is let go rather than buffered without end: it reconnects and refetches
        if (reply.raw.writableLength > maxBufferedBytes) return stream.close();
        stream.send({ event: event.type, data: event.data }).catch(() => stream.close());
      };
      const leave = ctx.live.subscribe(actor.userId, (event) => (queue ? queue.push(event) : write(event)));
      const handle = { close: () => stream.close() };
      open.add(handle);
      stream.onClose(() => {
        leave();
        open.delete(handle);
      });
      stream.keepAlive();
      await ctx.live.ready();
      if (!stream.isConnected) return;
      await stream.send({ event: 'live.open', data: null, retry: retryMs });
      const waiting = queue;
      queue = null;
      for (const event of waiting) write(event);
    },
  );
}
