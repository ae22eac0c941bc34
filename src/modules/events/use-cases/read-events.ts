import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { eventMinutes, eventRegistrations, events } from '../db/schema.js';
import { eventLimits, type EventKind, type RegistrationState } from '../domain/events.js';
import { waitlistPosition } from '../../../core/capacity/waitlist.js';
import { eventPlaces, type EventRow } from '../db/queries.js';
import { canReadOwnEvents, canRegister, isEventOrganiser } from '../policy.js';
import { requireEvent } from './common.js';
import { hasPriority, sourceOf, type EventSource } from './event-source.js';
import { myRegistration, type MyRegistration } from './registrations.js';

export const eventsPageSize = 20;
/**
 * The list counts its matches up to this many (fifty pages; `totalCapped` says there are more): counting every match
 * on each request cost more than the page itself, and nobody pages that far — they narrow the filters.
 */
export const eventsCountCap = 1_000;

/** The public list's filters. Without `from`, events that have not ended yet. */
export interface EventFilters {
  districtId?: string | undefined;
  kind?: EventKind | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Only those with a free place (or no limit) that are not cancelled. */
  free?: boolean | undefined;
  /** A department's id, or `residents` for those residents organise. */
  organiser?: string | undefined;
  page?: number | undefined;
}

/**
 * The conditions of the public list's filters (the map takes them too): visible events that end on or after `from`
 * (default now) — and so start at most the longest duration before it, the bound the start index can use — and start
 * by `to`, in the district, of the kind, with a free place, by the organiser.
 */
export function publicEventConditions(filters: Omit<EventFilters, 'page'>, now: Date): (SQL | undefined)[] {
  const from = filters.from ?? now;
  const where: (SQL | undefined)[] = [
    eq(events.moderation, 'visible'),
    gte(events.endsAt, from),
    gte(events.startsAt, new Date(from.getTime() - eventLimits.maxDurationDays * 86_400_000)),
  ];
  if (filters.to) where.push(lte(events.startsAt, filters.to));
  if (filters.districtId) where.push(eq(events.districtId, filters.districtId));
  if (filters.kind) where.push(eq(events.kind, filters.kind));
  if (filters.free) where.push(eq(events.status, 'published'), or(isNull(events.capacity), lt(events.registeredCount, events.capacity)));
  if (filters.organiser === 'residents') where.push(isNull(events.departmentId));
  else if (filters.organiser) where.push(eq(events.departmentId, filters.organiser));
  return where;
}

/**
 * Published events anyone may see (held or hidden ones never), soonest first, with the filters: district, kind, a
 * date range (events overlapping it), free places, organiser. Cancelled ones stay listed, marked. Public: the list
 * carries no person. The page's ids and the count come from events_starts_idx alone (an index-only scan: every
 * filter but free places is a column of it), and only the page's rows are read from the table.
 */
export async function listEvents(ctx: ModuleContext, filters: EventFilters, now = new Date()) {
  const page = filters.page ?? 1;
  const db = ctx.database.db;
  const condition = and(...publicEventConditions(filters, now));
  const pageIds = db
    .select({ id: events.id })
    .from(events)
    .where(condition)
    .orderBy(asc(events.startsAt), asc(events.id))
    .limit(eventsPageSize)
    .offset((page - 1) * eventsPageSize);
  const [rows, [count]] = await Promise.all([
    db.select().from(events).where(inArray(events.id, pageIds)).orderBy(asc(events.startsAt), asc(events.id)),
    db.select({ n: sql<number>`count(*)::int` }).from(
      db
        .select({ one: sql`1` })
        .from(events)
        .where(condition)
        .limit(eventsCountCap + 1)
        .as('matches'),
    ),
  ]);
  const n = Number(count?.n ?? 0);
  return { rows, total: Math.min(n, eventsCountCap), totalCapped: n > eventsCountCap, page, pageSize: eventsPageSize };
}

/** What the viewer of one event may do and where they stand. */
export interface EventView {
  row: EventRow;
  mine: MyRegistration | null;
  isOrganiser: boolean;
  /** Whether the viewer may register now, or the reason not (null for a visitor: sign in first). */
  registration: { allowed: boolean; reason: string | null };
  /** What the meeting was opened on, while it is public. */
  source: EventSource | null;
  minutesPublishedAt: Date | null;
}

/** One event for anyone who may see it (404 otherwise), with the viewer's registration and whether they may register. */
export async function getEvent(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<EventView> {
  const { row, facts } = await requireEvent(ctx.database.db, actor, id);
  const mine = await myRegistration(ctx, actor, row.id);
  // the age is checked when registering (it needs the verified birth date): here the rest of the rules
  const db = ctx.database.db;
  const [priority, source, [minutes]] = await Promise.all([
    hasPriority(ctx, db, row, actor.kind === 'user' ? actor.userId : null, now),
    sourceOf(ctx, row),
    db.select({ at: eventMinutes.publishedAt }).from(eventMinutes).where(eq(eventMinutes.eventId, row.id)),
  ]);
  const decision = canRegister(actor, { ...facts, minAge: null }, { state: mine?.state ?? null, age: null, priority }, now);
  return {
    row,
    mine,
    isOrganiser: isEventOrganiser(actor, facts),
    registration: { allowed: decision.allowed, reason: decision.allowed ? null : decision.reason },
    source,
    minutesPublishedAt: minutes?.at ?? null,
  };
}

/** The caller's events: those they registered for or wait for (newest first, with their place on a waitlist), and those they organise. */
export async function myEvents(ctx: ModuleContext, actor: Actor) {
  authorize(actor, canReadOwnEvents(actor));
  const db = ctx.database.db;
  const states: RegistrationState[] = ['registered', 'waitlisted', 'attended'];
  const [registered, organised] = await Promise.all([
    db
      .select({ event: events, state: eventRegistrations.state, queue: eventRegistrations.queue })
      .from(eventRegistrations)
      .innerJoin(events, eq(events.id, eventRegistrations.eventId))
      .where(and(eq(eventRegistrations.userId, actor.userId), inArray(eventRegistrations.state, states)))
      .orderBy(desc(events.startsAt))
      .limit(200),
    db.select().from(events).where(eq(events.organiserId, actor.userId)).orderBy(desc(events.startsAt)).limit(200),
  ]);
  const withPlaces = await Promise.all(
    registered.map(async (r) => ({ ...r, position: r.state === 'waitlisted' ? await waitlistPosition(db, eventPlaces, r.event.id, r.queue) : null })),
  );
  return { registered: withPlaces, organised };
}
