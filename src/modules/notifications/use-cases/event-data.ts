import type { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { NewNotification } from '../db/queries.js';

/**
 * The facts an event carries, checked against what a reaction needs; null (and a warning in the log) when they are
 * missing, so a malformed event notifies nobody instead of failing its job over and over.
 */
export function eventData<S extends z.ZodType>(schema: S, event: DomainEvent, ctx: ModuleContext): z.infer<S> | null {
  const parsed = schema.safeParse(event.data);
  if (parsed.success) return parsed.data;
  ctx.log.warn({ eventId: event.id, issues: parsed.error.issues }, `${event.type} without the expected data; no notifications`);
  return null;
}

/** One notification of a kind per person, never to the one who acted (a system event, with no actor, reaches everyone). */
export function notifyOnce(event: DomainEvent, ids: readonly (string | null | undefined)[], kind: string, data: Record<string, unknown>): NewNotification[] {
  const seen = new Set<string>(event.actorId ? [event.actorId] : []);
  const out: NewNotification[] = [];
  for (const userId of ids) {
    if (!userId || seen.has(userId)) continue;
    seen.add(userId);
    out.push({ userId, kind, eventId: event.id, entityType: event.entityType, entityId: event.entityId, data });
  }
  return out;
}
