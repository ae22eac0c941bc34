/** A report's states, in the order a report usually passes them. */
export const reportStatuses = [
  'moderation', // on moderation before sending
  'rejected', // refused by a moderator, with a reason from the dictionary
  'sent', // sent to the department
  'in_progress', // the department took it
  'answer_moderation', // the department answered; the answer is checked before publication
  'answered', // answer published; the resident confirms or disputes within the window
  'reopened', // disputed: back with the department
  'closed', // confirmed, or the window passed
  'duplicate', // merged into another report
  'not_competent', // not the city's competence
] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Everything that can happen to a report, as URL segments use them (with `-` for `_`). */
export const reportActions = [
  'approve',
  'reject',
  'duplicate',
  'not_competent',
  'publish_answer',
  'return_answer',
  'take',
  'answer',
  'redirect',
  'confirm',
  'dispute',
  'auto_close',
] as const;
export type ReportAction = (typeof reportActions)[number];

/** In which capacity an action is taken. */
export type Capacity = 'moderator' | 'official' | 'reporter' | 'system';

interface Rule {
  capacity: Capacity;
  /** The next status from each status the action is allowed in. */
  moves: Partial<Record<ReportStatus, ReportStatus>>;
}

const fromActive = (to: ReportStatus): Partial<Record<ReportStatus, ReportStatus>> => ({ moderation: to, sent: to, in_progress: to, reopened: to });

/**
 * The state machine. Moderators check new reports and the departments' answers; the department's
 * officials take, answer or redirect what they hold; the reporter confirms or disputes a published
 * answer; the system closes answered reports whose window passed.
 */
const rules: Record<ReportAction, Rule> = {
  approve: { capacity: 'moderator', moves: { moderation: 'sent' } },
  reject: { capacity: 'moderator', moves: { moderation: 'rejected' } },
  duplicate: { capacity: 'moderator', moves: fromActive('duplicate') },
  not_competent: { capacity: 'moderator', moves: fromActive('not_competent') },
  publish_answer: { capacity: 'moderator', moves: { answer_moderation: 'answered' } },
  return_answer: { capacity: 'moderator', moves: { answer_moderation: 'in_progress' } },
  take: { capacity: 'official', moves: { sent: 'in_progress', reopened: 'in_progress' } },
  answer: { capacity: 'official', moves: { sent: 'answer_moderation', in_progress: 'answer_moderation', reopened: 'answer_moderation' } },
  // to another department: it arrives there as sent, with a fresh resolution deadline
  redirect: { capacity: 'official', moves: { sent: 'sent', in_progress: 'sent', reopened: 'sent' } },
  confirm: { capacity: 'reporter', moves: { answered: 'closed' } },
  dispute: { capacity: 'reporter', moves: { answered: 'reopened' } },
  auto_close: { capacity: 'system', moves: { answered: 'closed' } },
};

/** The status after an action, or null when the action is not allowed from this status. */
export function nextStatus(status: ReportStatus, action: ReportAction): ReportStatus | null {
  return rules[action].moves[status] ?? null;
}

/** The actions a person takes (the system's closing aside), as the card and the inbox offer them. */
export type PersonAction = Exclude<ReportAction, 'auto_close'>;

/**
 * What each action carries, for the forms and the server alike: a note (required, or optional), an answer's text
 * (with "after" photos), a reason for rejection from the dictionary, the original of a duplicate, a department
 * (required when redirecting; when approving, another than the one routing chose).
 */
export interface ActionInput {
  note?: 'required' | 'optional';
  text?: 'required';
  photos?: 'optional';
  rejectionReason?: 'required';
  original?: 'required';
  department?: 'required' | 'optional';
  /** The day later work will be done by, when the answer promises it ("включено в план"): published, a commitment. */
  dueOn?: 'optional';
}

export const actionInputs: Readonly<Record<PersonAction, ActionInput>> = {
  approve: { department: 'optional', note: 'optional' },
  reject: { rejectionReason: 'required', note: 'optional' },
  duplicate: { original: 'required', note: 'optional' },
  not_competent: { note: 'required' },
  publish_answer: { note: 'optional' },
  return_answer: { note: 'required' },
  take: { note: 'optional' },
  answer: { text: 'required', photos: 'optional', dueOn: 'optional' },
  redirect: { department: 'required', note: 'required' },
  confirm: { note: 'optional' },
  dispute: { text: 'required', photos: 'optional' },
};

/** The capacity an action needs. */
export function capacityFor(action: ReportAction): Capacity {
  return rules[action].capacity;
}

/** The actions open to someone holding these capacities in this status. */
export function availableActions(status: ReportStatus, capacities: readonly Capacity[]): ReportAction[] {
  return reportActions.filter((a) => capacities.includes(rules[a].capacity) && nextStatus(status, a) !== null);
}

/**
 * What one capacity may do from a status, as URL segments: an official's buttons in the inbox (`take`, `answer`,
 * `redirect` on a sent report) without loading each card. The card's own `actions` also weigh the person (their
 * department, district, the confirmation window).
 */
export function actionSegmentsFor(status: ReportStatus, capacity: Exclude<Capacity, 'system'>): string[] {
  return availableActions(status, [capacity]).map(actionSegment);
}

/** Statuses that end the report (nothing but comments happens after them). */
export const finalStatuses: readonly ReportStatus[] = ['rejected', 'closed', 'duplicate', 'not_competent'];

/** How a final status came about, for `closedHow`. */
export function closedHowFor(action: ReportAction): string | null {
  switch (action) {
    case 'confirm':
      return 'confirmed';
    case 'auto_close':
      return 'auto';
    case 'reject':
      return 'rejected';
    case 'duplicate':
      return 'duplicate';
    case 'not_competent':
      return 'not_competent';
    default:
      return null;
  }
}

/** The action's name in URLs (`not-competent`) and back. */
export const actionSegment = (a: ReportAction) => a.replace(/_/g, '-');
export function actionFromSegment(segment: string): ReportAction | undefined {
  const a = segment.replace(/-/g, '_');
  return (reportActions as readonly string[]).includes(a) ? (a as ReportAction) : undefined;
}
