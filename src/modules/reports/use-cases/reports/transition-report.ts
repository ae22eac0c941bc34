import { and, eq, sql } from 'drizzle-orm';
import type { Actor, UserActor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import type { WorkCalendar } from '../../../../core/time/calendar.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { moveCells } from '../../db/cells.js';
import { findReportById, findReportByNumber, reasonNames, type ReasonNames, type ReportRow } from '../../db/report-queries.js';
import { rejectionReasons, reports, reportSupports } from '../../db/schema.js';
import { deadlinesFor } from '../../domain/deadlines.js';
import { actionInputs, capacityFor, closedHowFor, finalStatuses, nextStatus, type ActionInput, type ReportAction } from '../../domain/lifecycle.js';
import { cleanText, textLength } from '../../../../core/text/text.js';
import { answerLimits, maxPhotos, noteLimits, reportTitles } from '../../domain/report-rules.js';
import { canTransition, moderatingRole } from '../../policy.js';
import { assertDueDay, commitmentNumberOf, recordCommitment } from '../../../commitments/index.js';
import {
  addHistory,
  calendarOf,
  checkOwnPhotos,
  emitReportEvent,
  factsOf,
  linkPhotos,
  reportFieldError,
  reportType,
  requireReadableReport,
  type HistoryRole,
} from './common.js';
import { reportStatusChanged } from '../../events.js';

/** What an action may carry: a note, an answer, photos, a rejection reason, the original of a duplicate, a department. */
export interface TransitionInput {
  note?: string | undefined;
  text?: string | undefined;
  photoIds?: string[] | undefined;
  rejectionReasonId?: number | undefined;
  of?: number | undefined;
  departmentId?: string | undefined;
  /** An answer promising later work: the day it will be done by (a working day ahead). */
  dueOn?: string | undefined;
}

function requiredNote(raw: string | undefined, field = 'note'): string {
  const note = cleanText(raw ?? '');
  if (textLength(note) < noteLimits.min) throw reportFieldError(field, 'report_note_required', { min: noteLimits.min });
  if (textLength(note) > noteLimits.max) throw reportFieldError(field, 'report_note_long', { max: noteLimits.max });
  return note;
}

function optionalNote(raw: string | undefined): string | null {
  const note = cleanText(raw ?? '');
  if (textLength(note) > noteLimits.max) throw reportFieldError('note', 'report_note_long', { max: noteLimits.max });
  return note || null;
}

function answerText(raw: string | undefined): string {
  const text = cleanText(raw ?? '');
  if (textLength(text) < answerLimits.min) throw reportFieldError('text', 'report_answer_short', { min: answerLimits.min });
  if (textLength(text) > answerLimits.max) throw reportFieldError('text', 'report_answer_long', { max: answerLimits.max });
  return text;
}

async function requireDepartment(db: Executor, id: string | undefined): Promise<string> {
  if (!id) throw reportFieldError('departmentId', 'report_department_unknown');
  const [row] = await db.select({ id: departments.id, retiredAt: departments.retiredAt }).from(departments).where(eq(departments.id, id)).limit(1);
  if (!row) throw reportFieldError('departmentId', 'report_department_unknown');
  // a retired department takes no new reports (redirected or approved to it)
  if (row.retiredAt) throw reportFieldError('departmentId', 'report_department_retired');
  return row.id;
}

const roleOf = (actor: UserActor, action: ReportAction): HistoryRole => {
  const capacity = capacityFor(action);
  if (capacity === 'reporter') return 'resident';
  if (capacity === 'official') return 'official';
  if (capacity === 'moderator') return moderatingRole(actor);
  return 'system';
};

/**
 * Moves a report through its lifecycle: checks that the caller may see it (404), who may (the
 * policy's capacity for the action: 401, 403) and whether the state machine allows it now (409
 * otherwise), validates what the action carries (400 naming the field), then
 * in one transaction updates the report, its deadlines and map cells, appends the public history,
 * audits staff acts and emits `report.status_changed`. A duplicate's supporters move to the original
 * (its followers move with the event).
 */
export async function transitionReport(
  ctx: ModuleContext,
  actor: Actor,
  number: number,
  action: ReportAction,
  input: TransitionInput = {},
): Promise<ReportRow> {
  const db = ctx.database.db;
  const now = new Date();
  const before = await requireReadableReport(db, actor, number);
  authorize(actor, canTransition(actor, factsOf(before), action, now));
  const step = await prepareTransition(ctx, before, action, input);
  const row = await db.transaction((tx) => applyTransition(tx, actor, before.id, step, now));
  ctx.jobs.kick();
  return row;
}

/** An action with what it carries, checked and looked up before its transaction (see `prepareTransition`). */
export interface PreparedTransition {
  action: ReportAction;
  note: string | null;
  text: string | null;
  photoIds: string[];
  rejection: { id: number; textRu: string; textEn: string } | null;
  original: ReportRow | null;
  departmentId: string | null;
  dueOn: string | null;
  names: ReasonNames;
  calendar: WorkCalendar;
  tz: string;
}

/** Checks what an action carries (400 naming the field) and reads what its transaction needs, outside the transaction. */
export async function prepareTransition(ctx: ModuleContext, before: ReportRow, action: ReportAction, input: TransitionInput): Promise<PreparedTransition> {
  const db = ctx.database.db;
  let note: string | null = null;
  let text: string | null = null;
  let photoIds: string[] = [];
  let rejection: { id: number; textRu: string; textEn: string } | null = null;
  let original: ReportRow | null = null;
  let departmentId: string | null = null;
  const needs: ActionInput = action === 'auto_close' ? {} : actionInputs[action];
  if (needs.department === 'optional') {
    departmentId = input.departmentId ? await requireDepartment(db, input.departmentId) : before.departmentId;
    if (!departmentId) throw reportFieldError('departmentId', 'report_no_department');
  } else if (needs.department === 'required') {
    departmentId = await requireDepartment(db, input.departmentId);
    if (departmentId === before.departmentId) throw reportFieldError('departmentId', 'report_redirect_same');
  }
  if (needs.rejectionReason) {
    const [r] = input.rejectionReasonId
      ? await db
          .select()
          .from(rejectionReasons)
          .where(and(eq(rejectionReasons.id, input.rejectionReasonId), eq(rejectionReasons.active, true)))
          .limit(1)
      : [];
    if (!r) throw reportFieldError('rejectionReasonId', 'report_rejection_reason_unknown');
    rejection = r;
  }
  if (needs.original) {
    original = input.of ? ((await findReportByNumber(db, input.of)) ?? null) : null;
    if (!original || original.id === before.id || finalStatuses.includes(original.status)) throw reportFieldError('of', 'report_duplicate_target_invalid');
  }
  if (needs.note) note = needs.note === 'required' ? requiredNote(input.note) : optionalNote(input.note);
  if (needs.text) text = answerText(input.text);
  // an answer promising later work names a working day ahead; its publication records the commitment (checked again then)
  const dueOn = needs.dueOn && input.dueOn ? input.dueOn : null;
  if (dueOn) await assertDueDay(db, dueOn, ctx.config.cityTimezone);
  if (needs.photos) photoIds = input.photoIds ?? [];
  if (photoIds.length > maxPhotos) throw reportFieldError('photoIds', 'report_photos_too_many', { max: maxPhotos });
  const names = (await reasonNames(db, [before.reasonId])).get(before.reasonId)!;
  const calendar = await calendarOf(ctx);
  return { action, note, text, photoIds, rejection, original, departmentId, dueOn, names, calendar, tz: ctx.config.cityTimezone };
}

/**
 * Takes a prepared action in the caller's transaction: locks the report, decides again on the locked row (someone
 * may have moved it meanwhile), then the report row, deadlines, map cells, history, audit of staff acts and the
 * event. `rateAnswer` takes a reporter's "not fixed" as the dispute through it, in the rating's transaction.
 */
export async function applyTransition(tx: Executor, actor: UserActor, reportId: string, step: PreparedTransition, now: Date): Promise<ReportRow> {
  const { action, note, text, photoIds, rejection, original, departmentId, dueOn, names, calendar, tz } = step;
  const current = (await findReportById(tx, reportId, { forUpdate: true }))!;
  // someone else may have moved it meanwhile: decide again on the locked row
  authorize(actor, canTransition(actor, factsOf(current), action, now));
  const to = nextStatus(current.status, action)!;
  await checkOwnPhotos(tx, actor.userId, photoIds, now);
  const deadlines = deadlinesFor(to, now, names, { dueAt: current.dueAt, resolutionDueAt: current.resolutionDueAt }, calendar, tz);
  const set: Partial<typeof reports.$inferInsert> = { status: to, statusChangedAt: now, dueAt: deadlines.dueAt, resolutionDueAt: deadlines.resolutionDueAt };
  const closedHow = closedHowFor(action);
  if (closedHow) Object.assign(set, { closedAt: now, closedHow });
  let historyNote: string | null = note;
  const data: Record<string, unknown> = {};
  switch (action) {
    case 'approve':
      set.departmentId = departmentId;
      break;
    case 'reject':
      Object.assign(set, { rejectionReasonId: rejection!.id, rejectionNote: note });
      data.rejectionReasonId = rejection!.id;
      break;
    case 'duplicate':
      set.duplicateOfId = original!.id;
      data.of = original!.number;
      break;
    case 'take':
      if (!current.assigneeId) set.assigneeId = actor.userId;
      break;
    case 'answer':
      Object.assign(set, { answerText: text, answerDueOn: dueOn, answeredAt: now, answeredBy: actor.userId, answerPublishedAt: null });
      if (dueOn) data.dueOn = dueOn;
      if (!current.assigneeId) set.assigneeId = actor.userId;
      historyNote = text;
      data.photoIds = photoIds;
      await linkPhotos(tx, current.id, photoIds, 'answer');
      break;
    case 'publish_answer':
      set.answerPublishedAt = now;
      historyNote = current.answerText;
      // an answer promising later work is the city's commitment from its publication (a report's first such answer only)
      if (current.answerDueOn && current.departmentId) {
        if ((await commitmentNumberOf(tx, reportType, String(current.number))) === null) {
          data.commitment = await recordCommitment(tx, {
            sourceType: reportType,
            sourceId: String(current.number),
            title: reportTitles(current.number, names).title,
            promise: current.answerText ?? '',
            departmentId: current.departmentId,
            dueOn: current.answerDueOn,
            districtId: current.districtId,
            lat: current.lat,
            lon: current.lon,
            actorId: current.answeredBy,
            timeZone: tz,
            now,
          });
        }
      }
      break;
    case 'redirect':
      Object.assign(set, { departmentId, assigneeId: null });
      data.fromDepartmentId = current.departmentId;
      break;
    case 'dispute':
      Object.assign(set, { reopenCount: current.reopenCount + 1, closedAt: null, closedHow: null });
      historyNote = text;
      data.photoIds = photoIds;
      await linkPhotos(tx, current.id, photoIds, 'dispute');
      break;
  }
  const [updated] = await tx.update(reports).set(set).where(eq(reports.id, current.id)).returning();
  const row = updated!;
  // the map grid counts reports community moderation left visible
  if (row.moderation === 'visible')
    await moveCells(tx, { lat: row.lat, lon: row.lon, categoryId: names.categoryId, createdAt: row.createdAt }, current.status, row.status);
  if (action === 'duplicate') await mergeSupporters(tx, current, original!);
  const role = roleOf(actor, action);
  await addHistory(tx, {
    reportId: row.id,
    actorId: actor.userId,
    actorRole: role,
    action,
    fromStatus: current.status,
    toStatus: row.status,
    departmentId: row.departmentId,
    note: historyNote,
    data,
    at: now,
  });
  if (role !== 'resident') {
    await appendAudit(tx, {
      actorId: actor.userId,
      action: `report.${action}`,
      subjectType: 'report',
      subjectId: String(row.number),
      data: { from: current.status, to: row.status, departmentId: row.departmentId, ...data },
    });
  }
  await emitReportEvent(tx, reportStatusChanged, actor.userId, row, names, {
    from: current.status,
    action,
    note: action === 'answer' || action === 'return_answer' ? null : historyNote,
    ...(rejection ? { reasonRu: rejection.textRu, reasonEn: rejection.textEn } : {}),
    ...(original ? { duplicateOf: original.number } : {}),
    ...(action === 'redirect' ? { fromDepartmentId: current.departmentId } : {}),
  });
  return row;
}

/** Residents who said "me too" on a duplicate (and its reporter) now support the original; its count is recounted. */
async function mergeSupporters(tx: Executor, duplicate: ReportRow, original: ReportRow): Promise<void> {
  await tx.execute(sql`
    insert into report_supports (report_id, user_id, created_at)
    select ${original.id}, user_id, created_at from report_supports where report_id = ${duplicate.id}
    on conflict do nothing`);
  if (duplicate.reporterId && duplicate.reporterId !== original.reporterId) {
    await tx.insert(reportSupports).values({ reportId: original.id, userId: duplicate.reporterId }).onConflictDoNothing();
  }
  await tx
    .update(reports)
    .set({ supportCount: sql`(select count(*)::int from report_supports where report_id = ${original.id})` })
    .where(eq(reports.id, original.id));
}
