import { and, asc, between, count, desc, eq, inArray, isNull, lt, not, notInArray, sql, type SQL } from 'drizzle-orm';
import { departments, districts } from '../../../core/city/schema.js';
import type { Executor } from '../../../core/db/client.js';
import { files } from '../../../core/files/schema.js';
import { preparedOnce } from '../../../core/db/prepared.js';
import {
  classifierCategories,
  classifierObjects,
  classifierReasons,
  rejectionReasons,
  reportEvents,
  reportPhotos,
  reports,
  reportSupports,
  type ReportStatus,
} from './schema.js';

/** A report as stored (personal data included: the reporter id and the `phone` extra field; presenters decide what leaves). */
export type ReportRow = typeof reports.$inferSelect;
export type NewReportRow = typeof reports.$inferInsert;

/** A report by its public number. */
export async function findReportByNumber(db: Executor, n: number, opts: { forUpdate?: boolean } = {}): Promise<ReportRow | undefined> {
  if (!Number.isSafeInteger(n) || n <= 0) return undefined;
  const q = db.select().from(reports).where(eq(reports.number, n)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Adds `delta` to a report's live comments (the comments module's hook, in the comment's transaction). */
export async function countReportComments(tx: Executor, n: number, delta: number): Promise<void> {
  if (!Number.isSafeInteger(n) || n <= 0 || delta === 0) return;
  await tx
    .update(reports)
    .set({ commentCount: sql`greatest(0, ${reports.commentCount} + ${delta})` })
    .where(eq(reports.number, n));
}

/** A report by its internal id. */
export async function findReportById(db: Executor, id: string, opts: { forUpdate?: boolean } = {}): Promise<ReportRow | undefined> {
  const q = db.select().from(reports).where(eq(reports.id, id)).limit(1);
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** Several reports by number. */
export async function findReportsByNumbers(db: Executor, numbers: number[]): Promise<ReportRow[]> {
  const unique = [...new Set(numbers.filter((n) => Number.isSafeInteger(n) && n > 0))];
  if (!unique.length) return [];
  return db.select().from(reports).where(inArray(reports.number, unique));
}

/** The names around a reason: reason, category, object (for cards, titles and the map grid). */
export interface ReasonNames {
  reasonId: number;
  nameRu: string;
  nameEn: string | null;
  categoryId: number;
  categoryNameRu: string;
  categoryNameEn: string | null;
  objectId: number;
  objectNameRu: string;
  objectNameEn: string | null;
  premoderationDays: number;
  resolutionDays: number;
  answerModerationDays: number;
}

/** What a report shows of its reason: the reason's, category's and object's names and the reason's deadlines. */
const reasonNameColumns = {
  reasonId: classifierReasons.id,
  nameRu: classifierReasons.nameRu,
  nameEn: classifierReasons.nameEn,
  categoryId: classifierCategories.id,
  categoryNameRu: classifierCategories.nameRu,
  categoryNameEn: classifierCategories.nameEn,
  objectId: classifierObjects.id,
  objectNameRu: classifierObjects.nameRu,
  objectNameEn: classifierObjects.nameEn,
  premoderationDays: classifierReasons.premoderationDays,
  resolutionDays: classifierReasons.resolutionDays,
  answerModerationDays: classifierReasons.answerModerationDays,
};

/** Reason, category and object names of several reasons at once. */
export async function reasonNames(db: Executor, reasonIds: number[]): Promise<Map<number, ReasonNames>> {
  const unique = [...new Set(reasonIds)];
  if (!unique.length) return new Map();
  const rows = await db
    .select(reasonNameColumns)
    .from(classifierReasons)
    .innerJoin(classifierCategories, eq(classifierCategories.id, classifierReasons.categoryId))
    .innerJoin(classifierObjects, eq(classifierObjects.id, classifierCategories.objectId))
    .where(inArray(classifierReasons.id, unique));
  return new Map(rows.map((r) => [r.reasonId, r]));
}

/** The category of a reason (the map grid keeps counts per category). */
export async function categoryOfReason(db: Executor, reasonId: number): Promise<number> {
  const [row] = await db.select({ categoryId: classifierReasons.categoryId }).from(classifierReasons).where(eq(classifierReasons.id, reasonId)).limit(1);
  if (!row) throw new Error(`reason ${reasonId} does not exist`);
  return row.categoryId;
}

// ---------------------------------------------------------------------------------------------
// Lists

/** The filters of the officials' inbox and the moderators' queues. */
export interface ReportListFilter {
  statuses?: readonly ReportStatus[] | undefined;
  departmentId?: string | undefined;
  districtIds?: readonly string[] | undefined;
  reasonId?: number | undefined;
  reporterId?: string | undefined;
  /** `none`: unassigned; a user id: assigned to them. */
  assignee?: string | undefined;
  overdue?: boolean | undefined;
  /** Only public ones: past moderation, not refused, not hidden. */
  publicOnly?: boolean | undefined;
}

const overdueSql = (now: Date) =>
  sql`(${reports.status} in ('sent', 'in_progress', 'reopened') and ${reports.resolutionDueAt} is not null and ${reports.resolutionDueAt} <= ${now.toISOString()}::timestamptz)`;

function conditions(f: ReportListFilter, now: Date): SQL[] {
  const out: SQL[] = [];
  if (f.statuses) out.push(inArray(reports.status, [...f.statuses]));
  if (f.departmentId) out.push(eq(reports.departmentId, f.departmentId));
  if (f.districtIds) out.push(f.districtIds.length ? inArray(reports.districtId, [...f.districtIds]) : sql`false`);
  if (f.reasonId) out.push(eq(reports.reasonId, f.reasonId));
  if (f.reporterId) out.push(eq(reports.reporterId, f.reporterId));
  if (f.assignee === 'none') out.push(isNull(reports.assigneeId));
  else if (f.assignee) out.push(eq(reports.assigneeId, f.assignee));
  if (f.overdue === true) out.push(overdueSql(now));
  if (f.overdue === false) out.push(not(overdueSql(now)));
  if (f.publicOnly) out.push(notInArray(reports.status, ['moderation', 'rejected']), eq(reports.moderation, 'visible'));
  return out;
}

/** Work lists: overdue first, then by the step's deadline, then oldest first; offset pages. */
export async function listWork(
  db: Executor,
  f: ReportListFilter,
  page: { limit: number; offset: number },
  now = new Date(),
): Promise<{ rows: ReportRow[]; total: number }> {
  const where = and(...conditions(f, now));
  const rows = await db
    .select()
    .from(reports)
    .where(where)
    .orderBy(desc(overdueSql(now)), sql`${reports.dueAt} asc nulls last`, asc(reports.number))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: count() }).from(reports).where(where);
  return { rows, total: Number(total?.n ?? 0) };
}

/** A person's reports, newest first, before a number (keyset pages). */
export function listByReporter(db: Executor, reporterId: string, page: { limit: number; before?: number | undefined }): Promise<ReportRow[]> {
  const where = page.before ? and(eq(reports.reporterId, reporterId), lt(reports.number, page.before)) : eq(reports.reporterId, reporterId);
  return db.select().from(reports).where(where).orderBy(desc(reports.number)).limit(page.limit);
}

/** Public open reports of a reason in a box around a point (the caller measures the exact distance). */
export function openReportsInBox(
  db: Executor,
  reasonId: number,
  box: { south: number; north: number; west: number; east: number },
  limit = 50,
): Promise<ReportRow[]> {
  return db
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.reasonId, reasonId),
        inArray(reports.status, ['sent', 'in_progress', 'answer_moderation', 'answered', 'reopened']),
        eq(reports.moderation, 'visible'),
        between(reports.lat, box.south, box.north),
        between(reports.lon, box.west, box.east),
      ),
    )
    .orderBy(desc(reports.number))
    .limit(limit);
}

/** The first photo of each report (list thumbnails). */
export async function firstPhotos(db: Executor, reportIds: string[]): Promise<Map<string, string>> {
  if (!reportIds.length) return new Map();
  const rows = await db
    .select({ reportId: reportPhotos.reportId, fileId: reportPhotos.fileId, position: reportPhotos.position })
    .from(reportPhotos)
    .where(and(inArray(reportPhotos.reportId, reportIds), eq(reportPhotos.stage, 'report')))
    .orderBy(asc(reportPhotos.position));
  const out = new Map<string, string>();
  for (const r of rows) if (!out.has(r.reportId)) out.set(r.reportId, r.fileId);
  return out;
}

/** The reports a file is attached to, with the stage (who may see a photo). */
export function reportsOfFile(db: Executor, fileId: string) {
  return db
    .select({ report: reports, stage: reportPhotos.stage })
    .from(reportPhotos)
    .innerJoin(reports, eq(reports.id, reportPhotos.reportId))
    .where(eq(reportPhotos.fileId, fileId));
}

/** A department with its public contacts, as a report card shows it. */
export interface CardDepartment {
  id: string;
  nameRu: string;
  nameEn: string;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
}

/** Everything around a report that its card shows, read with it (before anyone decides what the caller sees). */
export interface CardFacts {
  names: ReasonNames;
  district: { id: string; nameRu: string; nameEn: string } | null;
  /** The whole history, oldest first, internal entries included. */
  history: {
    at: Date;
    action: string;
    actorRole: string;
    fromStatus: string | null;
    toStatus: string | null;
    departmentId: string | null;
    note: string | null;
    data: Record<string, unknown>;
  }[];
  /** The report's department and those its history names. */
  departments: CardDepartment[];
  /** Every photo, by stage and position, unpublished answers' included. */
  photos: { fileId: string; stage: 'report' | 'answer' | 'dispute'; position: number; width: number; height: number }[];
  rejection: { textRu: string; textEn: string } | null;
  duplicateOf: number | null;
  /** Whether the given person said "me too". */
  supported: boolean;
}

const json = (pairs: Record<string, unknown>) =>
  sql.join(
    Object.entries(pairs).map(([k, v]) => sql`${sql.raw(`'${k}'`)}, ${v}`),
    sql`, `,
  );
const departmentJson = sql`json_build_object(${json({
  id: departments.id,
  nameRu: departments.nameRu,
  nameEn: departments.nameEn,
  phone: departments.phone,
  email: departments.email,
  address: departments.address,
  website: departments.website,
})})`;

/** The card's facts as one JSON value, each part a subquery on the report's row. */
const cardFactsSql = sql`json_build_object(
  'names', (select json_build_object(${json(reasonNameColumns)})
    from ${classifierReasons}
    join ${classifierCategories} on ${classifierCategories.id} = ${classifierReasons.categoryId}
    join ${classifierObjects} on ${classifierObjects.id} = ${classifierCategories.objectId}
    where ${classifierReasons.id} = ${reports.reasonId}),
  'district', (select json_build_object(${json({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn })})
    from ${districts} where ${districts.id} = ${reports.districtId}),
  'history', coalesce((select json_agg(json_build_object(${json({
    at: sql`(extract(epoch from ${reportEvents.at}) * 1000)::float8`,
    action: reportEvents.action,
    actorRole: reportEvents.actorRole,
    fromStatus: reportEvents.fromStatus,
    toStatus: reportEvents.toStatus,
    departmentId: reportEvents.departmentId,
    note: reportEvents.note,
    data: reportEvents.data,
  })}) order by ${reportEvents.at}, ${reportEvents.id})
    from ${reportEvents} where ${reportEvents.reportId} = ${reports.id}), '[]'::json),
  'departments', coalesce((select json_agg(${departmentJson}) from ${departments}
    where ${departments.id} = ${reports.departmentId}
       or ${departments.id} in (select ${reportEvents.departmentId} from ${reportEvents} where ${reportEvents.reportId} = ${reports.id})), '[]'::json),
  'photos', coalesce((select json_agg(json_build_object(${json({
    fileId: reportPhotos.fileId,
    stage: reportPhotos.stage,
    position: reportPhotos.position,
    width: files.width,
    height: files.height,
  })}) order by ${reportPhotos.stage}, ${reportPhotos.position})
    from ${reportPhotos} join ${files} on ${files.id} = ${reportPhotos.fileId} where ${reportPhotos.reportId} = ${reports.id}), '[]'::json),
  'rejection', (select json_build_object(${json({ textRu: rejectionReasons.textRu, textEn: rejectionReasons.textEn })})
    from ${rejectionReasons} where ${rejectionReasons.id} = ${reports.rejectionReasonId}),
  'duplicateOf', (select duplicate_of.number from ${reports} duplicate_of where duplicate_of.id = ${reports.duplicateOfId}),
  'supported', exists (select 1 from ${reportSupports}
    where ${reportSupports.reportId} = ${reports.id} and ${reportSupports.userId} = ${sql.placeholder('userId')}::uuid)
)`;

/**
 * A report by its public number with everything its card shows, in one query (a named prepared
 * statement): names, district, history, departments, photos, rejection, the original of a duplicate
 * and whether `userId` supports it. Nothing here is filtered for a caller: the use case decides.
 */
export async function findReportCard(db: Executor, n: number, userId: string | null): Promise<{ row: ReportRow; facts: CardFacts } | undefined> {
  if (!Number.isSafeInteger(n) || n <= 0) return undefined;
  const [found] = await preparedOnce(db, 'reports_card', '', (name) =>
    db
      .select({
        row: reports,
        facts: sql<Omit<CardFacts, 'history'> & { history: (Omit<CardFacts['history'][number], 'at'> & { at: number })[] }>`${cardFactsSql}`,
      })
      .from(reports)
      .where(eq(reports.number, sql.placeholder('number')))
      .limit(1)
      .prepare(name),
  ).execute({ number: n, userId });
  if (!found) return undefined;
  const f = found.facts;
  return { row: found.row, facts: { ...f, history: f.history.map((e) => ({ ...e, at: new Date(e.at) })) } };
}
