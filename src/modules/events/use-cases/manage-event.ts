import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { numberWaitlist } from '../../../core/capacity/capacity.js';
import { writeCsv } from '../../../core/csv/csv.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { publicPeople } from '../../accounts/index.js';
import { registrationsOf } from '../db/queries.js';
import { events } from '../db/schema.js';
import type { RegistrationState } from '../domain/events.js';
import { cityEventCancelled } from '../events.js';
import { canManageEvent, canSeeRegistrations } from '../policy.js';
import { auditEventAct, emitCityEvent, requireEvent } from './common.js';

/**
 * Cancels an event: its organisers, once (403/409). Registrations stay as they were, for the record; everyone
 * registered or waiting is told (`event.cancelled`), with the organiser's reason when one is given. A department's
 * event is audited, with the reason.
 */
export async function cancelEvent(ctx: ModuleContext, actor: Actor, id: string, reason = '', now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canManageEvent(actor, facts));
    const [u] = await tx.update(events).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(events.id, row.id)).returning();
    if (row.departmentId !== null) await auditEventAct(tx, actor.userId, 'event.cancelled', row, reason ? { reason } : {});
    await emitCityEvent(tx, cityEventCancelled, actor.userId, u!, { reason });
  });
  ctx.jobs.kick();
}

/**
 * Closes registration for now (`paused`: nobody new registers or joins the waitlist; those in stay) or reopens it:
 * its organisers, while it is not cancelled (403/409).
 */
export async function setRegistrationPaused(ctx: ModuleContext, actor: Actor, id: string, paused: boolean, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canManageEvent(actor, facts));
    await tx.update(events).set({ registrationPaused: paused, updatedAt: now }).where(eq(events.id, row.id));
  });
}

/** One line of the organiser's list: a person by their public name, their state and, on the waitlist, their place. */
export interface RegistrationLine {
  userId: string;
  displayName: string;
  state: RegistrationState;
  position: number | null;
  registeredAt: Date;
}

/** The event's registrations in the order they came (names to its organisers only: 403 for others, 404 when not visible). */
export async function listRegistrations(ctx: ModuleContext, actor: Actor, id: string): Promise<RegistrationLine[]> {
  const db = ctx.database.db;
  const { row, facts } = await requireEvent(db, actor, id);
  authorize(actor, canSeeRegistrations(actor, facts));
  const rows = await registrationsOf(db, row.id);
  const people = await publicPeople(
    db,
    rows.map((r) => r.userId),
  );
  return numberWaitlist(
    rows.map((r) => ({ userId: r.userId, displayName: people.get(r.userId)?.displayName ?? '', state: r.state, registeredAt: r.updatedAt })),
  );
}

/**
 * The organiser's list as CSV (RFC 4180, spreadsheet-safe): name, state, place on the waitlist, and when they
 * registered on the city's clock. Organisers only (403/404 as the list).
 */
export async function registrationsCsv(ctx: ModuleContext, actor: Actor, id: string): Promise<string> {
  const lines = await listRegistrations(ctx, actor, id);
  return writeCsv([
    ['name', 'state', 'waitlist_position', 'registered_at'],
    ...lines.map((l) => [l.displayName, l.state, l.position, cityDateTime(l.registeredAt, ctx.config.cityTimezone)]),
  ]);
}
