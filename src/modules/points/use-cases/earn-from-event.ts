import type { z } from 'zod';
import { listen, type DomainEvent, type EventDefinition, type EventOf, type Listener } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { ballotCast, proposalCreated } from '../../budgeting/index.js';
import { commentCreated } from '../../comments/index.js';
import { ideaRated } from '../../crowdsourcing/index.js';
import { discussionCreated } from '../../discussions/index.js';
import { pollResponded } from '../../polls/index.js';
import { reportCreated } from '../../reports/index.js';
import { dailyCommentCap, type Earning, type PointAction } from '../domain/points-rules.js';
import { appendEarning, currentRules, earnedToday } from './ledger.js';

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
];
