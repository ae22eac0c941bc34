import { and, eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { Executor } from '../../../../core/db/client.js';
import { fileFacts } from '../../../../core/files/files.js';
import { AppError } from '../../../../core/http/errors.js';
import { emitEvent, type EventDefinition } from '../../../../core/jobs/events.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { loadWorkCalendar } from '../../../../core/time/calendar-store.js';
import type { WorkCalendar } from '../../../../core/time/calendar.js';
import { findReportByNumber, type ReportRow } from '../../db/report-queries.js';
import { reportEvents, reportPhotos } from '../../db/schema.js';
import type { ReportStatus } from '../../domain/lifecycle.js';
import { photoMaxAgeHours, reportPath, reportTitles } from '../../domain/report-rules.js';
import type { reportFacts } from '../../events.js';
import { canReadReport, type ReportFacts } from '../../policy.js';

/** The entity type of reports, in URLs, events, follows and comments; the entity id is the public number. */
export const reportType = 'report';

/** Purpose of uploaded report photos in the files table. */
export const reportPhotoPurpose = 'report_photo';

/** A refusal naming one field, with a specific code whose message is `error.<code>`. */
export function reportFieldError(field: string, code: string, params: Record<string, string | number> = {}, fieldKey = `error.${code}`): AppError {
  return new AppError(400, code, params, { [field]: { key: fieldKey, params } });
}

/** The report's facts for policies. */
export const factsOf = (r: ReportRow): ReportFacts => ({
  status: r.status,
  districtId: r.districtId,
  departmentId: r.departmentId,
  reporterId: r.reporterId,
  moderation: r.moderation,
  answerPublishedAt: r.answerPublishedAt,
});

/** A report the caller may see, by number; 404 `report_not_found` otherwise (hidden ones do not exist for the public). */
export async function requireReadableReport(db: Executor, actor: Actor, number: number): Promise<ReportRow> {
  const row = await findReportByNumber(db, number);
  if (!row) throw new AppError(404, 'report_not_found', { number });
  authorize(actor, canReadReport(actor, factsOf(row)), { number });
  return row;
}

/** The city's working-day calendar (cached). */
export function calendarOf(ctx: ModuleContext): Promise<WorkCalendar> {
  return loadWorkCalendar(ctx.database.db);
}

/** Who acted, as the history records it. */
export type HistoryRole = 'resident' | 'moderator' | 'official' | 'administrator' | 'system' | 'api';

/** Appends to the report's history (public unless the action is internal). */
export async function addHistory(
  tx: Executor,
  e: {
    reportId: string;
    actorId: string | null;
    actorRole: HistoryRole;
    action: string;
    fromStatus?: ReportStatus | null;
    toStatus?: ReportStatus | null;
    departmentId?: string | null;
    note?: string | null;
    data?: Record<string, unknown>;
    at?: Date;
  },
): Promise<void> {
  await tx.insert(reportEvents).values({
    reportId: e.reportId,
    actorId: e.actorId,
    actorRole: e.actorRole,
    action: e.action,
    fromStatus: e.fromStatus ?? null,
    toStatus: e.toStatus ?? null,
    departmentId: e.departmentId ?? null,
    note: e.note ?? null,
    data: e.data ?? {},
    ...(e.at ? { at: e.at } : {}),
  });
}

type ReportFactsInput = z.input<typeof reportFacts>;
/** What an event adds to the facts every report event carries (`from` and `note` are null unless given). */
type ExtraFacts<S extends z.ZodType> = Omit<z.input<S>, keyof ReportFactsInput> & Partial<Pick<ReportFactsInput, 'from' | 'note'>>;

/** Emits a report's domain event (see events.ts) in the caller's transaction, with the facts every report event carries. */
export async function emitReportEvent<S extends z.ZodType>(
  tx: Executor,
  def: EventDefinition<string, S>,
  actorId: string | null,
  row: ReportRow,
  reason: { nameRu: string; nameEn?: string | null },
  ...[extra]: object extends ExtraFacts<S> ? [extra?: ExtraFacts<S>] : [extra: ExtraFacts<S>]
): Promise<void> {
  const facts: ReportFactsInput = {
    number: row.number,
    ...reportTitles(row.number, reason),
    path: reportPath(row.number),
    from: null,
    to: row.status,
    note: null,
    departmentId: row.departmentId,
    districtId: row.districtId,
    reporterId: row.reporterId,
  };
  await emitEvent(tx, def, { actorId, entityType: reportType, entityId: String(row.number), data: { ...facts, ...extra } as z.input<S> });
}

/** File ids attached to any report already (a photo belongs to one report). */
export async function attachedFileIds(tx: Executor, fileIds: string[]): Promise<Set<string>> {
  if (!fileIds.length) return new Set();
  const rows = await tx.select({ fileId: reportPhotos.fileId }).from(reportPhotos).where(inArray(reportPhotos.fileId, fileIds));
  return new Set(rows.map((r) => r.fileId));
}

/** Links photos to a report at a stage, in order. */
export async function linkPhotos(tx: Executor, reportId: string, fileIds: string[], stage: 'report' | 'answer' | 'dispute'): Promise<void> {
  if (!fileIds.length) return;
  await tx.insert(reportPhotos).values(fileIds.map((fileId, position) => ({ reportId, fileId, stage, position })));
}

/** Photo ids of a report, by stage, in order. */
export async function photosOf(db: Executor, reportId: string, stage?: 'report' | 'answer' | 'dispute') {
  const where = stage ? and(eq(reportPhotos.reportId, reportId), eq(reportPhotos.stage, stage)) : eq(reportPhotos.reportId, reportId);
  return db.select().from(reportPhotos).where(where).orderBy(reportPhotos.stage, reportPhotos.position);
}

/**
 * Checks photos a person attaches: each was uploaded by them as a report photo within the last
 * `photoMaxAgeHours` and is not attached to any report yet. 400 naming `photoIds` otherwise.
 */
export async function checkOwnPhotos(tx: Executor, userId: string, ids: string[], now: Date): Promise<void> {
  if (!ids.length) return;
  if (new Set(ids).size !== ids.length) throw reportFieldError('photoIds', 'report_photo_repeated');
  const facts = await fileFacts(tx, ids);
  const byId = new Map(facts.map((f) => [f.id, f]));
  const oldest = now.getTime() - photoMaxAgeHours * 3600_000;
  for (const id of ids) {
    const f = byId.get(id);
    if (!f || f.purpose !== reportPhotoPurpose || f.uploadedBy !== userId) throw reportFieldError('photoIds', 'report_photo_unknown');
    if (f.createdAt.getTime() < oldest) throw reportFieldError('photoIds', 'report_photo_expired', { hours: photoMaxAgeHours });
  }
  if ((await attachedFileIds(tx, ids)).size) throw reportFieldError('photoIds', 'report_photo_used');
}
