/** What other modules may use from points. */
export { pointsModule } from './module.js';
export type { Pledge, PledgeTarget } from './pledges.js';
