/** What other modules may use from events: the module and the events it emits. */
export { eventsModule } from './module.js';
export {
  cityEventAttendance,
  cityEventCancelled,
  cityEventCreated,
  cityEventMinutesPublished,
  cityEventOpenedOnSource,
  cityEventMoved,
  cityEventPromoted,
  cityEventReminder,
} from './events.js';
