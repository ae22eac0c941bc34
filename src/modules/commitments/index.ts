/** What other modules may use from commitments: the module, and `recordCommitment` for a source to call in the transaction of its acceptance. */
export { commitmentsModule } from './module.js';
export { recordCommitment, type NewCommitment } from './use-cases/record-commitment.js';
export { commitmentCreated, commitmentDelivered, commitmentDisputed, commitmentOverdue, commitmentProgressed } from './events.js';
export { syncCommitmentFromSource, type SourceProgress } from './use-cases/sync-commitment.js';
