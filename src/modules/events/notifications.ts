import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import {
  cityEventCancelled,
  cityEventGroupPublished,
  cityEventMinutesPublished,
  cityEventMoved,
  cityEventOpenedOnSource,
  cityEventPromoted,
  cityEventReminder,
} from './events.js';
import { tellGroupMembers, tellMinutes, tellParticipants } from './use-cases/notify-after.js';
import { tellPromoted, tellRegistrants, tellReminded } from './use-cases/notify.js';

/** What people registered for events (and members of a group organising one) hear (the texts are in messages.ts). */
export const eventNotificationKinds: NotificationKind[] = [
  { kind: 'event.cancelled' },
  { kind: 'event.moved' },
  { kind: 'event.promoted' },
  { kind: 'event.reminder.day_before' },
  { kind: 'event.reminder.soon' },
  { kind: 'event.minutes_published' },
  { kind: 'event.meeting_on_source' },
  { kind: 'event.meeting_on_source.priority' },
  { kind: 'event.group_event' },
];

/** Who follows an event and who hears of its changes (see use-cases/notify.ts). */
export const eventListeners = [
  listen(cityEventCancelled, tellRegistrants),
  listen(cityEventMoved, tellRegistrants),
  listen(cityEventPromoted, tellPromoted),
  listen(cityEventReminder, tellReminded),
  listen(cityEventMinutesPublished, tellMinutes),
  listen(cityEventOpenedOnSource, tellParticipants),
  listen(cityEventGroupPublished, tellGroupMembers),
];
