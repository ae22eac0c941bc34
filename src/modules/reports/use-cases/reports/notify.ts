import type { EventOf } from '../../../../core/jobs/events.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { cityDateTime } from '../../../../core/time/time.js';
import { departmentFacts, departmentOfficials, follow, followersOf, notify, type Notice } from '../../../notifications/index.js';
import type { ReportStatus } from '../../db/schema.js';
import type { reportAssigned, reportCreated, reportDeadlineNear, reportOverdue, reportRated, reportStatusChanged, reportSupported } from '../../events.js';

/** Statuses the reporter and followers hear of (checking an answer before publication is the staff's business). */
export const announcedStatuses: readonly ReportStatus[] = ['sent', 'rejected', 'in_progress', 'answered', 'reopened', 'closed', 'duplicate', 'not_competent'];

/** A new report: the resident who filed it follows it from now on, so they hear of every change. */
export async function reporterFollows(event: EventOf<typeof reportCreated>, ctx: ModuleContext): Promise<void> {
  if (event.data.reporterId) await follow(ctx.database.db, event.data.reporterId, event);
}

/** "Me too": the supporter follows the report. */
export async function supporterFollows(event: EventOf<typeof reportSupported>, ctx: ModuleContext): Promise<void> {
  if (event.actorId) await follow(ctx.database.db, event.actorId, event);
}

/**
 * A report changed status: the reporter and followers hear of it (with the note, the rejection
 * reason, the department it went to); the department's officials hear of reports that arrive
 * (approved, redirected to them), come back (disputed) or whose answer a moderator returned. A
 * duplicate's followers follow the original from now on.
 */
export async function tellOfStatusChange(event: EventOf<typeof reportStatusChanged>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const department = await departmentFacts(db, d.departmentId);
  const base = { title: d.title, titleEn: d.titleEn, path: d.path };
  await db.transaction(async (tx) => {
    const followers = await followersOf(tx, event);
    if (d.to === 'duplicate' && d.duplicateOf) {
      for (const userId of followers) await follow(tx, userId, { entityType: event.entityType, entityId: String(d.duplicateOf) });
    }
    const notices: Notice[] = [];
    if (d.to === 'sent' || d.to === 'reopened') {
      notices.push({
        to: await departmentOfficials(tx, d.departmentId),
        kind: d.to === 'sent' ? 'report.department.new' : 'report.department.reopened',
        data: { ...base, excerpt: d.note ?? '' },
      });
    }
    if (d.action === 'return_answer') {
      notices.push({ to: await departmentOfficials(tx, d.departmentId), kind: 'report.department.answer_returned', data: base });
    }
    if (announcedStatuses.includes(d.to) && d.action !== 'return_answer') {
      const kind = d.to === 'sent' && d.action === 'redirect' ? 'report.status.redirected' : `report.status.${d.to}`;
      const reason = [d.reasonRu, d.note].filter(Boolean).join('. ') || null;
      const reasonEn = [d.reasonEn ?? d.reasonRu, d.note].filter(Boolean).join('. ') || null;
      const explained = d.to === 'rejected' || d.to === 'not_competent' || d.to === 'duplicate' || d.action === 'redirect';
      const data: Record<string, unknown> = {
        ...base,
        department: department?.nameRu ?? '',
        departmentEn: department?.nameEn ?? '',
        reason: explained ? reason : null,
        reasonEn: explained ? reasonEn : null,
      };
      if (d.duplicateOf) Object.assign(data, { original: `№ ${d.duplicateOf}`, originalEn: `No. ${d.duplicateOf}` });
      notices.push({ to: [d.reporterId, ...followers], kind, data });
    }
    await notify(tx, ctx, event, notices);
  });
  void ctx.mailer.flush();
}

/** The resolution deadline passed: the department's head hears of it (its officials when it has no head). */
export async function tellOfOverdue(event: EventOf<typeof reportOverdue>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const db = ctx.database.db;
  const department = await departmentFacts(db, d.departmentId);
  const due = cityDateTime(new Date(d.dueAt), ctx.config.cityTimezone);
  await db.transaction(async (tx) => {
    const ids = department?.headUserId ? [department.headUserId] : await departmentOfficials(tx, d.departmentId);
    await notify(tx, ctx, event, [
      {
        to: ids,
        kind: 'report.overdue',
        data: { title: d.title, titleEn: d.titleEn, path: d.path, due, department: department?.nameRu ?? '', departmentEn: department?.nameEn ?? '' },
      },
    ]);
  });
  void ctx.mailer.flush();
}

/** A resolution deadline is a working day away: the assignee, or else the department's officials, hear of it. */
export async function tellOfDeadlineNear(event: EventOf<typeof reportDeadlineNear>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  const due = cityDateTime(new Date(d.dueAt), ctx.config.cityTimezone);
  await ctx.database.db.transaction(async (tx) => {
    const officials = await departmentOfficials(tx, d.departmentId);
    const ids = d.assigneeId && officials.includes(d.assigneeId) ? [d.assigneeId] : officials;
    await notify(tx, ctx, event, [{ to: ids, kind: 'report.deadline_near', data: { title: d.title, titleEn: d.titleEn, path: d.path, due } }]);
  });
  void ctx.mailer.flush();
}

/** A report was assigned to an official: they hear of it. */
export async function tellAssignee(event: EventOf<typeof reportAssigned>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  await ctx.database.db.transaction((tx) =>
    notify(tx, ctx, event, [{ to: [d.assigneeId], kind: 'report.assigned', data: { title: d.title, titleEn: d.titleEn, path: d.path } }]),
  );
  void ctx.mailer.flush();
}

/**
 * A "not fixed" rating that did not reopen the report (a supporter's, or the reporter's after the dispute window): the
 * department's officials hear of it, without the rater's name. One that reopened it is told as the dispute.
 */
export async function tellOfNotFixed(event: EventOf<typeof reportRated>, ctx: ModuleContext): Promise<void> {
  const d = event.data;
  if (d.outcome !== 'not_fixed' || d.reopened) return;
  await ctx.database.db.transaction(async (tx) =>
    notify(tx, ctx, event, [
      {
        to: await departmentOfficials(tx, d.departmentId),
        kind: 'report.department.not_fixed',
        data: { title: d.title, titleEn: d.titleEn, path: d.path, quality: d.quality },
      },
    ]),
  );
  void ctx.mailer.flush();
}
