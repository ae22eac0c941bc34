import { hasRole, hasVerification, type Actor } from '../../core/auth/actor.js';
import { allow, deny, notVisible, notNow, type Decision } from '../../core/auth/decision.js';
import type { ModerationState } from '../../core/module/entities.js';
import type { ReportStatus } from './db/schema.js';
import { confirmWindowOpen } from './domain/deadlines.js';
import { availableActions, capacityFor, nextStatus, type Capacity, type ReportAction } from './domain/lifecycle.js';
import { isPublicReport } from './domain/report-rules.js';

/** What the rules need to know about a report. */
export interface ReportFacts {
  status: ReportStatus;
  districtId: string | null;
  departmentId: string | null;
  reporterId: string | null;
  moderation: ModerationState;
  answerPublishedAt: Date | null;
}

/** Moderators whose scope covers the district (city-wide moderators and administrators: every district). */
export function isModeratorOf(actor: Actor, districtId: string | null): boolean {
  if (actor.kind !== 'user') return false;
  return actor.roles.some(
    (g) =>
      ((g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city') ||
      (g.role === 'moderator' && g.scopeType === 'district' && districtId !== null && g.scopeId === districtId),
  );
}

/** Officials of the department (a city-wide official grant covers every department). */
export function isOfficialOf(actor: Actor, departmentId: string | null): boolean {
  return departmentId !== null && hasRole(actor, 'official', { type: 'department', id: departmentId });
}

const isReporter = (actor: Actor, r: ReportFacts) => actor.kind === 'user' && r.reporterId !== null && actor.userId === r.reporterId;

/** The capacities the actor holds towards this report. */
export function capacitiesOf(actor: Actor, r: ReportFacts): Capacity[] {
  const out: Capacity[] = [];
  if (isModeratorOf(actor, r.districtId)) out.push('moderator');
  if (isOfficialOf(actor, r.departmentId)) out.push('official');
  if (isReporter(actor, r)) out.push('reporter');
  return out;
}

/** Denials that mean "not now, not from this state" rather than "not you": answered 409. */
export const stateDenials: readonly string[] = ['report_transition_not_allowed', 'report_confirm_window_closed'];

/**
 * Who may take an action on a report: the capacity the state machine names for it (moderator of the
 * report's district, official of its department, its reporter), then the state machine itself, then
 * the resident's 15-day window for confirming or disputing.
 */
export function canTransition(actor: Actor, r: ReportFacts, action: ReportAction, now: Date): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  const capacity = capacityFor(action);
  if (capacity === 'system') return deny('forbidden');
  if (!capacitiesOf(actor, r).includes(capacity)) {
    return deny(capacity === 'moderator' ? 'report_not_moderator' : capacity === 'official' ? 'report_not_official' : 'report_not_reporter');
  }
  if (nextStatus(r.status, action) === null) return notNow('report_transition_not_allowed');
  if ((action === 'confirm' || action === 'dispute') && !confirmWindowOpen(r.answerPublishedAt, now)) return notNow('report_confirm_window_closed');
  return allow;
}

/** What the caller may do now (the card's buttons). */
export function actionsFor(actor: Actor, r: ReportFacts, now: Date): ReportAction[] {
  return availableActions(r.status, capacitiesOf(actor, r)).filter((a) => canTransition(actor, r, a, now).allowed);
}

/** Who may file: signed-in residents with a confirmed e-mail; a reason may require a verified account. */
export function canFileReport(actor: Actor, reason: { verifiedRequired: boolean }): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (reason.verifiedRequired && !hasVerification(actor, 'verified')) return deny('report_verified_required');
  return allow;
}

/** Who may see a report: everyone once it passed moderation (and is not hidden); before that its reporter and staff in scope. */
export function canReadReport(actor: Actor, r: ReportFacts): Decision {
  if (isPublicReport(r) || isReporter(actor, r) || isModeratorOf(actor, r.districtId) || isOfficialOf(actor, r.departmentId)) return allow;
  return notVisible('report_not_found');
}

/** Who sees personal extra fields (the phone, an API client's contact): the department's officials and moderators in scope. */
export function canSeePrivateFields(actor: Actor, r: ReportFacts): Decision {
  return isModeratorOf(actor, r.districtId) || isOfficialOf(actor, r.departmentId) ? allow : deny('forbidden');
}

/** Who may say "me too": signed-in residents with a confirmed e-mail, on a public open report that is not their own. */
export function canSupport(actor: Actor, r: ReportFacts & { open: boolean }): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (!isPublicReport(r) && !isReporter(actor, r)) return notVisible('report_not_found');
  if (isReporter(actor, r)) return deny('report_support_own');
  if (!r.open) return deny('report_support_closed');
  return allow;
}

/** Who may open a department's inbox: its officials. */
export function canUseInbox(actor: Actor, departmentId: string): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  return isOfficialOf(actor, departmentId) ? allow : deny('not_official_of_department');
}

/** Who may assign a report to an official: an official of its department; the assignee must be one too (checked with their grants). */
export function canAssign(actor: Actor, r: ReportFacts, assignee: Actor | null): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!isOfficialOf(actor, r.departmentId)) return deny('report_not_official');
  if (assignee !== null && !isOfficialOf(assignee, r.departmentId)) return deny('report_assignee_not_official');
  return allow;
}

/** Who may read the moderators' queues: moderators (of the district when one is asked for). */
export function canModerateReports(actor: Actor, districtId: string | null): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (districtId === null ? hasRole(actor, 'moderator') || hasRole(actor, 'administrator') : isModeratorOf(actor, districtId)) return allow;
  return deny('not_moderator');
}

/** Who may take back a "me too": signed-in people (only their own is removed). */
export function canUnsupport(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may list their own reports: signed-in people. */
export function canListOwnReports(actor: Actor): Decision {
  return actor.kind === 'user' ? allow : deny('unauthenticated');
}

/** Who may upload a photo: signed-in residents with a confirmed e-mail. */
export function canUploadPhoto(actor: Actor): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  return allow;
}

/** Who may comment on a report: signed-in people, while it is public. */
export function canCommentOnReport(actor: Actor, r: ReportFacts): Decision {
  if (actor.kind !== 'user') return deny('unauthenticated');
  if (!isPublicReport(r)) return deny('report_not_public');
  return allow;
}
