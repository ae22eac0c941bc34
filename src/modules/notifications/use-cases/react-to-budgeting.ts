import { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/jobs.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { followerIds, insertFollow, type NewNotification } from '../db/queries.js';
import { recordNotifications } from './record-notifications.js';

/** The facts proposal events carry (see the budgeting module); ids and public texts only. */
const proposalEventSchema = z.object({
  number: z.number(),
  title: z.string().default(''),
  path: z.string().default('/'),
  authorId: z.string().nullish(),
  decision: z.string().nullish(),
  authorIds: z.array(z.string()).default([]),
  intoNumber: z.number().nullish(),
  intoTitle: z.string().nullish(),
  coauthorId: z.string().nullish(),
});
type ProposalEventData = z.infer<typeof proposalEventSchema>;

function parse(event: DomainEvent, ctx: ModuleContext): ProposalEventData | null {
  const parsed = proposalEventSchema.safeParse(event.data);
  if (parsed.success) return parsed.data;
  ctx.log.warn({ eventId: event.id, issues: parsed.error.issues }, `${event.type} without the expected data; no notifications`);
  return null;
}

function notify(event: DomainEvent, ids: string[], kind: string, data: Record<string, unknown>): NewNotification[] {
  const seen = new Set<string>(event.actorId ? [event.actorId] : []);
  const out: NewNotification[] = [];
  for (const userId of ids) {
    if (seen.has(userId)) continue;
    seen.add(userId);
    out.push({ userId, kind, eventId: event.id, entityType: event.entityType, entityId: event.entityId, data });
  }
  return out;
}

/** An expert decided on a proposal: its authors and followers hear of it (feasible or not), with the link to the opinion. */
export async function onProposalReviewed(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d || (d.decision !== 'feasible' && d.decision !== 'unfeasible')) return;
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const followers = await followerIds(tx, event.entityType, event.entityId);
    await recordNotifications(tx, ctx, notify(event, [...d.authorIds, ...followers], `proposal.reviewed.${d.decision}`, { title: d.title, path: d.path }));
  });
  void ctx.mailer.flush();
}

/** A proposal was merged into another: its authors hear of it (they are co-authors of the other now) and follow the other. */
export async function onProposalMerged(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.intoNumber) return;
  const path = `/budgeting/proposals/${d.intoNumber}`;
  await ctx.database.db.transaction(async (tx) => {
    for (const userId of d.authorIds) await insertFollow(tx, { userId, entityType: event.entityType, entityId: String(d.intoNumber), origin: 'auto' });
    await recordNotifications(tx, ctx, notify(event, d.authorIds, 'proposal.merged', { title: d.title, into: d.intoTitle ?? '', path }));
  });
  void ctx.mailer.flush();
}

/** The author named a co-author: the person hears of it and follows the proposal. */
export async function onProposalCoauthorAdded(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.coauthorId) return;
  const db = ctx.database.db;
  const actor = event.actorId ? ((await publicPeople(db, [event.actorId])).get(event.actorId)?.displayName ?? '') : '';
  await db.transaction(async (tx) => {
    await insertFollow(tx, { userId: d.coauthorId!, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
    await recordNotifications(tx, ctx, notify(event, [d.coauthorId!], 'proposal.coauthor_added', { actor, title: d.title, path: d.path }));
  });
  void ctx.mailer.flush();
}
