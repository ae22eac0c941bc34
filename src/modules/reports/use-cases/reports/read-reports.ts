import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import type { Executor } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import {
  findReportCard,
  firstPhotos,
  listByReporter,
  listWork,
  openReportsInBox,
  reasonNames,
  type CardDepartment,
  type ReasonNames,
  type ReportRow,
} from '../../db/report-queries.js';
import type { ReportAction, ReportStatus } from '../../domain/lifecycle.js';
import { inboxDefaultStatuses, isOpenStatus, isPublicReport, nearbyMeters } from '../../domain/report-rules.js';
import {
  actionsFor,
  canListOwnReports,
  canReadReport,
  canModerateReports,
  canSeePrivateFields,
  canSupport,
  canUseInbox,
  isStaffOf,
  moderatedDistricts,
  ownInboxDepartment,
} from '../../policy.js';
import { factsOf, reportFieldError, type HistoryRole } from './common.js';

/** A department as a report card shows it, with its public contacts. */
export type DepartmentView = CardDepartment;

/** One entry of the public history. */
export interface HistoryItem {
  at: Date;
  action: string;
  actorRole: HistoryRole;
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
  department: { id: string; nameRu: string; nameEn: string } | null;
  note: string | null;
  photoIds: string[];
  data: Record<string, unknown>;
}

/** Everything the card shows, decided for one caller. */
export interface ReportCardView {
  row: ReportRow;
  names: ReasonNames;
  district: { id: string; nameRu: string; nameEn: string } | null;
  department: DepartmentView | null;
  photos: { fileId: string; stage: 'report' | 'answer' | 'dispute'; width: number; height: number }[];
  history: HistoryItem[];
  rejection: { textRu: string; textEn: string; note: string | null } | null;
  duplicateOf: number | null;
  supported: boolean;
  canSupport: boolean;
  actions: ReportAction[];
  /** The caller may see personal extra fields (phone, contacts). */
  showPrivate: boolean;
  /** The caller works on it (moderator in scope or official of its department). */
  staff: boolean;
  mine: boolean;
}

/** History entries nobody outside the staff sees. */
const internalActions = new Set(['assigned', 'deadline_warning']);
/** Actions whose note is for the staff only (the unpublished answer, a moderator's remark to the department). */
const staffNotes = new Set(['answer', 'return_answer']);

/**
 * The card of a report for this caller: 404 when they may not see it. One query reads the report with
 * everything around it (db/report-queries.ts `findReportCard`); what this caller may see of it is decided
 * here, after the same visibility check `requireReadableReport` makes.
 */
export async function getReportCard(ctx: ModuleContext, actor: Actor, number: number): Promise<ReportCardView> {
  const found = await findReportCard(ctx.database.db, number, actor.kind === 'user' ? actor.userId : null);
  if (!found) throw new AppError(404, 'report_not_found', { number });
  const { row, facts: card } = found;
  const facts = factsOf(row);
  authorize(actor, canReadReport(actor, facts), { number });
  const staff = isStaffOf(actor, row);
  const events = card.history.filter((e) => staff || !internalActions.has(e.action));
  const depts = new Map(card.departments.map((d) => [d.id, d]));
  const history: HistoryItem[] = events.map((e) => {
    const hidden = !staff && staffNotes.has(e.action);
    const d = e.departmentId ? depts.get(e.departmentId) : undefined;
    return {
      at: e.at,
      action: e.action,
      actorRole: e.actorRole as HistoryRole,
      fromStatus: (e.fromStatus as ReportStatus | null) ?? null,
      toStatus: (e.toStatus as ReportStatus | null) ?? null,
      department: d ? { id: d.id, nameRu: d.nameRu, nameEn: d.nameEn } : null,
      note: hidden ? null : e.note,
      photoIds: hidden ? [] : Array.isArray(e.data.photoIds) ? (e.data.photoIds as string[]) : [],
      data: Object.fromEntries(Object.entries(e.data).filter(([k]) => k === 'of' || (staff && k !== 'photoIds'))),
    };
  });
  const answerPublished = row.answerPublishedAt !== null;
  const photos = card.photos
    .filter((p) => p.stage !== 'answer' || answerPublished || staff)
    .map((p) => ({ fileId: p.fileId, stage: p.stage, width: p.width, height: p.height }));
  const rejection: ReportCardView['rejection'] =
    row.rejectionReasonId && card.rejection ? { textRu: card.rejection.textRu, textEn: card.rejection.textEn, note: row.rejectionNote } : null;
  const supported = actor.kind === 'user' && card.supported;
  const now = new Date();
  return {
    row,
    names: card.names,
    district: card.district,
    department: row.departmentId ? (depts.get(row.departmentId) ?? null) : null,
    photos,
    history,
    rejection,
    duplicateOf: row.duplicateOfId ? card.duplicateOf : null,
    supported,
    canSupport: canSupport(actor, { ...facts, open: isOpenStatus(row.status) }).allowed && !supported,
    actions: actionsFor(actor, facts, now),
    showPrivate: canSeePrivateFields(actor, facts).allowed,
    staff,
    mine: actor.kind === 'user' && row.reporterId === actor.userId,
  };
}

/** A line of a list: the report, its names and its thumbnail. */
export interface ReportListItem {
  row: ReportRow;
  names: ReasonNames;
  thumbFileId: string | null;
  distanceMeters?: number;
}

async function listItems(db: Executor, rows: ReportRow[]): Promise<ReportListItem[]> {
  const names = await reasonNames(
    db,
    rows.map((r) => r.reasonId),
  );
  const thumbs = await firstPhotos(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({ row, names: names.get(row.reasonId)!, thumbFileId: thumbs.get(row.id) ?? null }));
}

/** The caller's own reports, newest first. */
export async function listMyReports(
  ctx: ModuleContext,
  actor: Actor,
  page: { limit: number; before?: number | undefined },
): Promise<{ items: ReportListItem[]; nextBefore: number | null }> {
  authorize(actor, canListOwnReports(actor));
  const rows = await listByReporter(ctx.database.db, actor.userId, page);
  return { items: await listItems(ctx.database.db, rows), nextBefore: rows.length === page.limit ? rows.at(-1)!.number : null };
}

export interface InboxQuery {
  departmentId?: string | undefined;
  status?: ReportStatus | undefined;
  districtId?: string | undefined;
  reasonId?: number | undefined;
  overdue?: boolean | undefined;
  assignee?: string | undefined;
  limit: number;
  offset: number;
}

/**
 * The officials' inbox: their department's reports only (the department is the one they serve, or
 * the one they ask for when they serve several: 400 naming `departmentId` when they did not), overdue
 * first, then by deadline.
 */
export async function listInbox(ctx: ModuleContext, actor: Actor, q: InboxQuery): Promise<{ departmentId: string; items: ReportListItem[]; total: number }> {
  authorize(actor, canUseInbox(actor, q.departmentId ?? null));
  const departmentId = q.departmentId ?? ownInboxDepartment(actor);
  if (!departmentId) throw reportFieldError('departmentId', 'report_inbox_department_required');
  const assignee = q.assignee === 'me' ? actor.userId : q.assignee;
  const { rows, total } = await listWork(
    ctx.database.db,
    {
      departmentId,
      statuses: q.status ? [q.status] : inboxDefaultStatuses,
      districtIds: q.districtId ? [q.districtId] : undefined,
      reasonId: q.reasonId,
      overdue: q.overdue,
      assignee,
    },
    { limit: q.limit, offset: q.offset },
  );
  return { departmentId, items: await listItems(ctx.database.db, rows), total };
}

/** The moderators' queues: new reports, or answers to check; within the moderator's districts. */
export async function listModerationQueue(
  ctx: ModuleContext,
  actor: Actor,
  q: { queue: 'new' | 'answers'; districtId?: string | undefined; limit: number; offset: number },
): Promise<{ items: ReportListItem[]; total: number }> {
  authorize(actor, canModerateReports(actor, q.districtId ?? null));
  const moderated = moderatedDistricts(actor);
  const districtIds = q.districtId ? [q.districtId] : moderated === 'all' ? undefined : moderated;
  const { rows, total } = await listWork(
    ctx.database.db,
    { statuses: [q.queue === 'new' ? 'moderation' : 'answer_moderation'], districtIds },
    { limit: q.limit, offset: q.offset },
  );
  return { items: await listItems(ctx.database.db, rows), total };
}

const earthRadius = 6_371_008.8;

/** Great-circle distance in metres. */
export function distanceMeters(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * earthRadius * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Open public reports of a reason within `nearbyMeters` of a point, nearest first (join one instead of filing a duplicate). */
export async function nearbyReports(ctx: ModuleContext, q: { lat: number; lon: number; reasonId: number }): Promise<ReportListItem[]> {
  const dLat = (nearbyMeters * 1.2) / 111_320;
  const dLon = dLat / Math.max(0.05, Math.cos((q.lat * Math.PI) / 180));
  const rows = await openReportsInBox(ctx.database.db, q.reasonId, { south: q.lat - dLat, north: q.lat + dLat, west: q.lon - dLon, east: q.lon + dLon });
  const near = rows
    .filter((r) => isPublicReport(r))
    .map((r) => ({ r, d: distanceMeters(q, r) }))
    .filter((x) => x.d <= nearbyMeters)
    .sort((a, b) => a.d - b.d)
    .slice(0, 10);
  const items = await listItems(
    ctx.database.db,
    near.map((x) => x.r),
  );
  return items.map((item, i) => ({ ...item, distanceMeters: Math.round(near[i]!.d) }));
}
