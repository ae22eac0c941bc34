import { defineModule } from '../../core/module/module.js';
import { notificationRoutes } from './http/routes.js';
import { notificationJobs } from './jobs.js';
import { notificationsMessages } from './messages.js';
import { onCreatedAutoFollow } from './use-cases/react-to-events.js';
import { onHeadingTallied, onProposalCoauthorAdded, onProposalMerged, onProposalReviewed, onWorkUpdated } from './use-cases/react-to-budgeting.js';
import { initiativeReactions } from './use-cases/react-to-initiatives.js';
import { crowdsourcingReactions } from './use-cases/react-to-crowdsourcing.js';

/** Follows and notifications: the notification centre, e-mail (immediate or a daily digest), one-click unsubscribe. */
export const notificationsModule = defineModule({
  name: 'notifications',
  messages: notificationsMessages,
  routes: notificationRoutes,
  jobs: notificationJobs,
  on: {
    'proposal.created': onCreatedAutoFollow,
    'proposal.supported': onCreatedAutoFollow,
    'proposal.reviewed': onProposalReviewed,
    'proposal.merged': onProposalMerged,
    'proposal.coauthor_added': onProposalCoauthorAdded,
    'pb_work.updated': onWorkUpdated,
    'pb_heading.tallied': onHeadingTallied,
    'pb_heading.results_public': onHeadingTallied,
    ...initiativeReactions,
    ...crowdsourcingReactions,
  },
});
