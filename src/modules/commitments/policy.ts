import { hasRole, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, signedIn, type Decision } from '../../core/auth/decision.js';
import { disputeWindowOpen, type CommitmentStatus } from './domain/commitments.js';

/** What the rules need to know about a commitment. */
export interface CommitmentFacts {
  departmentId: string;
  /** A budgeting winner's (`proposal`) progress and delivery are its work's updates, posted on the work's page. */
  sourceType: string;
  status: CommitmentStatus;
  deliveredAt: Date | null;
}

const responsible = (actor: UserActor, c: Pick<CommitmentFacts, 'departmentId'>) =>
  hasRole(actor, 'administrator') || hasRole(actor, 'official', { type: 'department', id: c.departmentId });

/** Officials of the responsible department and administrators act on a commitment until it is delivered, unless its source keeps its progress. */
function departmentActs(actor: UserActor, c: Pick<CommitmentFacts, 'departmentId' | 'status' | 'sourceType'>): Decision {
  if (!responsible(actor, c)) return deny('commitment_not_responsible');
  if (c.sourceType === 'proposal') return notNow('commitment_reported_on_work');
  return c.status === 'delivered' ? notNow('commitment_already_delivered') : allow;
}

/** Who posts progress (stage, %, money, note, photos): officials of the responsible department and administrators, until delivered. */
export const canPostCommitmentProgress = signedIn(function canPostCommitmentProgress(
  actor,
  c: Pick<CommitmentFacts, 'departmentId' | 'status' | 'sourceType'>,
) {
  return departmentActs(actor, c);
});

/** Who confirms delivery: the same people, once it is not delivered yet. */
export const canConfirmCommitmentDelivery = signedIn(function canConfirmCommitmentDelivery(
  actor,
  c: Pick<CommitmentFacts, 'departmentId' | 'status' | 'sourceType'>,
) {
  return departmentActs(actor, c);
});

/**
 * Who disputes a delivery: a participant of the source (who supported the initiative, authored or rated the idea…),
 * while the delivery is confirmed and within the window (as a report's answer is disputed).
 */
export const canDisputeCommitment = signedIn(function canDisputeCommitment(
  _actor,
  c: Pick<CommitmentFacts, 'status' | 'deliveredAt'>,
  facts: { tookPart: boolean; now: Date },
): Decision {
  if (!facts.tookPart) return deny('commitment_not_participant');
  if (c.status !== 'delivered') return notNow('commitment_not_delivered');
  return disputeWindowOpen(c.deliveredAt, facts.now) ? allow : notNow('commitment_dispute_window_closed');
});
