import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { preparedOnce } from '../../../core/db/prepared.js';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { Executor } from '../../../core/db/client.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { groupNames, groupsRunBy, type OrganisingGroup } from '../../groups/index.js';
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
  /**
   * A department's id, `residents` for those no department organises (residents' own and their groups': the start
   * index has the department, not the group), or `groups` for those organised on a group's behalf.
   */
  organiser?: string | undefined;
  /** One group's events. */
  groupId?: string | undefined;
  page?: number | undefined;
}

/** The groups events are organised by, by id (for "organised by …"). */
export type EventGroups = ReadonlyMap<string, OrganisingGroup>;

/** The names of the groups these events are organised by (a group that no longer exists is left out). */
export function organisingGroups(db: Executor, rows: readonly EventRow[]): Promise<EventGroups> {
  return groupNames(
    db,
    rows.flatMap((r) => (r.groupId === null ? [] : [r.groupId])),
  );
}

/** A filter's SQL with its values as placeholders: one text per `shape`, prepared once (core/db/prepared.ts). */
export interface PreparedFilter {
  conditions: SQL[];
  values: Record<string, unknown>;
  /** Which optional parts are present: the prepared statement's key. */
  shape: string[];
}

/**
 * The conditions of the public list's filters (the map takes them too): visible events that end on or after `from`
 * (default now) — and so start at most the longest duration before it, the bound the start index can use — and start
 * by `to`, in the district, of the kind, with a free place, by the organiser. Values are placeholders, so each
 * combination of filters is one prepared statement, planned once per connection.
 */
export function publicEventConditions(filters: Omit<EventFilters, 'page'>, now: Date): PreparedFilter {
  const from = filters.from ?? now;
  const values: Record<string, unknown> = {
    from: from.toISOString(),
    startsFrom: new Date(from.getTime() - eventLimits.maxDurationDays * 86_400_000).toISOString(),
  };
  const shape: string[] = [];
  const conditions: SQL[] = [
    sql`${events.moderation} = 'visible'`,
    sql`${events.endsAt} >= ${sql.placeholder('from')}::timestamptz`,
    sql`${events.startsAt} >= ${sql.placeholder('startsFrom')}::timestamptz`,
  ];
  const add = (part: string, condition: SQL, value?: unknown) => {
    shape.push(part);
    conditions.push(condition);
    if (value !== undefined) values[part] = value;
  };
  if (filters.to) add('to', sql`${events.startsAt} <= ${sql.placeholder('to')}::timestamptz`, filters.to.toISOString());
  if (filters.districtId) add('district', sql`${events.districtId} = ${sql.placeholder('district')}::text`, filters.districtId);
  if (filters.kind) add('kind', sql`${events.kind} = ${sql.placeholder('kind')}::text`, filters.kind);
  if (filters.free) add('free', sql`${events.status} = 'published' and not ${events.isFull}`);
  if (filters.organiser === 'residents') add('residents', sql`${events.departmentId} is null`);
  else if (filters.organiser === 'groups') add('groups', sql`${events.groupId} is not null`);
  else if (filters.organiser) add('organiser', sql`${events.departmentId} = ${sql.placeholder('organiser')}::text`, filters.organiser);
  if (filters.groupId) add('group', sql`${events.groupId} = ${sql.placeholder('group')}::uuid`, filters.groupId);
  return { conditions, values, shape };
}

/**
 * Published events anyone may see (held or hidden ones never), soonest first, with the filters: district, kind, a
 * date range (events overlapping it), free places, organiser. Cancelled ones stay listed, marked. Public: the list
 * carries no person. One prepared statement per combination of filters: the page's ids come from events_starts_idx
 * or events_district_idx alone (an index-only scan: every filter is a column of both, free places as `is_full`), only
 * the page's rows are read from the table, and each row carries the matches counted up to `eventsCountCap` + 1 (a page
 * past the end has no row to carry it: then the count is asked alone).
 */
export async function listEvents(ctx: ModuleContext, filters: EventFilters, now = new Date()) {
  const page = filters.page ?? 1;
  const db = ctx.database.db;
  const { conditions, values, shape } = publicEventConditions(filters, now);
  const where = and(...conditions);
  const matches = sql`(select count(*)::int from (select 1 from ${events} where ${where} limit ${eventsCountCap + 1}) matches)`;
  const rows = await preparedOnce(db, 'events_list', shape.join(','), (name) =>
    db
      .select({ event: events, matches: sql<number>`${matches}`.as('matches') })
      .from(events)
      .where(
        inArray(
          events.id,
          db
            .select({ id: events.id })
            .from(events)
            .where(where)
            .orderBy(asc(events.startsAt), asc(events.id))
            .limit(eventsPageSize)
            .offset(sql.placeholder('offset')),
        ),
      )
      .orderBy(asc(events.startsAt), asc(events.id))
      .prepare(name),
  ).execute({ ...values, offset: (page - 1) * eventsPageSize });
  const n = rows.length
    ? Number(rows[0]!.matches)
    : Number(
        (
          await preparedOnce(db, 'events_list_count', shape.join(','), (name) =>
            db
              .select({ n: matches })
              .from(sql`(select 1) one`)
              .prepare(name),
          ).execute(values)
        )[0]!.n,
      );
  const found = rows.map((r) => r.event);
  return {
    rows: found,
    groups: await organisingGroups(db, found),
    total: Math.min(n, eventsCountCap),
    totalCapped: n > eventsCountCap,
    page,
    pageSize: eventsPageSize,
  };
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
  /** The group it is organised by (its name), if any. */
  groups: EventGroups;
}

/** One event for anyone who may see it (404 otherwise), with the viewer's registration and whether they may register. */
export async function getEvent(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<EventView> {
  const { row, facts } = await requireEvent(ctx.database.db, actor, id);
  const mine = await myRegistration(ctx, actor, row.id);
  // the age is checked when registering (it needs the verified birth date): here the rest of the rules
  const db = ctx.database.db;
  const [priority, source, [minutes], groups] = await Promise.all([
    hasPriority(ctx, db, row, actor.kind === 'user' ? actor.userId : null, now),
    sourceOf(ctx, row),
    db.select({ at: eventMinutes.publishedAt }).from(eventMinutes).where(eq(eventMinutes.eventId, row.id)),
    organisingGroups(db, [row]),
  ]);
  const decision = canRegister(actor, { ...facts, minAge: null }, { state: mine?.state ?? null, age: null, priority }, now);
  return {
    row,
    mine,
    isOrganiser: isEventOrganiser(actor, facts),
    registration: { allowed: decision.allowed, reason: decision.allowed ? null : decision.reason },
    source,
    minutesPublishedAt: minutes?.at ?? null,
    groups,
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
  return { registered: withPlaces, organised, groups: await organisingGroups(db, [...registered.map((r) => r.event), ...organised]) };
}

/** Who may ask which groups they may organise events for: any signed-in person (the answer is empty for most). */
export async function myOrganiserGroups(ctx: ModuleContext, actor: Actor): Promise<OrganisingGroup[]> {
  authorize(actor, canReadOwnEvents(actor));
  return groupsRunBy(ctx.database.db, actor.userId);
}
