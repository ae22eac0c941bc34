/**
 * What other modules may use from commitments: the module, `recordCommitment` for a source to call in the transaction of
 * its acceptance, `confirmCommitmentDelivery` for demo seeds that play a delivery through, and `deliveredMeasure` for
 * a source's statistics (what it implemented is what was delivered).
 */
export { commitmentsModule } from './module.js';
export { assertDueDay, checkCommitmentTerms, commitmentNumberOf, recordCommitment, type NewCommitment } from './use-cases/record-commitment.js';
export { commitmentCreated, commitmentDelivered, commitmentDisputed, commitmentOverdue, commitmentProgressed } from './events.js';
export { syncCommitmentFromSource, type SourceProgress } from './use-cases/sync-commitment.js';
export { confirmCommitmentDelivery } from './use-cases/act-on-commitment.js';
export { commitmentOfSource } from './use-cases/read-commitments.js';
export { deliveredMeasure } from './statistics.js';
