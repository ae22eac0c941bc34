import { eq } from 'drizzle-orm';
import { deleteRows, rowsOf, unlinkRows, type PersonalDataPart } from '../../core/module/personal-data.js';
import { pbBallots, pbExperts, pbProposalCoauthors, pbProposals, pbProposalSupports } from './db/schema.js';

/**
 * A person's proposals, co-authorships, supports, expert assignments and ballots. At deletion ballots stay counted with
 * no voter (as imported ballots are), supports and co-authorships stay counted, no longer theirs, and the assignments
 * end; proposals (reviewed, voted on, built) are kept under "deleted account" whatever the choice.
 */
export const budgetingPersonalData: PersonalDataPart = {
  async export(db, userId) {
    return {
      tables: {
        pb_proposals: await rowsOf(db, pbProposals, pbProposals.authorId, userId, ['search']),
        pb_proposal_coauthors: await rowsOf(db, pbProposalCoauthors, pbProposalCoauthors.userId, userId),
        pb_proposal_supports: await rowsOf(db, pbProposalSupports, pbProposalSupports.userId, userId),
        pb_experts: await rowsOf(db, pbExperts, pbExperts.userId, userId),
        pb_ballots: await rowsOf(db, pbBallots, pbBallots.voterId, userId, ['receiptHash']),
      },
    };
  },
  async erase(tx, userId) {
    await tx.update(pbBallots).set({ voterId: null }).where(eq(pbBallots.voterId, userId));
    await unlinkRows(tx, pbProposalSupports, pbProposalSupports.userId, userId);
    await unlinkRows(tx, pbProposalCoauthors, pbProposalCoauthors.userId, userId);
    await deleteRows(tx, pbExperts, pbExperts.userId, userId);
  },
};
