import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Db, Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import type { EventRow } from '../db/queries.js';
import { events } from '../db/schema.js';
import { registrationOpensFor, type EventSourceType } from '../domain/events.js';
import { canOpenMeetingOn } from '../policy.js';
import { ruleError } from './common.js';

/** What a meeting was opened on, as shown on its page: the kind, the id, its title and page. */
export interface EventSource {
  type: EventSourceType;
  id: string;
  title: string;
  path: string;
}

/**
 * Checks that `actor` may open a meeting on the source: it exists and is public (else 400 naming `source`, as any
 * mistaken input), the actor is responsible for it (403) and it is ready (409: a poll must be closed). Each kind's
 * module answers through its entity kind's `meetingSource` (the events module knows none of them). Returns its title.
 */
export async function checkSource(ctx: ModuleContext, db: Db, actor: Actor, source: { type: EventSourceType; id: string }): Promise<EventSource> {
  const kind = ctx.entities.get(source.type);
  const facts = kind?.meetingSource ? await kind.meetingSource(db, source.id, actor) : null;
  const summary = facts ? await ctx.entities.describeOne(db, source.type, source.id) : null;
  if (!facts || !summary?.visible) throw ruleError({ field: 'source', code: 'event_source_not_found' });
  authorize(actor, canOpenMeetingOn(actor, facts));
  return { type: source.type, id: source.id, title: summary.title, path: summary.path };
}

/** The source of an event as its page shows it (null when none, or when it is no longer public). */
export async function sourceOf(ctx: ModuleContext, row: Pick<EventRow, 'sourceType' | 'sourceId'>): Promise<EventSource | null> {
  if (!row.sourceType || !row.sourceId) return null;
  const summary = await ctx.entities.describeOne(ctx.database.db, row.sourceType, row.sourceId);
  if (!summary?.visible) return null;
  return { type: row.sourceType, id: row.sourceId, title: summary.title, path: summary.path };
}

/**
 * Whether this person may register early for a meeting on a source: the event has a priority window that is open
 * for participants now, and they took part in the source (asked of its module only then).
 */
export async function hasPriority(ctx: ModuleContext, db: Db, row: EventRow, userId: string | null, now: Date): Promise<boolean> {
  if (!userId || !row.sourceType || !row.sourceId || !row.priorityDays || !row.registrationOpensAt) return false;
  if (now.getTime() >= row.registrationOpensAt.getTime()) return false;
  const opens = registrationOpensFor(row, true);
  if (!opens || now.getTime() < opens.getTime()) return false;
  const kind = ctx.entities.get(row.sourceType);
  return kind?.tookPart ? kind.tookPart(db, row.sourceId, userId) : false;
}

/** The meetings opened on one source that anyone may see, soonest first (at most 50). */
export async function meetingsOn(db: Executor, source: { type: EventSourceType; id: string }): Promise<EventRow[]> {
  return db
    .select()
    .from(events)
    .where(and(eq(events.sourceType, source.type), eq(events.sourceId, source.id), eq(events.moderation, 'visible')))
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(50);
}
