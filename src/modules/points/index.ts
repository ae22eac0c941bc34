/** What other modules may use from points. */
export { pointsModule } from './module.js';
export type { Pledge, PledgeTarget } from './pledges.js';
export { offerDonationReward } from './use-cases/rewards.js';
