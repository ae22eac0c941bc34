import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { follow, followersOf, notify } from '../../notifications/index.js';
import type { ideaAccepted, ideaCreated, ideaReviewed, projectReported, projectVoteStarted } from '../events.js';
import { ideaPath, projectType } from './common.js';

/** A new idea: its author follows it and its project (to hear of the vote and the report). */
export async function authorFollows(event: EventOf<typeof ideaCreated>, ctx: ModuleContext): Promise<void> {
  const userId = event.actorId;
  if (!userId) return;
  await ctx.database.db.transaction(async (tx) => {
    await follow(tx, userId, event);
    await follow(tx, userId, { entityType: projectType, entityId: String(event.data.projectNumber) });
  });
}

/**
 * Experts decided on an idea: its author and followers hear of it (shortlisted, rejected, or merged — then the author
 * follows the idea it went into, which they are credited with).
 */
export async function tellOfReview(event: EventOf<typeof ideaReviewed>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const merged = d.decision === 'merged' && d.intoNumber ? d.intoNumber : null;
  await ctx.database.db.transaction(async (tx) => {
    const followers = await followersOf(tx, event);
    if (merged && d.authorId) await follow(tx, d.authorId, { entityType: event.entityType, entityId: String(merged) });
    const path = merged ? ideaPath(merged) : d.path;
    await notify(tx, ctx, event, [
      { to: [d.authorId, ...followers], kind: `idea.reviewed.${d.decision}`, data: { title: d.title, into: d.intoTitle ?? '', path } },
    ]);
  });
  void ctx.mailer.flush();
}

/** A project's news for its followers (the vote started, the report published), with the link to the poll or the project. */
export async function tellProjectFollowers(event: EventOf<typeof projectVoteStarted | typeof projectReported>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const path = 'pollPath' in d ? d.pollPath : d.path;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [{ to: await followersOf(tx, event), kind: event.type, data: { title: d.title, path } }]),
  );
  void ctx.mailer.flush();
}

/** An idea accepted in the report: its author and the authors of ideas merged into it are credited and hear of it. */
export async function tellOfAcceptance(event: EventOf<typeof ideaAccepted>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction((tx) =>
    notify(tx, ctx, event, [{ to: [d.authorId, ...d.authorIds], kind: 'idea.accepted', data: { title: d.title, path: d.path } }]),
  );
  void ctx.mailer.flush();
}
