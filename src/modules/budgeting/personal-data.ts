import { eq } from 'drizzle-orm';
import { deleteRows, exportTables, type PersonalDataPart, unlinkRows } from '../../core/module/personal-data.js';
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
  async erase(tx, userId) {
    await tx.update(pbBallots).set({ voterId: null }).where(eq(pbBallots.voterId, userId));
    await unlinkRows(tx, pbProposalSupports, pbProposalSupports.userId, userId);
    await unlinkRows(tx, pbProposalCoauthors, pbProposalCoauthors.userId, userId);
    await deleteRows(tx, pbExperts, pbExperts.userId, userId);
  },
};
