import crypto from 'node:crypto';
import type { z } from 'zod';
import type { Executor } from '../db/client.js';
import { enqueueJob } from './jobs.js';

/** An event type a module emits: `subject.verb` and the schema of its data (ids and public texts; no personal data). */
export interface EventDefinition<T extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: T;
  readonly data: S;
}

/** Something that happened in a module, for other modules to react to (notifications, points, counters). */
export interface DomainEvent<D = Record<string, unknown>> {
  /** Unique; listeners use it to stay idempotent when a job is retried. */
  id: string;
  /** `subject.verb`, e.g. `comment.created`, `content.hidden`. */
  type: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  /** Facts listeners need, as the emitter's schema says; no personal data. */
  data: D;
  at: string;
}

/** An event of a definition as its listeners receive it, e.g. `EventOf<typeof commentCreated>`. */
export type EventOf<E extends EventDefinition> = DomainEvent<z.output<E['data']>>;

/** Declares an event type owned by the module that emits it; export it from the module's index.ts. */
export function defineEvent<const T extends string, S extends z.ZodObject>(type: T, data: S): EventDefinition<T, S> {
  return { type, data };
}

/** Kind of the job that hands an event to its listeners: it queues one `listen` job per listener. */
export const eventJobKind = 'event';
/** Kind of the job that runs one listener for one event, so a failing listener retries alone. */
export const listenJobKind = 'listen';

/**
 * Records a domain event in the caller's transaction, its data checked against the emitter's schema: it is
 * dispatched after commit, and never if the transaction rolls back.
 */
export async function emitEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  event: { actorId: string | null; entityType: string; entityId: string; data: z.input<S> },
): Promise<DomainEvent<z.output<S>>> {
  const job = eventJob(def, event);
  await enqueueJob(tx, job);
  return job.payload;
}

/**
 * The job that carries an event, its data checked against the emitter's schema, for a write that queues it in its
 * own statement (a data-modifying CTE inserting `{ kind, payload }` into jobs only when its row was written): the
 * same job emitEvent queues, dispatched after commit and never if the statement's transaction rolls back.
 */
export function eventJob<S extends z.ZodType>(
  def: EventDefinition<string, S>,
  event: { actorId: string | null; entityType: string; entityId: string; data: z.input<S> },
): { kind: typeof eventJobKind; payload: DomainEvent<z.output<S>> & Record<string, unknown> } {
  const full: DomainEvent<z.output<S>> = { ...event, type: def.type, data: def.data.parse(event.data), id: crypto.randomUUID(), at: new Date().toISOString() };
  return { kind: eventJobKind, payload: full as DomainEvent<z.output<S>> & Record<string, unknown> };
}

/** A reaction of a module to one event type. `name` is unique within the module (the handler's function name). */
export interface Listener<C = unknown> {
  type: string;
  name: string;
  run: (event: DomainEvent, ctx: C) => Promise<void>;
}

/**
 * A module's reaction to an event, typed by the emitter's schema (the data is parsed again when it arrives, so a
 * listener never sees a shape its emitter did not declare). Listeners must be idempotent: use the event id.
 */
export function listen<S extends z.ZodType, C>(
  def: EventDefinition<string, S>,
  handler: (event: DomainEvent<z.output<S>>, ctx: C) => Promise<void>,
  name = handler.name,
): Listener<C> {
  if (!name) throw new Error(`A listener of ${def.type} needs a name (a named function)`);
  return { type: def.type, name, run: (event, ctx) => handler({ ...event, data: def.data.parse(event.data) }, ctx) };
}
