import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.js';
import { checkpointListeners, checkpointsEntityKind, dailyCheckpointJob, dailyCheckpointJobKind } from './core/audit/checkpoint-triggers.js';
import { eventJobKind, listenJobKind, type DomainEvent, type Listener } from './core/jobs/events.js';
import { enqueueJob, JobRunner, purgeFinishedJobs, type JobDefinition } from './core/jobs/jobs.js';
import { createLiveBus } from './core/live/bus.js';
import { Mailer } from './core/mail/mail.js';
import { EntityRegistry, type EntityKind, type ModerationState } from './core/module/entities.js';
import type { SearchKind } from './core/module/search.js';
import type { Database, Executor } from './core/db/client.js';
import type { GorodModule, ModuleContext } from './core/module/module.js';
import { notificationKindMap } from './core/module/notification-kinds.js';
import { queueSearchRefresh, refreshSearch, searchKindMap, searchRefreshJobKind, searchTargetsOf } from './core/search/refresh.js';
import { searchKindsOf } from './core/search/site-pages.js';

/**
 * The context every module receives: configuration, database, mail delivery, the entity registry, the job runner
 * with every module's job kinds and listeners, and every module's notification kinds (the server and the CLI build it the same way).
 */
export function createContext(config: Config, database: Database, modules: GorodModule[], log: FastifyBaseLogger): ModuleContext {
  const mailer = new Mailer(database.db, { smtpUrl: config.smtpUrl, from: config.mailFrom, outboxDir: path.join(config.dataDir, 'mail') }, (err) =>
    log.warn({ err }, 'mail delivery pass failed; the mail stays queued'),
  );
  const searchKinds = searchKindMap(searchKindsOf(modules));
  const entities = new EntityRegistry();
  entities.add(checkpointsEntityKind);
  for (const m of modules)
    for (const kind of typeof m.entities === 'function' ? m.entities(entities) : (m.entities ?? [])) entities.add(searchModerated(kind, searchKinds));
  const definitions = new Map<string, JobDefinition<ModuleContext>>();
  const jobs = new JobRunner<ModuleContext>(database.db, definitions, (err, kind) => log.warn({ err, kind }, 'background job failed; it will be retried'));
  const notificationKinds = notificationKindMap(modules.flatMap((m) => m.notifications ?? []));
  const areaKinds = modules.flatMap((m) => m.area ?? []);
  const statistics = modules.flatMap((m) => (m.statistics ? [m.statistics] : []));
  const personalData = modules.flatMap((m) => (m.personalData ? [{ ...m.personalData, module: m.name }] : []));
  const live = createLiveBus(database, log);
  const ctx: ModuleContext = { config, database, mailer, log, entities, jobs, notificationKinds, areaKinds, personalData, statistics, live };
  jobs.bind(ctx);
  for (const m of modules) {
    for (const [kind, def] of Object.entries(m.jobs ?? {})) {
      if (definitions.has(kind) || kind === eventJobKind || kind === listenJobKind || kind === searchRefreshJobKind)
        throw new Error(`Job kind ${kind} is declared twice`);
      definitions.set(kind, def);
    }
  }
  // a domain event's job queues one job per listener, so each reaction runs, fails and retries on its own
  const listeners = new Map<string, Listener<ModuleContext>>();
  for (const l of checkpointListeners(modules)) listeners.set(`core:${l.type}:${l.name}`, l);
  for (const m of modules) {
    for (const l of typeof m.on === 'function' ? m.on(modules) : (m.on ?? [])) {
      const id = `${m.name}:${l.type}:${l.name}`;
      if (listeners.has(id)) throw new Error(`Listener ${id} is declared twice`);
      listeners.set(id, l);
    }
  }
  definitions.set(eventJobKind, {
    run: async (payload, c) => {
      const event = payload as unknown as DomainEvent;
      const ids = [...listeners].filter(([, l]) => l.type === event.type).map(([id]) => id);
      // the search index refreshes what the event names, as one more reaction of its own
      const targets = searchTargetsOf(event, searchKinds);
      if (ids.length === 0 && targets.length === 0) return;
      await c.database.db.transaction(async (tx) => {
        for (const listener of ids) await enqueueJob(tx, { kind: listenJobKind, key: `${event.id}|${listener}`, payload: { listener, event } });
        for (const t of targets) await enqueueJob(tx, { kind: searchRefreshJobKind, key: `${event.id}|search:${t.kind}`, payload: t });
      });
    },
  });
  definitions.set(listenJobKind, {
    run: async (payload, c) => {
      const listener = listeners.get(String(payload.listener));
      // a listener removed by an upgrade leaves nothing to do
      if (listener) await listener.run(payload.event as DomainEvent, c);
    },
  });
  definitions.set(searchRefreshJobKind, {
    run: async (payload, c) => {
      const kind = searchKinds.get(String(payload.kind));
      // a kind removed by an upgrade leaves nothing to do (the next reindex drops its documents)
      if (kind) await refreshSearch(c.database.db, kind, (payload.ids as unknown[]).map(String));
    },
  });
  // the audit log's signed checkpoint of the day (core/audit/checkpoint-triggers.ts)
  definitions.set(dailyCheckpointJobKind, dailyCheckpointJob);
  // finished jobs are kept two weeks for inspection, then removed (daily)
  definitions.set('core.purge-jobs', {
    run: async (_payload, c) => void (await purgeFinishedJobs(c.database.db, 14)),
    every: (after) => new Date(after.getTime() + 24 * 3600_000),
  });
  return ctx;
}

/**
 * An entity kind whose moderation also reaches the search index in the same transaction: hiding or holding takes its
 * document out at once, restoring queues its rebuild. Kinds no search kind shares a name with are returned as they are.
 */
function searchModerated(kind: EntityKind, searchKinds: ReadonlyMap<string, SearchKind>): EntityKind {
  const setModeration = kind.setModeration;
  if (!setModeration || !searchKinds.has(kind.type)) return kind;
  return Object.assign(Object.create(kind) as EntityKind, {
    async setModeration(tx: Executor, id: string, state: ModerationState, reason: string | null, by?: string | null): Promise<boolean> {
      const found = await setModeration.call(kind, tx, id, state, reason, by);
      if (found) await queueSearchRefresh(tx, kind.type, [id], { visible: state === 'visible' });
      return found;
    },
  });
}
