import { desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { EntityKind, EntityRegistry, EntitySummary } from '../../../../core/module/entities.js';
import type { Executor } from '../../../../core/db/client.js';
import { findHeading } from '../../db/cycle-queries.js';
import { coauthorsOf, factsOfRow, findProposalByNumber, photosOfProposals, type ProposalRow } from '../../db/proposal-queries.js';
import { pbProposalCoauthors, pbProposals } from '../../db/schema.js';
import { canCommentOnProposal, canReadProposal } from '../../policy.js';
import { proposalPath, proposalType } from '../cycles/common.js';

const parseNumber = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : null);
const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 299)}…` : text);
/** The title notifications and previews use: «№ 12. Скамейки во дворе». */
export const proposalTitle = (r: { number: number; title: string }) => `№ ${r.number}. ${r.title}`;

async function summaries(db: Executor, rows: ProposalRow[]): Promise<Map<string, EntitySummary>> {
  const photos = await photosOfProposals(
    db,
    rows.filter((r) => r.moderation === 'visible').map((r) => r.id),
  );
  return new Map(
    rows.map((r) => {
      const photo = photos.get(r.id)?.[0];
      return [
        String(r.number),
        {
          type: proposalType,
          id: String(r.number),
          title: proposalTitle(r),
          excerpt: excerpt(r.description),
          path: proposalPath(r.number),
          authorId: r.authorId,
          visible: r.moderation === 'visible' && r.status !== 'withdrawn',
          districtId: r.districtId,
          createdAt: r.createdAt,
          imagePath: photo ? `/api/budgeting/proposals/${r.number}/photos/${photo}` : null,
        },
      ];
    }),
  );
}

/**
 * The `proposal` entity kind (id: the public number): it hosts comments during intake and review (no
 * stance), counts them, can be flagged and hidden by moderation, has a shareable page, and is listed on
 * its authors' profiles.
 */
export function proposalEntities(_registry: EntityRegistry): EntityKind[] {
  return [
    {
      type: proposalType,
      pagePath: '/budgeting/proposals/:id',

      async describe(db, ids) {
        const numbers = ids.map(parseNumber).filter((n): n is number => n !== null);
        if (!numbers.length) return new Map();
        return summaries(db, await db.select().from(pbProposals).where(inArray(pbProposals.number, numbers)));
      },

      async commentRules(db, id, actor) {
        const n = parseNumber(id);
        const row = n === null ? undefined : await findProposalByNumber(db, n);
        if (!row) return null;
        const co = (await coauthorsOf(db, [row.id])).get(row.id) ?? [];
        const facts = factsOfRow(
          row,
          co.map((c) => c.userId),
        );
        if (!canReadProposal(actor, facts).allowed) return null;
        const found = await findHeading(db, row.headingId);
        return {
          decision: canCommentOnProposal(actor, facts, found!.phase),
          stance: false,
          title: proposalTitle(row),
          path: proposalPath(row.number),
          commentCount: row.commentCount,
        };
      },

      async onCommentsChanged(tx, id, change) {
        const n = parseNumber(id);
        if (n === null) return;
        await tx
          .update(pbProposals)
          .set({ commentCount: sql`greatest(0, ${pbProposals.commentCount} + ${change.delta})` })
          .where(eq(pbProposals.number, n));
      },

      async setModeration(tx, id, state, reason) {
        const n = parseNumber(id);
        if (n === null) return false;
        const rows = await tx
          .update(pbProposals)
          .set({ moderation: state, moderationReason: reason })
          .where(eq(pbProposals.number, n))
          .returning({ id: pbProposals.id });
        return rows.length > 0;
      },

      async authoredBy(db, userId, limit) {
        const co = db.select({ id: pbProposalCoauthors.proposalId }).from(pbProposalCoauthors).where(eq(pbProposalCoauthors.userId, userId));
        const rows = await db
          .select()
          .from(pbProposals)
          .where(
            sql`(${or(eq(pbProposals.authorId, userId), inArray(pbProposals.id, co))}) and ${pbProposals.moderation} = 'visible' and ${pbProposals.status} <> 'withdrawn'`,
          )
          .orderBy(desc(pbProposals.createdAt))
          .limit(limit);
        return [...(await summaries(db, rows)).values()];
      },
    },
  ];
}
