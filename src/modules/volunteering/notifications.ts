import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import {
  volunteerHoursConfirmed,
  volunteerProjectCancelled,
  volunteerProjectCreated,
  volunteerPromoted,
  volunteerShiftCancelled,
  volunteerShiftMoved,
  volunteerShiftReminder,
  volunteerSignedUp,
} from './events.js';
import { tellDistrictFollowers, tellHours, tellPromoted, tellReminded, tellVolunteers, volunteerFollows } from './use-cases/notify.js';

/** What volunteers and followers of a district's volunteering hear (the texts are in messages.ts). */
export const volunteeringNotificationKinds: NotificationKind[] = [
  { kind: 'volunteer.project_created' },
  { kind: 'volunteer.promoted' },
  { kind: 'volunteer.hours_confirmed' },
  { kind: 'volunteer.shift_moved' },
  { kind: 'volunteer.shift_cancelled' },
  { kind: 'volunteer.project_cancelled' },
  { kind: 'volunteer.reminder.day_before' },
  { kind: 'volunteer.reminder.soon' },
];

/** Who follows a project and who hears of new projects, promotions, confirmed hours, changed or cancelled shifts and reminders (see use-cases/notify.ts). */
export const volunteeringListeners = [
  listen(volunteerSignedUp, volunteerFollows),
  listen(volunteerProjectCreated, tellDistrictFollowers),
  listen(volunteerPromoted, tellPromoted),
  listen(volunteerHoursConfirmed, tellHours),
  listen(volunteerShiftMoved, tellVolunteers),
  listen(volunteerShiftCancelled, tellVolunteers),
  listen(volunteerProjectCancelled, tellVolunteers),
  listen(volunteerShiftReminder, tellReminded),
];
