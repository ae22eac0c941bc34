import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { volunteerHoursConfirmed, volunteerProjectCreated, volunteerPromoted, volunteerSignedUp } from './events.js';
import { tellDistrictFollowers, tellHours, tellPromoted, volunteerFollows } from './use-cases/notify.js';

/** What volunteers and followers of a district's volunteering hear (the texts are in messages.ts). */
export const volunteeringNotificationKinds: NotificationKind[] = [
  { kind: 'volunteer.project_created' },
  { kind: 'volunteer.promoted' },
  { kind: 'volunteer.hours_confirmed' },
];

/** Who follows a project and who hears of new projects, promotions and confirmed hours (see use-cases/notify.ts). */
export const volunteeringListeners = [
  listen(volunteerSignedUp, volunteerFollows),
  listen(volunteerProjectCreated, tellDistrictFollowers),
  listen(volunteerPromoted, tellPromoted),
  listen(volunteerHoursConfirmed, tellHours),
];
