import { listen } from '../../core/jobs/events.js';
import type { NotificationKind } from '../../core/module/notification-kinds.js';
import { answerDecisions } from './db/schema.js';
import {
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
import { actorFollows, coinitiatorUnfollows, tellOfCoinitiator, tellOfOverdue, tellOfStep, tellOfThreshold } from './use-cases/notify.js';

/** What authors, followers and departments hear of initiatives (the texts are in messages.ts). */
export const initiativeNotificationKinds: NotificationKind[] = [
  { kind: 'initiative.coinitiator_joined' },
  { kind: 'initiative.submitted' },
  { kind: 'initiative.withdrawn' },
  { kind: 'initiative.screened.admissible' },
  { kind: 'initiative.screened.inadmissible' },
  { kind: 'initiative.threshold_reached' },
  { kind: 'initiative.not_reached' },
  ...answerDecisions.map((decision) => ({ kind: `initiative.answered.${decision}` })),
  { kind: 'initiative.overdue' },
  // the responsible department's staff
  { kind: 'initiative.answer_requested' },
  { kind: 'initiative.answer_overdue' },
];

/** Who follows an initiative and who hears of its steps (see use-cases/notify.ts). */
export const initiativeListeners = [
  listen(initiativeCreated, actorFollows),
  listen(initiativeSupported, actorFollows),
  listen(initiativeCoinitiatorJoined, tellOfCoinitiator),
  listen(initiativeCoinitiatorLeft, coinitiatorUnfollows),
  listen(initiativeSubmitted, tellOfStep),
  listen(initiativeWithdrawn, tellOfStep),
  listen(initiativeScreened, tellOfStep),
  listen(initiativeThresholdReached, tellOfThreshold),
  listen(initiativeNotReached, tellOfStep),
  listen(initiativeAnswered, tellOfStep),
  listen(initiativeOverdue, tellOfOverdue),
];
