import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { cityEventCancelled, cityEventMoved, cityEventPromoted, cityEventRegistered, cityEventReminder } from './events.js';
import { registrantFollows, tellPromoted, tellRegistrants, tellReminded } from './use-cases/notify.js';

/** What people registered for events hear (the texts are in messages.ts). */
export const eventNotificationKinds: NotificationKind[] = [
  { kind: 'event.cancelled' },
  { kind: 'event.moved' },
  { kind: 'event.promoted' },
  { kind: 'event.reminder.day_before' },
  { kind: 'event.reminder.soon' },
];

/** Who follows an event and who hears of its changes (see use-cases/notify.ts). */
export const eventListeners = [
  listen(cityEventRegistered, registrantFollows),
  listen(cityEventCancelled, tellRegistrants),
  listen(cityEventMoved, tellRegistrants),
  listen(cityEventPromoted, tellPromoted),
  listen(cityEventReminder, tellReminded),
];
