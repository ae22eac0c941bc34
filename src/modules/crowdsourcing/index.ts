/** What other modules may use from crowdsourcing. */
export { crowdsourcingModule } from './module.js';
export { ideaAccepted, ideaCreated, ideaRated, ideaReviewed, projectReported, projectVoteStarted } from './events.js';
