import { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { followerIds, insertFollow, type NewNotification } from '../db/queries.js';
import { eventData, notifyOnce } from './event-data.js';
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

const parse = (event: DomainEvent, ctx: ModuleContext): ProposalEventData | null => eventData(proposalEventSchema, event, ctx);

/** An expert decided on a proposal: its authors and followers hear of it (feasible or not), with the link to the opinion. */
export async function onProposalReviewed(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d || (d.decision !== 'feasible' && d.decision !== 'unfeasible')) return;
  const db = ctx.database.db;
  await db.transaction(async (tx) => {
    const followers = await followerIds(tx, event.entityType, event.entityId);
    await recordNotifications(tx, ctx, notifyOnce(event, [...d.authorIds, ...followers], `proposal.reviewed.${d.decision}`, { title: d.title, path: d.path }));
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
    await recordNotifications(tx, ctx, notifyOnce(event, d.authorIds, 'proposal.merged', { title: d.title, into: d.intoTitle ?? '', path }));
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
    await recordNotifications(tx, ctx, notifyOnce(event, [d.coauthorId!], 'proposal.coauthor_added', { actor, title: d.title, path: d.path }));
  });
  void ctx.mailer.flush();
}

/** What `pb_work.updated` carries that a notification needs (see the budgeting module's update-work). */
const workUpdatedSchema = z.object({ proposalNumber: z.number(), title: z.string().default(''), status: z.string(), previousStatus: z.string() });

/**
 * A department moved a work to another stage (or finished or cancelled it): the followers of its
 * proposal (authors and supporters follow) hear of it, with the link to the work. Progress and money
 * alone notify nobody.
 */
export async function onWorkUpdated(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = eventData(workUpdatedSchema, event, ctx);
  if (!d) return;
  if (d.status === d.previousStatus) return;
  await ctx.database.db.transaction(async (tx) => {
    const followers = await followerIds(tx, 'proposal', String(d.proposalNumber));
    await recordNotifications(
      tx,
      ctx,
      notifyOnce(event, followers, `pb_work.status.${d.status}`, { title: d.title, path: `/budgeting/works/${event.entityId}` }),
    );
  });
  void ctx.mailer.flush();
}

/** What `pb_heading.tallied` and `pb_heading.results_public` carry (see the budgeting module's tally-heading). */
const headingTalliedSchema = z.object({
  headingTitle: z.string().default(''),
  phase: z.string(),
  path: z.string(),
  proposals: z.array(z.object({ number: z.number(), title: z.string().default(''), funded: z.boolean() })),
});

/** Results are public from the results phase on (budgeting's policy: canReadResults). */
const resultsPublicPhases = new Set(['results', 'implementation']);

/**
 * A heading was tallied while its results are public, or an earlier tally became public when the results
 * phase began (`pb_heading.results_public`): the followers of each of its proposals hear whether it won,
 * with the link to the results and their explanation. A tally before the results phase (only administrators
 * can read it) notifies nobody now; the budgeting module announces it later. One notification per person: someone following
 * several proposals of the heading gets one that names the winners and the others.
 */
export async function onHeadingTallied(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = eventData(headingTalliedSchema, event, ctx);
  if (!d) return;
  if (!resultsPublicPhases.has(d.phase)) return;
  await ctx.database.db.transaction(async (tx) => {
    const byPerson = new Map<string, typeof d.proposals>();
    for (const p of d.proposals) {
      for (const userId of await followerIds(tx, 'proposal', String(p.number))) byPerson.set(userId, [...(byPerson.get(userId) ?? []), p]);
    }
    const items: NewNotification[] = [];
    for (const [userId, followed] of byPerson) {
      if (userId === event.actorId) continue;
      const one = followed.length === 1 ? followed[0]! : null;
      const quoted = (list: typeof followed) => list.map((p) => `«${p.title}»`).join(', ') || '—';
      items.push(
        one
          ? {
              userId,
              kind: one.funded ? 'proposal.result.won' : 'proposal.result.lost',
              eventId: event.id,
              entityType: 'proposal',
              entityId: String(one.number),
              data: { title: one.title, path: d.path },
            }
          : {
              userId,
              kind: 'pb_heading.results',
              eventId: event.id,
              entityType: event.entityType,
              entityId: event.entityId,
              data: { title: d.headingTitle, won: quoted(followed.filter((p) => p.funded)), lost: quoted(followed.filter((p) => !p.funded)), path: d.path },
            },
      );
    }
    await recordNotifications(tx, ctx, items);
  });
  void ctx.mailer.flush();
}
