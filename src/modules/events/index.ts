/** What other modules may use from events: the module and the events it emits. */
export { eventsModule } from './module.js';
export { cityEventCancelled, cityEventCreated, cityEventMoved, cityEventPromoted, cityEventRegistered, cityEventReminder } from './events.js';
