/** What other modules may use from reports (groups: the answers a verified public figure wrote as an official). */
export { reportsModule } from './module.js';
export { reportAssigned, reportCreated, reportDeadlineNear, reportOverdue, reportRated, reportStatusChanged, reportSupported } from './events.js';
export { answersGivenBy, type AnswerGiven } from './use-cases/public/answers-given.js';
export { reportStatuses } from './domain/lifecycle.js';
