/** What other modules may use from statistics: the module itself (its contract is core/module/statistics.ts). */
export { statisticsModule } from './module.js';
