import { eq, sql } from 'drizzle-orm';
import { deleteRows, exportTables, latestOf, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
import { pbBallots, pbExperts, pbProposalCoauthors, pbProposals, pbProposalSupports } from './db/schema.js';

/**
 * A person's proposals, co-authorships, supports, expert assignments and ballots. At deletion ballots stay counted with
 * no voter (as imported ballots are), supports and co-authorships stay counted, no longer theirs, and the assignments
 * end; proposals (reviewed, voted on, built) are kept under "deleted account" whatever the choice.
 */
export const budgetingPersonalData: PersonalDataPart = {
  export: (db, userId) =>
    exportTables(db, userId, {
      pb_proposals: [pbProposals, pbProposals.authorId, ['search']],
      pb_proposal_coauthors: [pbProposalCoauthors, pbProposalCoauthors.userId],
      pb_proposal_supports: [pbProposalSupports, pbProposalSupports.userId],
      pb_experts: [pbExperts, pbExperts.userId],
      pb_ballots: [pbBallots, pbBallots.voterId, ['receiptHash']],
    }),
  // a ballot in a cycle still voting: the identity stays spent until its tally begins
  identityHeldUntil: (tx, userId, now) =>
    latestOf(
      tx,
      sql`select max(c.tallying_from) as until from pb_ballots b join pb_headings h on h.id = b.heading_id join pb_cycles c on c.id = h.cycle_id
          where b.voter_id = ${userId} and c.tallying_from > ${now.toISOString()}::timestamptz`,
    ),
  async erase(tx, userId) {
    await tx.update(pbBallots).set({ voterId: null }).where(eq(pbBallots.voterId, userId));
    await unlinkRows(tx, pbProposalSupports, pbProposalSupports.userId, userId);
    await unlinkRows(tx, pbProposalCoauthors, pbProposalCoauthors.userId, userId);
    await deleteRows(tx, pbExperts, pbExperts.userId, userId);
  },
};
