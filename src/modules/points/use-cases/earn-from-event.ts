import { and, eq, like, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { listen, type DomainEvent, type EventDefinition, type EventOf, type Listener } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ballotCast, proposalCreated } from '../../budgeting/index.js';
import { commentCreated } from '../../comments/index.js';
import { cityEventAttendance } from '../../events/index.js';
import { ideaRated } from '../../crowdsourcing/index.js';
import { discussionCreated } from '../../discussions/index.js';
import { pollResponded } from '../../polls/index.js';
import { reportCreated } from '../../reports/index.js';
import { confirmedHours, volunteerHoursConfirmed } from '../../volunteering/index.js';
import { pointBalances, pointEntries } from '../db/schema.js';
import { dailyCommentCap, type Earning, type PointAction } from '../domain/points-rules.js';
import { attendancePoints } from './earn-attendance.js';
import { appendEarning, currentRules, earnedToday, lockBalance } from './ledger.js';

/**
 * Appends an earning at the administrators' current rule. Idempotent: the ledger's once-index (person, action,
 * source) makes a second run of the same event, or the same source again, add nothing. Comments earn at most
 * `dailyCommentCap` times a day.
 */
async function earn(ctx: ModuleContext, earning: Earning): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (earning.action === 'comment.posted' && (await earnedToday(tx, earning.userId, 'comment.posted', ctx.config.cityTimezone)) >= dailyCommentCap) return;
    const rules = await currentRules(tx);
    await appendEarning(tx, earning, rules[earning.action]);
  });
}

/** A listener giving `action`'s points to the person `who` names, once per source: the event's entity of `sourceType`. */
function earning<S extends z.ZodType>(
  def: EventDefinition<string, S>,
  action: PointAction,
  sourceType: string,
  who: (event: DomainEvent<z.output<S>>) => string | null,
): Listener<ModuleContext> {
  return listen(
    def,
    async (event, ctx: ModuleContext) => {
      const userId = who(event);
      if (userId) await earn(ctx, { userId, action, sourceType, sourceId: event.entityId });
    },
    action,
  );
}

/** A comment earns on someone else's content only: not a reply to oneself, not on a host one wrote. */
async function commentPosted(event: EventOf<typeof commentCreated>, ctx: ModuleContext): Promise<void> {
  const userId = event.actorId;
  const d = event.data;
  if (!userId || d.parentAuthorId === userId) return;
  const host = await ctx.entities.describeOne(ctx.database.db, d.hostType, d.hostId);
  if (host?.authorId === userId) return;
  await earn(ctx, { userId, action: 'comment.posted', sourceType: 'comment', sourceId: event.entityId });
}

/**
 * Confirmed volunteer hours earn `volunteer.hours` points an hour (a part of an hour its share, rounded down). The
 * organiser may change the hours: each confirmation (its revision) adds one ledger line taking the shift's total to
 * what the latest hours are worth — more, or back down (never below the balance left) — so a retried event adds
 * nothing, and an event that a later confirmation overtook leaves the settling to that one.
 */
async function volunteerHours(event: EventOf<typeof volunteerHoursConfirmed>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction(async (tx) => {
    const current = await confirmedHours(tx, d.shiftId, d.userId);
    if (!current || current.revision !== d.revision) return;
    const target = Math.floor((current.minutes * (await currentRules(tx))['volunteer.hours']) / 60);
    const { balance } = await lockBalance(tx, d.userId);
    const source = and(
      eq(pointEntries.userId, d.userId),
      eq(pointEntries.action, 'volunteer.hours'),
      eq(pointEntries.sourceType, 'volunteer_shift'),
      like(pointEntries.sourceId, `${d.shiftId}#%`),
    );
    const [sum] = await tx
      .select({ n: sql<number>`coalesce(sum(${pointEntries.delta}), 0)::int` })
      .from(pointEntries)
      .where(source);
    const delta = Math.max(target - Number(sum?.n ?? 0), -balance);
    if (delta === 0) return;
    const inserted = await tx
      .insert(pointEntries)
      .values({ userId: d.userId, delta, action: 'volunteer.hours', sourceType: 'volunteer_shift', sourceId: `${d.shiftId}#${d.revision}` })
      .onConflictDoNothing()
      .returning({ id: pointEntries.id });
    if (!inserted.length) return;
    // the balance row exists (locked above); an insert of a negative balance would fail its check before the conflict
    await tx
      .update(pointBalances)
      .set({ balance: sql`${pointBalances.balance} + ${delta}`, earned: sql`${pointBalances.earned} + ${delta}`, updatedAt: new Date() })
      .where(eq(pointBalances.userId, d.userId));
  });
}

/** What earns points: other modules' events, each typed by its emitter's schema (the points module's `on`). */
export const pointListeners: Listener<ModuleContext>[] = [
  earning(reportCreated, 'report.filed', 'report', (e) => e.data.reporterId ?? e.actorId),
  earning(proposalCreated, 'proposal.submitted', 'proposal', (e) => e.data.authorId ?? e.actorId),
  earning(discussionCreated, 'discussion.started', 'discussion', (e) => e.actorId),
  listen(commentCreated, commentPosted, 'comment.posted'),
  earning(ballotCast, 'ballot.cast', 'pb_heading', (e) => e.actorId),
  earning(pollResponded, 'poll.responded', 'poll', (e) => e.actorId),
  // emitted only for a person's first rating of an idea, so changing a rating earns nothing more
  earning(ideaRated, 'idea.rated', 'idea', (e) => e.actorId),
  listen(volunteerHoursConfirmed, volunteerHours, 'volunteer.hours'),
  // once per person per event, taken back when the organisers unmark them
  listen(cityEventAttendance, attendancePoints, 'event.attended'),
];
