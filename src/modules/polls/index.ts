/** What other modules may use from polls. */
export { pollsModule } from './module.js';
export { pollClosed, pollPublished, pollResponded } from './events.js';
export { bringPollForward, createPublishedPoll, type PollInput } from './use-cases/save-poll.js';
export { closeDuePolls, closePoll } from './use-cases/close-poll.js';
export { respond } from './use-cases/respond.js';
export { findPoll, pollOutcome, pollRespondentIds } from './db/queries.js';
export { demoClosedPollTitle } from './use-cases/seed-demo-polls.js';
