import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { authorize } from '../../../core/auth/authorize.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { eventMinutes } from '../db/schema.js';
import { cityEventMinutesPublished } from '../events.js';
import { canWriteMinutes } from '../policy.js';
import { auditEventAct, emitCityEvent, requireEvent } from './common.js';
import { checkImages } from './event-images.js';

/** What the organisers write after the event. */
export interface MinutesInput {
  text: string;
  decisions: string[];
  photoFileIds: string[];
}

export type MinutesRow = typeof eventMinutes.$inferSelect;

/**
 * Publishes or replaces an event's minutes: its organisers (403), once it has started and unless it was cancelled
 * (409). Photos are the organiser's recent uploads or those already in the minutes (400 naming the photo otherwise).
 * The first publication tells everyone registered (`event.minutes_published`); every change to a department's
 * minutes is an official act in the audit log.
 */
export async function saveMinutes(ctx: ModuleContext, actor: Actor, id: string, input: MinutesInput, now = new Date()): Promise<MinutesRow> {
  const saved = await ctx.database.db.transaction(async (tx) => {
    const { row, facts } = await requireEvent(tx, actor, id, { forUpdate: true });
    authorize(actor, canWriteMinutes(actor, facts, now));
    const [before] = await tx.select().from(eventMinutes).where(eq(eventMinutes.eventId, row.id));
    const photos = [...new Set(input.photoFileIds)];
    await checkImages(
      tx,
      actor.userId,
      photos.map((fileId, i) => ({ field: `photoFileIds.${i}`, fileId })),
      new Set(before?.photoFileIds ?? []),
      now,
    );
    const values = { text: input.text, decisions: input.decisions, photoFileIds: photos, updatedAt: now, updatedBy: actor.userId };
    const [minutes] = await tx
      .insert(eventMinutes)
      .values({ eventId: row.id, ...values, publishedAt: now })
      .onConflictDoUpdate({ target: eventMinutes.eventId, set: values })
      .returning();
    if (row.departmentId !== null)
      await auditEventAct(tx, actor.userId, before ? 'event.minutes_updated' : 'event.minutes_published', row, { decisions: input.decisions.length });
    if (!before && row.moderation === 'visible') await emitCityEvent(tx, cityEventMinutesPublished, actor.userId, row);
    return minutes!;
  });
  ctx.jobs.kick();
  return saved;
}

/** An event's minutes for anyone who may see the event (404 otherwise); null before they are published. */
export async function getMinutes(ctx: ModuleContext, actor: Actor, id: string): Promise<MinutesRow | null> {
  const db = ctx.database.db;
  const { row } = await requireEvent(db, actor, id);
  const [minutes] = await db.select().from(eventMinutes).where(eq(eventMinutes.eventId, row.id));
  return minutes ?? null;
}
