import { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { followerIds, insertFollow } from '../db/queries.js';
import { eventData, notifyOnce } from './event-data.js';
import { recordNotifications } from './record-notifications.js';

/** The facts crowdsourcing events carry (see the crowdsourcing module's common.ts); ids and public texts only. */
const crowdEventSchema = z.object({
  number: z.number(),
  title: z.string().default(''),
  path: z.string().default('/'),
  authorId: z.string().nullish(),
  decision: z.string().nullish(),
  intoNumber: z.number().nullish(),
  intoTitle: z.string().nullish(),
  projectNumber: z.number().nullish(),
  pollPath: z.string().nullish(),
  authorIds: z.array(z.string()).default([]),
});
type CrowdEventData = z.infer<typeof crowdEventSchema>;

const parse = (event: DomainEvent, ctx: ModuleContext): CrowdEventData | null => eventData(crowdEventSchema, event, ctx);

/** A new idea: its author follows it and its project (to hear of the vote and the report). */
async function onIdeaCreated(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d || !event.actorId) return;
  const userId = event.actorId;
  await ctx.database.db.transaction(async (tx) => {
    await insertFollow(tx, { userId, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
    if (d.projectNumber) await insertFollow(tx, { userId, entityType: 'crowd_project', entityId: String(d.projectNumber), origin: 'auto' });
  });
}

/**
 * Experts decided on an idea: its author and followers hear of it (shortlisted, rejected, or merged — then the author
 * follows the idea it went into, which they are credited with).
 */
async function onIdeaReviewed(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d || (d.decision !== 'shortlisted' && d.decision !== 'rejected' && d.decision !== 'merged')) return;
  await ctx.database.db.transaction(async (tx) => {
    const followers = await followerIds(tx, event.entityType, event.entityId);
    if (d.decision === 'merged' && d.intoNumber && d.authorId)
      await insertFollow(tx, { userId: d.authorId, entityType: event.entityType, entityId: String(d.intoNumber), origin: 'auto' });
    const path = d.decision === 'merged' && d.intoNumber ? `/crowdsourcing/ideas/${d.intoNumber}` : d.path;
    await recordNotifications(
      tx,
      ctx,
      notifyOnce(event, [d.authorId, ...followers], `idea.reviewed.${d.decision}`, { title: d.title, into: d.intoTitle ?? '', path }),
    );
  });
  void ctx.mailer.flush();
}

/** A project's event for its followers (the vote started, the report published), with the link to the poll or the project. */
function toProjectFollowers(kind: string) {
  return async (event: DomainEvent, ctx: ModuleContext): Promise<void> => {
    const d = parse(event, ctx);
    if (!d) return;
    await ctx.database.db.transaction(async (tx) => {
      const followers = await followerIds(tx, event.entityType, event.entityId);
      await recordNotifications(tx, ctx, notifyOnce(event, followers, kind, { title: d.title, path: d.pollPath ?? d.path }));
    });
    void ctx.mailer.flush();
  };
}

/** An idea accepted in the report: its author and the authors of ideas merged into it are credited and hear of it. */
async function onIdeaAccepted(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d) return;
  await ctx.database.db.transaction((tx) =>
    recordNotifications(tx, ctx, notifyOnce(event, [d.authorId, ...d.authorIds], 'idea.accepted', { title: d.title, path: d.path })),
  );
  void ctx.mailer.flush();
}

/** Notifications about the crowdsourcing module's events, by event type. */
export const crowdsourcingReactions: Record<string, (event: DomainEvent, ctx: ModuleContext) => Promise<void>> = {
  'idea.created': onIdeaCreated,
  'idea.reviewed': onIdeaReviewed,
  'idea.accepted': onIdeaAccepted,
  'crowd_project.vote_started': toProjectFollowers('crowd_project.vote_started'),
  'crowd_project.reported': toProjectFollowers('crowd_project.reported'),
};
