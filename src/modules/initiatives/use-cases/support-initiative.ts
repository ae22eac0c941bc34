import { authorize } from '../../../core/auth/authorize.js';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../core/auth/actor.js';
import { AppError } from '../../../core/http/errors.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { loadWorkCalendar } from '../../../core/time/calendar-store.js';
import { hasSupported } from '../db/queries.js';
import { initiatives, initiativeSupports } from '../db/schema.js';
import type { InitiativeStatus } from '../domain/lifecycle.js';
import { afterSupport, answerDeadline } from '../domain/lifecycle.js';
import { canSupportInitiative } from '../policy.js';
import { addHistory, emitInitiativeEvent, publicNote, requireInitiative, verifiedFactOf } from './common.js';
import { initiativeSupported, initiativeThresholdReached } from '../events.js';

/**
 * Supports an initiative, once: verified residents of its place while it collects (401/403/409 otherwise). The
 * initiative's row is locked for the whole transaction, so the count always equals the rows and the support that
 * reaches the threshold is exactly one. One support per person is the primary key's guarantee: a racing second
 * request finds the row taken and is refused (409 initiative_already_supported), never a second row or a 500.
 * Reaching the threshold moves it to awaiting_answer, due at the end of the `answerWorkingDays`-th working day after
 * today (the city's calendar and zone). Emits `initiative.supported` (the supporter follows) and, at the threshold,
 * `initiative.threshold_reached`.
 */
export async function supportInitiative(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  now = new Date(),
): Promise<{ supportCount: number; status: InitiativeStatus }> {
  const db = ctx.database.db;
  const verified = await verifiedFactOf(db, actor);
  const calendar = await loadWorkCalendar(db);
  const result = await db.transaction(async (tx) => {
    const { row, facts } = await requireInitiative(tx, actor, number, { forUpdate: true });
    const supported = actor.kind === 'user' && (await hasSupported(tx, row.id, actor.userId));
    authorize(actor, canSupportInitiative(actor, facts, verified, supported, now));
    const [added] = await tx
      .insert(initiativeSupports)
      .values({ initiativeId: row.id, userId: actor.userId, districtId: verified?.districtId ?? null, createdAt: now })
      .onConflictDoNothing()
      .returning({ userId: initiativeSupports.userId });
    if (!added) throw new AppError(409, 'initiative_already_supported');
    const next = afterSupport(row.supportCount, row.supportThreshold ?? Number.MAX_SAFE_INTEGER);
    const reached = next.reached
      ? {
          status: 'awaiting_answer' as const,
          thresholdReachedAt: now,
          answerDueAt: answerDeadline(now, row.answerWorkingDays ?? 0, calendar, ctx.config.cityTimezone),
        }
      : {};
    const [updated] = await tx
      .update(initiatives)
      .set({ supportCount: next.supportCount, ...reached, updatedAt: now })
      .where(eq(initiatives.id, row.id))
      .returning();
    const u = updated!;
    await emitInitiativeEvent(tx, initiativeSupported, actor.userId, u, { supportCount: u.supportCount });
    if (next.reached) {
      await addHistory(tx, row.id, 'awaiting_answer', publicNote('initiative.history.threshold_reached', { count: u.supportCount }), now);
      // the system moved it, not the last supporter: everyone following hears, them included
      await emitInitiativeEvent(tx, initiativeThresholdReached, null, u, {
        supportCount: u.supportCount,
        answerDueAt: u.answerDueAt?.toISOString() ?? null,
      });
    }
    return { supportCount: u.supportCount, status: u.status };
  });
  ctx.jobs.kick();
  return result;
}
