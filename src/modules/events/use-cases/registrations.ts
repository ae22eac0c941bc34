import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { Actor, UserActor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { giveUpPlace, waitlistPosition } from '../../../core/capacity/waitlist.js';
import type { Executor } from '../../../core/db/client.js';
import { preparedSql, tableRow } from '../../../core/db/prepared.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { localDay } from '../../../core/time/calendar.js';
import { followSql } from '../../notifications/index.js';
import { ageOn, verifiedResidentMeetsSql, verifiedResidentSql } from '../../verification/index.js';
import { eventPlaces, findEvent, findRegistration, type EventRow } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import type { RegistrationState } from '../domain/events.js';
import { canCancelRegistration, canReadEvent, canRegister, type EventFacts } from '../policy.js';
import { eventType, factsOf, requireEvent } from './common.js';
import { hasPriority } from './event-source.js';
import { promoteWaitlisted } from './promote.js';

/** Where a person stands: their state and, on the waitlist, their place in it (1 = next). */
export interface MyRegistration {
  state: RegistrationState;
  position: number | null;
}

/** How many times a registration is tried again when the event or the person's registration changed under it. */
const attempts = 3;

/**
 * Registers the caller, once: 401 for visitors; 409 when cancelled, started, outside the window, closed by the
 * organiser or already registered; 403 under the age limit (or with no verified birth date when there is one); 404
 * when not visible. A participant of a meeting's source may register its priority days early. One statement does
 * it all (see writeRegistration): under the event's row lock it checks the rules, takes a place — registered while
 * one is free, else the end of the waitlist, in the order people came — updates the counts and makes the person a
 * follower of the event (its comments and news reach them); so registrations never exceed the capacity (the table's check is the last guard) and the
 * primary key keeps one per person. A person who cancelled may register again, at the end of the line. When the
 * statement refuses, the gate says why from the facts it returned; when the gate would allow it (a meeting's source
 * gives priority, an organiser registers for an event moderation holds, or a racing request changed the facts) it is
 * tried again with what the gate knows.
 */
export async function registerForEvent(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<MyRegistration> {
  const db = ctx.database.db;
  if (actor.kind !== 'user') {
    const { facts } = await requireEvent(db, actor, id);
    authorize(actor, canRegister(actor, facts, { state: null, age: null }, now));
  }
  const userId = (actor as UserActor).userId;
  const tz = ctx.config.cityTimezone;
  let asked = { priority: false, hidden: false };
  for (let attempt = 1; ; attempt++) {
    const written = await writeRegistration(db, { eventId: id, userId, now, timeZone: tz, ...asked });
    if (!written) throw new AppError(404, 'event_not_found');
    if (written.place) return written.place;
    // refused: the gate says why, from the facts the statement read under the lock
    const { row, facts } = written;
    authorize(actor, canReadEvent(actor, facts));
    const age = row.minAge ? (written.birthDate ? ageOn(written.birthDate, localDay(row.startsAt, tz)) : null) : null;
    const priority = await hasPriority(ctx, db, row, userId, now);
    authorize(actor, canRegister(actor, facts, { state: written.state, age, priority }, now));
    if (attempt === attempts) throw new AppError(409, 'event_registration_changed');
    asked = { priority, hidden: facts.moderation !== 'visible' };
  }
}

/**
 * writeRegistration's statement (named and prepared: one text, planned once per connection). `e` locks the event's
 * row (`for no key update`, as findEvent: the mode of `u`'s update, so no multixact): racing registrations for one
 * event pass here one at a time, and `e` is the row as the last one left it. `ok` is registrationRefusal's rules in SQL (with the priority and the moderation the caller was allowed)
 * and the age limit against the verified birth date on the event's day in the city; `r` takes the place (a cancelled
 * registration comes back with a new queue number, at the end of the line; a registered or waiting one is left
 * alone, so `ok` does not look for it first: that look-up cost a third of the statement's server time, and `mine` is
 * read only when refusing), `u` counts it, `f` makes the person follow the event (in the statement, not through a queued
 * `event.registered` job: following was that job's only use, and the job row with its JSON cost a sixth of the
 * statement; the follow commits with the place or not at all); the place on the waitlist is the number waiting before, plus one.
 * The event's row (one JSON text) and the facts the gate needs come back only when the rules refused: a registration
 * answers its place alone (reading the 35 columns of the row back cost as much as the rest of the request's app time).
 */
const writeRegistrationSql = () => {
  const user = sql`${sql.placeholder('user')}::uuid`;
  const now = sql`${sql.placeholder('now')}::timestamptz`;
  const eventDay = sql`(e.starts_at at time zone ${sql.placeholder('tz')}::text)::date`;
  return sql`with e as (select * from ${events} where id = ${sql.placeholder('event')}::uuid for no key update),
    mine as (select state from ${eventRegistrations} where event_id = ${sql.placeholder('event')}::uuid and user_id = ${user}),
    ok as (
      select e.id, case when e.capacity is null or e.registered_count < e.capacity then 'registered' else 'waitlisted' end as place
      from e
      where (e.moderation = 'visible' or ${sql.placeholder('hidden')}::boolean) and e.status = 'published' and ${now} < e.starts_at
        and (e.registration_opens_at is null
          or ${now} >= e.registration_opens_at - case when ${sql.placeholder('priority')}::boolean then make_interval(days => e.priority_days) else interval '0' end)
        and (e.registration_closes_at is null or ${now} < e.registration_closes_at)
        and not e.registration_paused
        and (coalesce(e.min_age, 0) = 0 or ${verifiedResidentMeetsSql(user, sql`(${eventDay} - make_interval(years => e.min_age::int))::date::text`, sql`null`)})),
    r as (
      insert into ${eventRegistrations} (event_id, user_id, state, created_at, updated_at)
      select ok.id, ${user}, ok.place, ${now}, ${now} from ok
      on conflict (event_id, user_id) do update
        set state = excluded.state, updated_at = excluded.updated_at, queue = nextval(pg_get_serial_sequence('event_registrations', 'queue'))
        where ${eventRegistrations}.state = 'cancelled'
      returning state),
    u as (
      update ${events} set registered_count = registered_count + (r.state = 'registered')::int, waitlist_count = waitlist_count + (r.state = 'waitlisted')::int
      from r where ${events}.id = ${sql.placeholder('event')}::uuid),
    f as (${followSql(user, { entityType: eventType, entityId: sql`${sql.placeholder('event')}::uuid` }, sql`r`)})
  select w.written, e.waitlist_count + 1 as waitlist_place,
    case when w.written is null then row_to_json(e)::text end as refused_event,
    case when w.written is null then (select state from mine) end as my_state,
    case when w.written is null and e.min_age > 0 then ${verifiedResidentSql(user)} ->> 'birthDate' end as birth_date
  from e, (select (select state from r) as written) w`;
};

/**
 * Registers a person in one statement (its own transaction; see writeRegistrationSql): their place, or — when the
 * rules refuse — the event's row with the facts the gate needs to say why. Undefined when there is no such event.
 */
async function writeRegistration(
  db: Executor,
  w: { eventId: string; userId: string; now: Date; timeZone: string; priority: boolean; hidden: boolean },
): Promise<
  { place: MyRegistration } | { place: null; row: EventRow; facts: EventFacts; state: RegistrationState | null; birthDate: string | null } | undefined
> {
  const [raw] = await preparedSql<Record<string, unknown>>(db, 'events_register', writeRegistrationSql).execute({
    event: w.eventId,
    user: w.userId,
    now: w.now.toISOString(),
    tz: w.timeZone,
    priority: w.priority,
    hidden: w.hidden,
  });
  if (!raw) return undefined;
  const written = raw.written as 'registered' | 'waitlisted' | null;
  if (written) return { place: { state: written, position: written === 'waitlisted' ? Number(raw.waitlist_place) : null } };
  const row = tableRow(events, JSON.parse(raw.refused_event as string) as Record<string, unknown>);
  return {
    place: null,
    row,
    facts: factsOf(row),
    state: (raw.my_state as RegistrationState | null) ?? null,
    birthDate: (raw.birth_date as string | null) ?? null,
  };
}

/**
 * Cancels the caller's registration or place on the waitlist, until the event starts (409 otherwise). A registered
 * place that frees up goes to the first on the waitlist, who is told (`event.promoted`).
 */
export async function cancelRegistration(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<void> {
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const { row } = await requireEvent(tx, actor, id, { forUpdate: true });
    const existing = actor.kind === 'user' ? await findRegistration(tx, row.id, actor.userId) : undefined;
    authorize(actor, canCancelRegistration(actor, row, existing?.state ?? null, now));
    await freePlace(tx, row, actor.userId, existing!.state as 'registered' | 'waitlisted', actor.userId, now);
  });
  ctx.jobs.kick();
}

/** Cancels one person's registration or place in line under the event's row lock; a freed place goes to the first waiting. */
async function freePlace(tx: Executor, row: EventRow, userId: string, state: 'registered' | 'waitlisted', actorId: string | null, now: Date) {
  const counts = await giveUpPlace(tx, eventPlaces, row.id, userId, state, now);
  await promoteWaitlisted(tx, actorId, { ...row, ...counts }, now);
}

/**
 * A deleted account's places in events that have not started are given up, in the deletion's transaction: each event
 * locked in turn (by id), the place cancelled and the first waiting moved up (told, as for any cancellation). Places
 * in past events stay counted.
 */
export async function releaseFutureRegistrations(tx: Executor, userId: string, now: Date): Promise<void> {
  const held = await tx
    .select({ eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .innerJoin(events, eq(events.id, eventRegistrations.eventId))
    .where(and(eq(eventRegistrations.userId, userId), inArray(eventRegistrations.state, ['registered', 'waitlisted']), gt(events.startsAt, now)))
    .orderBy(asc(eventRegistrations.eventId));
  for (const { eventId } of held) {
    const row = await findEvent(tx, eventId, { forUpdate: true });
    const mine = row ? await findRegistration(tx, eventId, userId) : undefined;
    if (row && (mine?.state === 'registered' || mine?.state === 'waitlisted')) await freePlace(tx, row, userId, mine.state, null, now);
  }
}

/** The caller's registration for an event (null when none or cancelled), with their place on the waitlist. */
export async function myRegistration(ctx: ModuleContext, actor: Actor, eventId: string): Promise<MyRegistration | null> {
  if (actor.kind !== 'user') return null;
  const db = ctx.database.db;
  const reg = await findRegistration(db, eventId, actor.userId);
  if (!reg || reg.state === 'cancelled') return null;
  return { state: reg.state, position: reg.state === 'waitlisted' ? await waitlistPosition(db, eventPlaces, eventId, reg.queue) : null };
}
