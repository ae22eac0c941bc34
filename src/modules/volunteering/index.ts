/** What other modules may use from volunteering: the module, the events it emits, and the hours a confirmation stands at. */
export { volunteeringModule } from './module.js';
export { volunteerHoursConfirmed, volunteerProjectCreated, volunteerPromoted, volunteerSignedUp } from './events.js';
export { confirmedHours } from './use-cases/record.js';
