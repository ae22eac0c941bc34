/** What other modules may use from crowdsourcing. */
export { crowdsourcingModule } from './module.js';
