/** What other modules may use from reports. */
export { reportsModule } from './module.js';
export { reportAssigned, reportCreated, reportDeadlineNear, reportOverdue, reportRated, reportStatusChanged, reportSupported } from './events.js';
