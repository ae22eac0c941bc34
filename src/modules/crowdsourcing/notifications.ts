import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { ideaAccepted, ideaCreated, ideaReviewed, projectReported, projectVoteStarted } from './events.js';
import { authorFollows, tellOfAcceptance, tellOfReview, tellProjectFollowers } from './use-cases/notify.js';

/** What authors and followers of ideas and projects hear (the texts are in messages.ts). */
export const crowdsourcingNotificationKinds: NotificationKind[] = [
  { kind: 'idea.reviewed.shortlisted' },
  { kind: 'idea.reviewed.rejected' },
  { kind: 'idea.reviewed.merged' },
  { kind: 'idea.accepted' },
  { kind: 'crowd_project.vote_started' },
  { kind: 'crowd_project.reported' },
];

/** Who follows ideas and projects and who hears of their steps (see use-cases/notify.ts). */
export const crowdsourcingListeners = [
  listen(ideaCreated, authorFollows),
  listen(ideaReviewed, tellOfReview),
  listen(ideaAccepted, tellOfAcceptance),
  listen(projectVoteStarted, tellProjectFollowers),
  listen(projectReported, tellProjectFollowers),
];
