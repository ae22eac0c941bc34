import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { reportAssigned, reportCreated, reportDeadlineNear, reportOverdue, reportRated, reportStatusChanged, reportSupported } from './events.js';
import {
  announcedStatuses,
  reporterFollows,
  supporterFollows,
  tellAssignee,
  tellOfDeadlineNear,
  tellOfNotFixed,
  tellOfOverdue,
  tellOfStatusChange,
} from './use-cases/reports/notify.js';

/** What residents and staff hear of reports (the texts are in messages/notifications.ts). */
export const reportNotificationKinds: NotificationKind[] = [
  // residents who filed or follow a report
  ...announcedStatuses.map((status) => ({ kind: `report.status.${status}` })),
  { kind: 'report.status.redirected' },
  // the department's staff
  { kind: 'report.department.new' },
  { kind: 'report.department.reopened' },
  { kind: 'report.department.answer_returned' },
  { kind: 'report.department.not_fixed' },
  { kind: 'report.overdue' },
  { kind: 'report.deadline_near' },
  { kind: 'report.assigned' },
];

/** Who follows a report and who hears of its steps (see use-cases/reports/notify.ts). */
export const reportListeners = [
  listen(reportCreated, reporterFollows),
  listen(reportSupported, supporterFollows),
  listen(reportStatusChanged, tellOfStatusChange),
  listen(reportOverdue, tellOfOverdue),
  listen(reportDeadlineNear, tellOfDeadlineNear),
  listen(reportAssigned, tellAssignee),
  listen(reportRated, tellOfNotFixed),
];
