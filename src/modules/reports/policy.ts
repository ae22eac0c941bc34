import { hasRole, hasVerification, type Actor, type UserActor } from '../../core/auth/actor.js';
import { allow, deny, notNow, notVisible, signedIn, type Decision } from '../../core/auth/decision.js';
import type { ModerationState } from '../../core/module/entities.js';
import { confirmWindowOpen } from './domain/deadlines.js';
import { availableActions, capacityFor, nextStatus, type Capacity, type ReportAction, type ReportStatus } from './domain/lifecycle.js';
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

/** Whether the actor works on the report: a moderator of its district or an official of its department (they see staff notes). */
export function isStaffOf(actor: Actor, r: Pick<ReportFacts, 'districtId' | 'departmentId'>): boolean {
  return isModeratorOf(actor, r.districtId) || isOfficialOf(actor, r.departmentId);
}

const isReporter = (actor: Actor, r: Pick<ReportFacts, 'reporterId'>) => actor.kind === 'user' && r.reporterId !== null && actor.userId === r.reporterId;

/** The capacities the actor holds towards this report. */
export function capacitiesOf(actor: Actor, r: ReportFacts): Capacity[] {
  const out: Capacity[] = [];
  if (isModeratorOf(actor, r.districtId)) out.push('moderator');
  if (isOfficialOf(actor, r.departmentId)) out.push('official');
  if (isReporter(actor, r)) out.push('reporter');
  return out;
}

const notCapacity: Record<Exclude<Capacity, 'system'>, string> = {
  moderator: 'report_not_moderator',
  official: 'report_not_official',
  reporter: 'report_not_reporter',
};

/**
 * Who may take an action on a report: the capacity the state machine names for it (moderator of the
 * report's district, official of its department, its reporter) — not you (403) otherwise; then the
 * state machine itself and the resident's 15-day window for confirming or disputing — not now (409).
 */
export const canTransition = signedIn(function canTransition(actor, r: ReportFacts, action: ReportAction, now: Date) {
  const capacity = capacityFor(action);
  if (capacity === 'system') return deny('forbidden');
  if (!capacitiesOf(actor, r).includes(capacity)) return deny(notCapacity[capacity]);
  if (nextStatus(r.status, action) === null) return notNow('report_transition_not_allowed');
  if ((action === 'confirm' || action === 'dispute') && !confirmWindowOpen(r.answerPublishedAt, now)) return notNow('report_confirm_window_closed');
  return allow;
});

/** How a moderator's act is recorded in the history: as a moderator's, or an administrator's acting without a moderator grant. */
export function moderatingRole(actor: UserActor): 'moderator' | 'administrator' {
  return actor.roles.some((g) => g.role === 'moderator') ? 'moderator' : 'administrator';
}

/** What the caller may do now (the card's buttons). */
export function actionsFor(actor: Actor, r: ReportFacts, now: Date): ReportAction[] {
  return availableActions(r.status, capacitiesOf(actor, r)).filter((a) => canTransition(actor, r, a, now).allowed);
}

/**
 * Who may file on the web: signed-in residents with a confirmed e-mail; a reason may require a verified account
 * (its facts are known once the reason is read: without them, only the e-mail is checked).
 */
export const canFileReport = signedIn(function canFileReport(actor, reason?: { verifiedRequired: boolean }) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (reason?.verifiedRequired && !hasVerification(actor, 'verified')) return deny('report_verified_required');
  return allow;
});

/** Who may see a report: everyone once it passed moderation (and is not hidden); before that its reporter and staff in scope. */
export function canReadReport(actor: Actor, r: ReportFacts): Decision {
  if (isPublicReport(r) || isReporter(actor, r) || isStaffOf(actor, r)) return allow;
  return notVisible('report_not_found');
}

/** Who sees personal extra fields (the phone, an API client's contact): the department's officials and moderators in scope. */
export function canSeePrivateFields(actor: Actor, r: ReportFacts): Decision {
  return isStaffOf(actor, r) ? allow : deny('forbidden');
}

/** A stored report photo and where it is used: by whom it was uploaded, and each report it belongs to with its stage. */
export interface PhotoFacts {
  uploadedBy: string | null;
  uses: readonly { report: ReportFacts; stage: 'report' | 'answer' | 'dispute' }[];
}

/**
 * Who may see a photo: its uploader; anyone who may see a report it belongs to — an answer's photos once the answer
 * is published, before that the report's staff only. Nobody else learns it exists (404).
 */
export function canSeePhoto(actor: Actor, photo: PhotoFacts): Decision {
  if (actor.kind === 'user' && photo.uploadedBy === actor.userId) return allow;
  const seen = photo.uses.some(
    ({ report, stage }) => canReadReport(actor, report).allowed && (stage !== 'answer' || report.answerPublishedAt !== null || isStaffOf(actor, report)),
  );
  return seen ? allow : notVisible('report_file_not_found');
}

/** Whether caches may keep a photo for everyone: it shows on a public report, and is not an unpublished answer's. */
export function isPublicPhoto(photo: PhotoFacts): boolean {
  return photo.uses.some(({ report, stage }) => isPublicReport(report) && (stage !== 'answer' || report.answerPublishedAt !== null));
}

/**
 * Who may say "me too": signed-in residents with a confirmed e-mail (403), on a report they may see (404) that is
 * not their own (403) and still open (409).
 */
export const canSupport = signedIn(function canSupport(actor, r: ReportFacts & { open: boolean }) {
  if (!hasVerification(actor, 'email')) return deny('email_not_confirmed');
  if (!isPublicReport(r) && !isReporter(actor, r)) return notVisible('report_not_found');
  if (isReporter(actor, r)) return deny('report_support_own');
  if (!r.open) return notNow('report_support_closed');
  return allow;
});

/** The departments the actor serves as an official (department grants; a city-wide grant names none). */
export function officialDepartments(actor: Actor): string[] {
  if (actor.kind !== 'user') return [];
  return [...new Set(actor.roles.filter((g) => g.role === 'official' && g.scopeType === 'department' && g.scopeId).map((g) => g.scopeId!))];
}

/** The inbox an official opens without naming a department: the one they serve, when they serve exactly one. */
export function ownInboxDepartment(actor: UserActor): string | null {
  const own = officialDepartments(actor);
  return own.length === 1 ? own[0]! : null;
}

/** Who may open a department's inbox: its officials; without a department named, any official (who then names theirs). */
export const canUseInbox = signedIn(function canUseInbox(actor, departmentId: string | null) {
  if (departmentId === null) return hasRole(actor, 'official') ? allow : deny('report_not_official');
  return isOfficialOf(actor, departmentId) ? allow : deny('not_official_of_department');
});

/**
 * Who may assign reports to an official: an official of every one's department (all or none). That the assignee
 * is one too is checked as the input it is.
 */
export const canAssign = signedIn(function canAssign(actor, reports: readonly Pick<ReportFacts, 'departmentId'>[]) {
  return reports.every((r) => isOfficialOf(actor, r.departmentId)) ? allow : deny('report_not_official');
});

/** Who may read the moderators' queues: moderators (of the district when one is asked for) and administrators. */
export const canModerateReports = signedIn(function canModerateReports(actor, districtId: string | null) {
  if (districtId === null ? hasRole(actor, 'moderator') || hasRole(actor, 'administrator') : isModeratorOf(actor, districtId)) return allow;
  return deny('not_moderator');
});

/** The districts whose queues a moderator reads: every one for city-wide moderators and administrators, else those of their grants. */
export function moderatedDistricts(actor: Actor): 'all' | string[] {
  if (actor.kind !== 'user') return [];
  if (actor.roles.some((g) => (g.role === 'moderator' || g.role === 'administrator') && g.scopeType === 'city')) return 'all';
  return actor.roles.filter((g) => g.role === 'moderator' && g.scopeType === 'district' && g.scopeId).map((g) => g.scopeId!);
}

/** Who may take back a "me too": signed-in people (only their own is removed). */
export const canUnsupport = signedIn(function canUnsupport() {
  return allow;
});

/** Who may list their own reports: signed-in people. */
export const canListOwnReports = signedIn(function canListOwnReports() {
  return allow;
});

/** Who may upload a photo: signed-in residents with a confirmed e-mail. */
export const canUploadPhoto = signedIn(function canUploadPhoto(actor) {
  return hasVerification(actor, 'email') ? allow : deny('email_not_confirmed');
});

/** Who may comment on a report: signed-in people, while it is public (before moderation or once rejected, not now). */
export const canCommentOnReport = signedIn(function canCommentOnReport(_actor, r: ReportFacts) {
  return isPublicReport(r) ? allow : notNow('report_not_public');
});

/** What rating a report's answer needs besides the report: whether the person said "me too" and rated it already. */
export interface RatingFacts {
  isSupporter: boolean;
  hasRated: boolean;
}

/**
 * Who may rate a report's answer: its reporter and the residents who said "me too" — anyone else is not you (403);
 * once the answer is published (409 before), once each (409 for a second rating).
 */
export const canRateAnswer = signedIn(function canRateAnswer(actor, r: ReportFacts, p: RatingFacts) {
  if (!isReporter(actor, r) && !p.isSupporter) return deny('report_rating_not_participant');
  if (r.answerPublishedAt === null) return notNow('report_rating_no_answer');
  if (p.hasRated) return notNow('report_rating_exists');
  return allow;
});

/** The rater's capacity, for a person `canRateAnswer` allowed: the reporter, else a supporter. */
export const raterRoleOf = (actor: UserActor, r: ReportFacts): 'reporter' | 'supporter' => (isReporter(actor, r) ? 'reporter' : 'supporter');

/** Who reads a report's rating notes (never with names): the officials of its department. */
export function canReadRatingNotes(actor: Actor, r: ReportFacts): Decision {
  return isOfficialOf(actor, r.departmentId) ? allow : deny('report_not_official');
}
