/** What other modules may use from budgeting. */
export { budgetingModule } from './module.js';
export {
  ballotCast,
  headingResultsPublic,
  headingTallied,
  proposalCoauthorAdded,
  proposalCreated,
  proposalMerged,
  proposalReviewed,
  proposalSupported,
  proposalWithdrawn,
  workUpdated,
} from './events.js';
