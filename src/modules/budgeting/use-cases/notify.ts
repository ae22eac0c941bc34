import type { EventOf } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople } from '../../accounts/index.js';
import { follow, followersOf, notify, type Notice } from '../../notifications/index.js';
import type {
  headingResultsPublic,
  headingTallied,
  proposalCoauthorAdded,
  proposalCreated,
  proposalMerged,
  proposalReviewed,
  proposalSupported,
  workUpdated,
} from '../events.js';
import { proposalType } from './cycles/common.js';

/** A new proposal, or one a resident supports: its author (the supporter) follows it, to hear of its review, vote and work. */
export async function actorFollows(event: EventOf<typeof proposalCreated | typeof proposalSupported>, ctx: ModuleContext): Promise<void> {
  if (event.actorId) await follow(ctx.database.db, event.actorId, event);
}

/** An expert decided on a proposal: its authors and followers hear of it (feasible or not), with the link to the opinion. */
export async function tellOfReview(event: EventOf<typeof proposalReviewed>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (d.decision !== 'feasible' && d.decision !== 'unfeasible') return;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      { to: [...d.authorIds, ...(await followersOf(tx, event))], kind: `proposal.reviewed.${d.decision}`, data: { title: d.title, path: d.path } },
    ]),
  );
  void ctx.mailer.flush();
}

/** A proposal was merged into another: its authors hear of it (they are co-authors of the other now) and follow the other. */
export async function tellOfMerge(event: EventOf<typeof proposalMerged>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const into = { entityType: event.entityType, entityId: String(d.intoNumber) };
  await ctx.database.db.transaction(async (tx) => {
    for (const userId of d.authorIds) await follow(tx, userId, into);
    await notify(tx, ctx, event, [
      { to: d.authorIds, kind: 'proposal.merged', data: { title: d.title, into: d.intoTitle, path: `/budgeting/proposals/${d.intoNumber}` } },
    ]);
  });
  void ctx.mailer.flush();
}

/** The author named a co-author: the person hears of it and follows the proposal. */
export async function tellCoauthor(event: EventOf<typeof proposalCoauthorAdded>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const actor = event.actorId ? ((await publicPeople(db, [event.actorId])).get(event.actorId)?.displayName ?? '') : '';
  await db.transaction(async (tx) => {
    await follow(tx, d.coauthorId, event);
    await notify(tx, ctx, event, [{ to: [d.coauthorId], kind: 'proposal.coauthor_added', data: { actor, title: d.title, path: d.path } }]);
  });
  void ctx.mailer.flush();
}

/**
 * A department moved a work to another stage (or finished or cancelled it): the followers of its
 * proposal (authors and supporters follow) hear of it, with the link to the work. Progress and money
 * alone notify nobody.
 */
export async function tellOfWorkStage(event: EventOf<typeof workUpdated>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (d.status === d.previousStatus) return;
  await ctx.database.db.transaction(async (tx) => {
    const followers = await followersOf(tx, { entityType: proposalType, entityId: String(d.proposalNumber) });
    await notify(tx, ctx, event, [{ to: followers, kind: `pb_work.status.${d.status}`, data: { title: d.title, path: `/budgeting/works/${event.entityId}` } }]);
  });
  void ctx.mailer.flush();
}

/** Results are public from the results phase on (the budgeting policy's canReadResults). */
const resultsPublicPhases = new Set(['results', 'implementation']);

/**
 * A heading was tallied while its results are public, or an earlier tally became public when the results
 * phase began (`pb_heading.results_public`): the followers of each of its proposals hear whether it won,
 * with the link to the results and their explanation. A tally before the results phase (only administrators
 * can read it) notifies nobody now; it is announced later. One notification per person: someone following
 * several proposals of the heading gets one that names the winners and the others.
 */
export async function tellOfResults(event: EventOf<typeof headingTallied | typeof headingResultsPublic>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (!resultsPublicPhases.has(d.phase)) return;
  await ctx.database.db.transaction(async (tx) => {
    const byPerson = new Map<string, typeof d.proposals>();
    for (const p of d.proposals) {
      for (const userId of await followersOf(tx, { entityType: proposalType, entityId: String(p.number) })) {
        byPerson.set(userId, [...(byPerson.get(userId) ?? []), p]);
      }
    }
    const quoted = (list: typeof d.proposals) => list.map((p) => `«${p.title}»`).join(', ') || '—';
    const notices: Notice[] = [...byPerson].map(([userId, followed]) => {
      const one = followed.length === 1 ? followed[0]! : null;
      return one
        ? {
            to: [userId],
            kind: one.funded ? 'proposal.result.won' : 'proposal.result.lost',
            data: { title: one.title, path: d.path },
            about: { entityType: proposalType, entityId: String(one.number) },
          }
        : {
            to: [userId],
            kind: 'pb_heading.results',
            data: { title: d.headingTitle, won: quoted(followed.filter((p) => p.funded)), lost: quoted(followed.filter((p) => !p.funded)), path: d.path },
          };
    });
    await notify(tx, ctx, event, notices);
  });
  void ctx.mailer.flush();
}
