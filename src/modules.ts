import type { GorodModule } from './core/module/module.js';
import { accountsModule } from './modules/accounts/index.js';
import { budgetingModule } from './modules/budgeting/index.js';
import { cityModule } from './modules/city/index.js';
import { commentsModule } from './modules/comments/index.js';
import { discussionsModule } from './modules/discussions/index.js';
import { moderationModule } from './modules/moderation/index.js';
import { notificationsModule } from './modules/notifications/index.js';
import { reportsModule } from './modules/reports/index.js';
import { pointsModule } from './modules/points/index.js';
import { pollsModule } from './modules/polls/index.js';
import { initiativesModule } from './modules/initiatives/index.js';
import { crowdsourcingModule } from './modules/crowdsourcing/index.js';
import { commitmentsModule } from './modules/commitments/index.js';
import { verificationModule } from './modules/verification/index.js';
import { eventsModule } from './modules/events/index.js';
import { volunteeringModule } from './modules/volunteering/index.js';
import { charityModule } from './modules/charity/index.js';
import { servicesModule } from './modules/services/index.js';
import { placesModule } from './modules/places/index.js';
import { groupsModule } from './modules/groups/index.js';
import { messagesModule } from './modules/messages/index.js';
import { areasModule } from './modules/areas/index.js';
import { statisticsModule } from './modules/statistics/index.js';
import { monitorModule } from './modules/monitor/index.js';

/** The enabled modules, in order (authentication asks them in this order too; demo seeds run in it). */
export const modules: GorodModule[] = [
  cityModule,
  accountsModule,
  moderationModule,
  notificationsModule,
  discussionsModule,
  commentsModule,
  reportsModule,
  verificationModule,
  budgetingModule,
  initiativesModule,
  // after initiatives: its seed verifies the demo residents, who then answer the demo poll as verified residents
  pollsModule,
  crowdsourcingModule,
  // after the modules whose acceptances it records (they call its recordCommitment in their own transactions)
  commitmentsModule,
  // before the modules whose demo seeds give the demo NGO a project and a cause (it needs only accounts' residents)
  groupsModule,
  eventsModule,
  volunteeringModule,
  pointsModule,
  // after points: its seed offers each demo cause's donation reward in the catalogue, which points seeds first
  charityModule,
  servicesModule,
  placesModule,
  // after groups: 'who may message me' asks whether two people share a group, and its seed opens the demo deputy to anyone
  messagesModule,
  // after every module it counts: its seed counts the demo city
  statisticsModule,
  // after statistics: it reads every module's participation statistics, and its seed computes the demo's months
  monitorModule,
  // last: its area page and alerts read every other module's area kinds
  areasModule,
];
