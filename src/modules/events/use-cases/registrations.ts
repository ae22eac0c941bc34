import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { verifiedAgeAt } from '../../verification/index.js';
import { placeFor } from '../../../core/capacity/capacity.js';
import { waitlistPosition } from '../../../core/capacity/waitlist.js';
import { eventPlaces, findEvent, findRegistration } from '../db/queries.js';
import { eventRegistrations, events } from '../db/schema.js';
import type { RegistrationState } from '../domain/events.js';
import { cityEventRegistered } from '../events.js';
import { canCancelRegistration, canRegister } from '../policy.js';
import { emitCityEvent, requireEvent } from './common.js';
import { hasPriority } from './event-source.js';
import { promoteWaitlisted } from './promote.js';

/** Where a person stands: their state and, on the waitlist, their place in it (1 = next). */
export interface MyRegistration {
  state: RegistrationState;
  position: number | null;
}

/**
 * Registers the caller, once: 401 for visitors; 409 when cancelled, started, outside the window, closed by the
 * organiser or already registered; 403 under the age limit (or with no verified birth date when there is one); 404
 * when not visible. A participant of a meeting's source may register its priority days early. The event's row is locked for the whole transaction, so the count and the capacity are read and
 * changed by one registration at a time: at capacity the person joins the waitlist, in the order they came, and
 * registrations never exceed the capacity (the table's check is the last guard). A person who cancelled may register
 * again, at the end of the line. Emits `event.registered`.
 */
export async function registerForEvent(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<MyRegistration> {
  const db = ctx.database.db;
  // whether the person took part in a meeting's source is asked of its module before the transaction (its own reads)
  const before = await findEvent(db, id);
  const priority = before ? await hasPriority(ctx, db, before, actor.kind === 'user' ? actor.userId : null, now) : false;
  const result = await db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    const existing = actor.kind === 'user' ? await findRegistration(tx, row.id, actor.userId) : undefined;
    const age = actor.kind === 'user' && row.minAge ? await verifiedAgeAt(tx, actor.userId, row.startsAt, ctx.config.cityTimezone) : null;
    authorize(actor, canRegister(actor, facts, { state: existing?.state ?? null, age, priority }, now));
    const state = placeFor(row.capacity, row.registeredCount);
    const values = { eventId: row.id, userId: actor.userId, state, createdAt: now, updatedAt: now };
    // a cancelled registration comes back at the end of the line: a new number from the same sequence
    const [reg] = await tx
      .insert(eventRegistrations)
      .values(values)
      .onConflictDoUpdate({
        target: [eventRegistrations.eventId, eventRegistrations.userId],
        set: { state, updatedAt: now, queue: sql`nextval(pg_get_serial_sequence('event_registrations', 'queue'))` },
      })
      .returning();
    const [updated] = await tx
      .update(events)
      .set(state === 'registered' ? { registeredCount: sql`${events.registeredCount} + 1` } : { waitlistCount: sql`${events.waitlistCount} + 1` })
      .where(eq(events.id, row.id))
      .returning();
    await emitCityEvent(tx, cityEventRegistered, actor.userId, updated!, { userId: actor.userId, state });
    return { state, position: state === 'waitlisted' ? await waitlistPosition(tx, eventPlaces, row.id, reg!.queue) : null };
  });
  ctx.jobs.kick();
  return result;
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
    await tx
      .update(eventRegistrations)
      .set({ state: 'cancelled', updatedAt: now })
      .where(and(eq(eventRegistrations.eventId, row.id), eq(eventRegistrations.userId, actor.userId)));
    const [updated] = await tx
      .update(events)
      .set(existing!.state === 'registered' ? { registeredCount: sql`${events.registeredCount} - 1` } : { waitlistCount: sql`${events.waitlistCount} - 1` })
      .where(eq(events.id, row.id))
      .returning();
    await promoteWaitlisted(tx, actor.userId, updated!, now);
  });
  ctx.jobs.kick();
}

/** The caller's registration for an event (null when none or cancelled), with their place on the waitlist. */
export async function myRegistration(ctx: ModuleContext, actor: Actor, eventId: string): Promise<MyRegistration | null> {
  if (actor.kind !== 'user') return null;
  const db = ctx.database.db;
  const reg = await findRegistration(db, eventId, actor.userId);
  if (!reg || reg.state === 'cancelled') return null;
  return { state: reg.state, position: reg.state === 'waitlisted' ? await waitlistPosition(db, eventPlaces, eventId, reg.queue) : null };
}
