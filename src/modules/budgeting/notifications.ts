import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { workStatuses } from './db/schema.js';
import {
  headingResultsPublic,
  headingTallied,
  proposalCoauthorAdded,
  proposalCreated,
  proposalMerged,
  proposalReviewed,
  proposalSupported,
  workUpdated,
} from './events.js';
import { actorFollows, tellCoauthor, tellOfMerge, tellOfResults, tellOfReview, tellOfWorkStage } from './use-cases/notify.js';

/** What authors and followers of proposals hear (the texts are in messages/cycles.ts, ballots.ts and works.ts). */
export const budgetingNotificationKinds: NotificationKind[] = [
  { kind: 'proposal.reviewed.feasible' },
  { kind: 'proposal.reviewed.unfeasible' },
  { kind: 'proposal.merged' },
  { kind: 'proposal.coauthor_added' },
  { kind: 'proposal.result.won' },
  { kind: 'proposal.result.lost' },
  { kind: 'pb_heading.results' },
  ...workStatuses.map((status) => ({ kind: `pb_work.status.${status}` })),
];

/** Who follows a proposal and who hears of its review, results and work (see use-cases/notify.ts). */
export const budgetingListeners = [
  listen(proposalCreated, actorFollows),
  listen(proposalSupported, actorFollows),
  listen(proposalReviewed, tellOfReview),
  listen(proposalMerged, tellOfMerge),
  listen(proposalCoauthorAdded, tellCoauthor),
  listen(workUpdated, tellOfWorkStage),
  listen(headingTallied, tellOfResults),
  listen(headingResultsPublic, tellOfResults),
];
