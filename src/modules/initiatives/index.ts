/** What other modules may use from initiatives. */
export { initiativesModule } from './module.js';
export {
  initiativeAnswered,
  initiativeCoinitiatorJoined,
  initiativeCoinitiatorLeft,
  initiativeCreated,
  initiativeNotReached,
  initiativeOverdue,
  initiativeScreened,
  initiativeSubmitted,
  initiativeSupported,
  initiativeThresholdReached,
  initiativeWithdrawn,
} from './events.js';
