import { z } from 'zod';
import type { DomainEvent } from '../../../core/jobs/events.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { cityDateTime } from '../../../core/time/time.js';
import { followerIds, insertFollow, type NewNotification } from '../db/queries.js';
import { departmentFacts, departmentOfficials } from './department-staff.js';
import { eventData } from './event-data.js';
import { recordNotifications } from './record-notifications.js';

/** The facts report events carry (see the reports module); ids only, no personal data. */
const reportEventSchema = z.object({
  number: z.number(),
  title: z.string().default(''),
  path: z.string().default('/'),
  from: z.string().nullish(),
  to: z.string(),
  action: z.string().nullish(),
  note: z.string().nullish(),
  departmentId: z.string().nullish(),
  fromDepartmentId: z.string().nullish(),
  reporterId: z.string().nullish(),
  reasonRu: z.string().nullish(),
  duplicateOf: z.number().nullish(),
  dueAt: z.string().nullish(),
  assigneeId: z.string().nullish(),
});
type ReportEventData = z.infer<typeof reportEventSchema>;

const parse = (event: DomainEvent, ctx: ModuleContext): ReportEventData | null => eventData(reportEventSchema, event, ctx);

/** Statuses the reporter and followers hear of (checking an answer before publication is the staff's business). */
const announcedStatuses = new Set(['sent', 'rejected', 'in_progress', 'answered', 'reopened', 'closed', 'duplicate', 'not_competent']);

function notification(event: DomainEvent, userId: string, kind: string, data: Record<string, unknown>): NewNotification {
  return { userId, kind, eventId: event.id, entityType: event.entityType, entityId: event.entityId, data };
}

/** Several lists of recipients, once each (the first list wins), never the actor. */
function unique(event: DomainEvent, groups: { ids: string[]; kind: string; data: Record<string, unknown> }[]): NewNotification[] {
  const seen = new Set<string>(event.actorId ? [event.actorId] : []);
  const out: NewNotification[] = [];
  for (const g of groups) {
    for (const id of g.ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      out.push(notification(event, id, g.kind, g.data));
    }
  }
  return out;
}

/** A new report: the resident who filed it follows it from now on, so they hear of every change. */
export async function onReportCreated(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.reporterId) return;
  await insertFollow(ctx.database.db, { userId: d.reporterId, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
}

/** "Me too": the supporter follows the report. */
export async function onReportSupported(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  if (!event.actorId) return;
  await insertFollow(ctx.database.db, { userId: event.actorId, entityType: event.entityType, entityId: event.entityId, origin: 'auto' });
}

/**
 * A report changed status: the reporter and followers hear of it (with the note, the rejection
 * reason, the department it went to); the department's officials hear of reports that arrive
 * (approved, redirected to them), come back (disputed) or whose answer a moderator returned. A
 * duplicate's followers follow the original from now on.
 */
export async function onReportStatusChanged(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d) return;
  const db = ctx.database.db;
  const department = await departmentFacts(db, d.departmentId);
  const base = { title: d.title, path: d.path };
  await db.transaction(async (tx) => {
    const followers = await followerIds(tx, event.entityType, event.entityId);
    if (d.to === 'duplicate' && d.duplicateOf) {
      for (const userId of followers) await insertFollow(tx, { userId, entityType: event.entityType, entityId: String(d.duplicateOf), origin: 'auto' });
    }
    const groups: { ids: string[]; kind: string; data: Record<string, unknown> }[] = [];
    if (d.to === 'sent' || d.to === 'reopened') {
      groups.push({
        ids: await departmentOfficials(tx, d.departmentId),
        kind: d.to === 'sent' ? 'report.department.new' : 'report.department.reopened',
        data: { ...base, excerpt: d.note ?? '' },
      });
    }
    if (d.action === 'return_answer') {
      groups.push({ ids: await departmentOfficials(tx, d.departmentId), kind: 'report.department.answer_returned', data: base });
    }
    if (announcedStatuses.has(d.to) && d.action !== 'return_answer') {
      const kind = d.to === 'sent' && d.action === 'redirect' ? 'report.status.redirected' : `report.status.${d.to}`;
      const reason = [d.reasonRu, d.note].filter(Boolean).join('. ') || null;
      const explained = d.to === 'rejected' || d.to === 'not_competent' || d.to === 'duplicate' || d.action === 'redirect';
      const data: Record<string, unknown> = { ...base, department: department?.nameRu ?? '', reason: explained ? reason : null };
      if (d.duplicateOf) data.original = `№ ${d.duplicateOf}`;
      groups.push({ ids: [...(d.reporterId ? [d.reporterId] : []), ...followers], kind, data });
    }
    await recordNotifications(tx, ctx, unique(event, groups));
  });
  void ctx.mailer.flush();
}

/** The resolution deadline passed: the department's head hears of it (its officials when it has no head). */
export async function onReportOverdue(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d) return;
  const db = ctx.database.db;
  const department = await departmentFacts(db, d.departmentId);
  const due = d.dueAt ? cityDateTime(new Date(d.dueAt), ctx.config.cityTimezone) : '';
  await db.transaction(async (tx) => {
    const ids = department?.headUserId ? [department.headUserId] : await departmentOfficials(tx, d.departmentId);
    await recordNotifications(
      tx,
      ctx,
      unique(event, [{ ids, kind: 'report.overdue', data: { title: d.title, path: d.path, due, department: department?.nameRu ?? '' } }]),
    );
  });
  void ctx.mailer.flush();
}

/** A resolution deadline is a working day away: the assignee, or else the department's officials, hear of it. */
export async function onReportDeadlineNear(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d) return;
  const db = ctx.database.db;
  const due = d.dueAt ? cityDateTime(new Date(d.dueAt), ctx.config.cityTimezone) : '';
  await db.transaction(async (tx) => {
    const officials = await departmentOfficials(tx, d.departmentId);
    const ids = d.assigneeId && officials.includes(d.assigneeId) ? [d.assigneeId] : officials;
    await recordNotifications(tx, ctx, unique(event, [{ ids, kind: 'report.deadline_near', data: { title: d.title, path: d.path, due } }]));
  });
  void ctx.mailer.flush();
}

/** A report was assigned to an official: they hear of it. */
export async function onReportAssigned(event: DomainEvent, ctx: ModuleContext): Promise<void> {
  const d = parse(event, ctx);
  if (!d?.assigneeId) return;
  await ctx.database.db.transaction((tx) =>
    recordNotifications(tx, ctx, unique(event, [{ ids: [d.assigneeId!], kind: 'report.assigned', data: { title: d.title, path: d.path } }])),
  );
  void ctx.mailer.flush();
}
