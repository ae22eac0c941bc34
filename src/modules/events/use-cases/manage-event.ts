import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import { appendAudit } from '../../../core/audit/audit.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { registrationsOf } from '../db/queries.js';
import { events } from '../db/schema.js';
import type { RegistrationState } from '../domain/events.js';
import { cityEventCancelled } from '../events.js';
import { canManageEvent, canSeeRegistrations } from '../policy.js';
import { emitCityEvent, eventType, requireEvent } from './common.js';

/**
 * Cancels an event: its organisers, once (403/409). Registrations stay as they were, for the record; everyone
 * registered or waiting is told (`event.cancelled`). A department's event is audited.
 */
export async function cancelEvent(ctx: ModuleContext, actor: Actor, id: string, now = new Date()): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canManageEvent(actor, facts));
    const [u] = await tx.update(events).set({ status: 'cancelled', cancelledAt: now, updatedAt: now }).where(eq(events.id, row.id)).returning();
    if (row.departmentId !== null)
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'event.cancelled',
        subjectType: eventType,
        subjectId: row.id,
        data: { title: row.title, departmentId: row.departmentId, startsAt: row.startsAt.toISOString() },
      });
    await emitCityEvent(tx, cityEventCancelled, actor.userId, u!);
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
  let waiting = 0;
  return rows.map((r) => ({
    userId: r.userId,
    displayName: people.get(r.userId)?.displayName ?? '',
    state: r.state,
    position: r.state === 'waitlisted' ? ++waiting : null,
    registeredAt: r.updatedAt,
  }));
}
