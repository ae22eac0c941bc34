import { and, asc, desc, eq, exists, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { Executor } from '../../../../core/db/client.js';
import { webSearchQuery } from '../../../../core/db/search.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { publicPeople } from '../../../accounts/index.js';
import { findCycle, findHeading, type CycleRow, type HeadingRow } from '../../db/cycle-queries.js';
import { assignmentsOf, coauthorsOf, factsOfRow, findProposalByNumber, photosOfProposals, type ProposalRow } from '../../db/proposal-queries.js';
import { pbProposalCoauthors, pbProposalSupports, pbProposals, type proposalStatuses, type proposalTopics } from '../../db/schema.js';
import type { CyclePhase } from '../../domain/phases.js';
import {
  canCommentOnProposal,
  canEditProposal,
  canListProposals,
  canManageCoauthors,
  canReadProposal,
  canReviewProposal,
  canSeeProposalModeration,
  canSupportProposal,
  canWithdrawProposal,
  type ProposalFacts,
} from '../../policy.js';

/** A person as anyone may see them (the web's Person shape). */
export interface PersonView {
  id: string;
  displayName: string;
  districtId: string | null;
  official: null;
}

export interface ProposalSummary {
  row: ProposalRow;
  author: PersonView | null;
  thumbFileId: string | null;
}

async function people(db: Executor, ids: (string | null)[]): Promise<Map<string, PersonView>> {
  const found = await publicPeople(
    db,
    ids.filter((i): i is string => !!i),
  );
  return new Map([...found].map(([id, p]) => [id, { id, displayName: p.displayName, districtId: p.districtId, official: null }]));
}

/** Rows with their authors and first photos (three queries whatever the number). */
export async function proposalSummaries(db: Executor, rows: ProposalRow[]): Promise<ProposalSummary[]> {
  const [authors, photos] = await Promise.all([
    people(
      db,
      rows.map((r) => r.authorId),
    ),
    photosOfProposals(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  return rows.map((row) => ({ row, author: row.authorId ? (authors.get(row.authorId) ?? null) : null, thumbFileId: photos.get(row.id)?.[0] ?? null }));
}

export interface ProposalFilter {
  cycleId?: string | undefined;
  headingId?: string | undefined;
  status?: (typeof proposalStatuses)[number] | undefined;
  topic?: (typeof proposalTopics)[number] | undefined;
  districtId?: string | undefined;
  q?: string | undefined;
  mine?: boolean | undefined;
  sort?: 'newest' | 'number' | 'supports' | 'cost' | undefined;
  limit: number;
  offset: number;
}

/**
 * A page of proposals and the total. The public sees visible ones that were not withdrawn (unless the
 * status filter asks for withdrawn ones); `mine` lists the caller's own (as author or co-author) in any state.
 */
export async function listProposals(ctx: ModuleContext, actor: Actor, f: ProposalFilter): Promise<{ items: ProposalSummary[]; total: number }> {
  const db = ctx.database.db;
  authorize(actor, canListProposals(actor, { mine: f.mine === true }));
  const userId = actor.kind === 'user' ? actor.userId : null;
  const q = f.q?.trim();
  const numberQuery = q && /^№?\s*\d{1,12}$/.test(q) ? Number(q.replace(/\D/g, '')) : null;
  const query = q && numberQuery === null ? webSearchQuery(q) : null;
  const conds: (SQL | undefined)[] = [
    f.mine
      ? or(
          eq(pbProposals.authorId, userId!),
          exists(
            db
              .select({ x: sql`1` })
              .from(pbProposalCoauthors)
              .where(and(eq(pbProposalCoauthors.proposalId, pbProposals.id), eq(pbProposalCoauthors.userId, userId!))),
          ),
        )
      : eq(pbProposals.moderation, 'visible'),
    f.status ? eq(pbProposals.status, f.status) : f.mine ? undefined : ne(pbProposals.status, 'withdrawn'),
    f.cycleId ? eq(pbProposals.cycleId, f.cycleId) : undefined,
    f.headingId ? eq(pbProposals.headingId, f.headingId) : undefined,
    f.topic ? eq(pbProposals.topic, f.topic) : undefined,
    f.districtId ? eq(pbProposals.districtId, f.districtId) : undefined,
    // a number finds that proposal; words are searched with stemming («скамейки» finds «скамейка»)
    numberQuery !== null ? eq(pbProposals.number, numberQuery) : query ? sql`${pbProposals.search} @@ ${query}` : undefined,
  ];
  const where = and(...conds);
  const order =
    f.sort === 'number'
      ? [asc(pbProposals.number)]
      : f.sort === 'supports'
        ? [desc(pbProposals.supportCount), desc(pbProposals.number)]
        : f.sort === 'cost'
          ? [asc(sql`coalesce(${pbProposals.finalCost}, ${pbProposals.estimatedCost})`), asc(pbProposals.number)]
          : [desc(pbProposals.createdAt), desc(pbProposals.number)];
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(pbProposals)
      .where(where)
      .orderBy(...order)
      .limit(f.limit)
      .offset(f.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(pbProposals)
      .where(where),
  ]);
  return { items: await proposalSummaries(db, rows), total: Number(total?.n ?? 0) };
}

export interface ProposalCard extends ProposalSummary {
  heading: HeadingRow;
  cycle: CycleRow;
  phase: CyclePhase;
  coauthors: (PersonView & { viaMerge: boolean })[];
  photoIds: string[];
  reviewer: PersonView | null;
  mergedInto: { number: number; title: string } | null;
  mergedFrom: { number: number; title: string }[];
  supported: boolean;
  showModeration: boolean;
  can: { edit: boolean; withdraw: boolean; support: boolean; comment: boolean; review: boolean; manageCoauthors: boolean };
  mine: boolean;
}

/** A proposal the caller may see, with its facts; 404 `proposal_not_found` otherwise. */
export async function requireReadableProposal(db: Executor, actor: Actor, number: number): Promise<{ row: ProposalRow; facts: ProposalFacts }> {
  const row = await findProposalByNumber(db, number);
  if (!row) throw new AppError(404, 'proposal_not_found', { number });
  const co = (await coauthorsOf(db, [row.id])).get(row.id) ?? [];
  const facts = factsOfRow(
    row,
    co.map((c) => c.userId),
  );
  authorize(actor, canReadProposal(actor, facts), { number });
  return { row, facts };
}

/** One proposal's card: text, place, photos, authors, the expert's opinion, what the caller may do. */
export async function getProposalCard(ctx: ModuleContext, actor: Actor, number: number, now = new Date()): Promise<ProposalCard> {
  const db = ctx.database.db;
  const { row, facts } = await requireReadableProposal(db, actor, number);
  const found = (await findHeading(db, row.headingId, now))!;
  const co = (await coauthorsOf(db, [row.id])).get(row.id) ?? [];
  const [persons, photos, mergedFrom, mergedInto] = await Promise.all([
    people(db, [row.authorId, row.reviewedBy, ...co.map((c) => c.userId)]),
    photosOfProposals(db, [row.id]),
    db
      .select({ number: pbProposals.number, title: pbProposals.title })
      .from(pbProposals)
      .where(eq(pbProposals.mergedIntoId, row.id))
      .orderBy(asc(pbProposals.number)),
    row.mergedIntoId
      ? db.select({ number: pbProposals.number, title: pbProposals.title }).from(pbProposals).where(eq(pbProposals.id, row.mergedIntoId))
      : Promise.resolve([]),
  ]);
  const userId = actor.kind === 'user' ? actor.userId : null;
  const supported = userId
    ? (
        await db
          .select({ u: pbProposalSupports.userId })
          .from(pbProposalSupports)
          .where(and(eq(pbProposalSupports.proposalId, row.id), eq(pbProposalSupports.userId, userId)))
      ).length > 0
    : false;
  const assignments = userId ? await assignmentsOf(db, row.cycleId, userId) : [];
  const ids = photos.get(row.id) ?? [];
  return {
    row,
    author: row.authorId ? (persons.get(row.authorId) ?? null) : null,
    thumbFileId: ids[0] ?? null,
    heading: found.heading,
    cycle: found.cycle,
    phase: found.phase,
    coauthors: co.map((c) => ({ ...(persons.get(c.userId) ?? { id: c.userId, displayName: '', districtId: null, official: null }), viaMerge: c.viaMerge })),
    photoIds: ids,
    reviewer: row.reviewedBy ? (persons.get(row.reviewedBy) ?? null) : null,
    mergedInto: mergedInto[0] ?? null,
    mergedFrom,
    supported,
    showModeration: canSeeProposalModeration(actor, facts),
    mine: !!userId && (facts.authorId === userId || facts.coauthorIds.includes(userId)),
    can: {
      edit: canEditProposal(actor, facts, found.phase).allowed,
      withdraw: canWithdrawProposal(actor, facts, found.phase).allowed,
      support: canSupportProposal(actor, facts, found.phase).allowed,
      comment: canCommentOnProposal(actor, facts, found.phase).allowed,
      review: canReviewProposal(actor, facts, found.phase, assignments).allowed,
      manageCoauthors: canManageCoauthors(actor, facts, found.phase).allowed,
    },
  };
}

/** Proposal rows by ids (for merges and the review queue). */
export function proposalsByIds(db: Executor, ids: string[]) {
  return ids.length ? db.select().from(pbProposals).where(inArray(pbProposals.id, ids)) : Promise.resolve([]);
}

/** Re-exported for the review queue. */
export { findCycle };
