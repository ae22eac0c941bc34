import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { dailyCommentCap, earningOf } from '../domain/points-rules.js';
import { appendEarning, currentRules, earnedToday } from './ledger.js';

/**
 * Turns another module's domain event into points (the module's `on` handler). Idempotent: the ledger's
 * once-index makes a second run of the same event add nothing. Comments earn only on someone else's content
 * and at most `dailyCommentCap` times a day.
 */
export async function earnFromEvent(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const earning = earningOf(event);
  if (!earning) return;
  const db = ctx.database.db;
  if (earning.action === 'comment.posted') {
    const data = event.data;
    if (data.parentAuthorId === earning.userId) return;
    if (typeof data.hostType === 'string' && typeof data.hostId === 'string') {
      const host = await ctx.entities.describeOne(db, data.hostType, data.hostId);
      if (host?.authorId === earning.userId) return;
    }
  }
  await db.transaction(async (tx) => {
    if (earning.action === 'comment.posted' && (await earnedToday(tx, earning.userId, 'comment.posted', ctx.config.cityTimezone)) >= dailyCommentCap) return;
    const rules = await currentRules(tx);
    await appendEarning(tx, earning, rules[earning.action]);
  });
}
