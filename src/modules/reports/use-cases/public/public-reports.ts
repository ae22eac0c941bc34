import { and, eq, gte, inArray, lt, notInArray, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { departments } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import { classifierCategories, classifierObjects, classifierReasons, rejectionReasons, reportPhotos, reports, type ReportStatus } from '../../db/schema.js';
import { unpublishedStatuses } from '../../domain/report-rules.js';

/**
 * What the public may see of reports, as the report card decides it (`isPublicReport` in
 * domain/report-rules.ts): past pre-moderation, not refused, not hidden or held by community
 * moderation. The select below carries no personal data: no reporter, no extra fields (the phone
 * and contact fields live there), no API key — presenters build every public output from it.
 */
export const isPublicReport: SQL = and(eq(reports.moderation, 'visible'), notInArray(reports.status, [...unpublishedStatuses]))!;

/** Public reports, plus those an Open311 client filed with this key (it follows its own reports through moderation, as a resident does on the web). */
export function isPublicOrFiledWith(apiKeyId: string | null): SQL {
  return apiKeyId ? or(isPublicReport, eq(reports.apiKeyId, apiKeyId))! : isPublicReport;
}

const duplicateOf = alias(reports, 'duplicate_of');

/** A report's public facts with the names around it (reason, category, object, department, rejection). */
export const publicReportColumns = {
  id: reports.id,
  number: reports.number,
  status: reports.status,
  source: reports.source,
  reasonId: reports.reasonId,
  reasonNameRu: classifierReasons.nameRu,
  reasonNameEn: classifierReasons.nameEn,
  resolutionDays: classifierReasons.resolutionDays,
  categoryId: classifierReasons.categoryId,
  categoryNameRu: classifierCategories.nameRu,
  categoryNameEn: classifierCategories.nameEn,
  objectNameRu: classifierObjects.nameRu,
  objectNameEn: classifierObjects.nameEn,
  districtId: reports.districtId,
  departmentId: reports.departmentId,
  departmentNameRu: departments.nameRu,
  departmentNameEn: departments.nameEn,
  lat: reports.lat,
  lon: reports.lon,
  address: reports.address,
  description: reports.description,
  createdAt: reports.createdAt,
  /** created_at in microseconds since the epoch (as text): the exact sort key for cursors (a JS Date keeps only milliseconds). */
  createdUs: sql<string>`((extract(epoch from ${reports.createdAt}) * 1000000)::bigint)::text`,
  statusChangedAt: reports.statusChangedAt,
  dueAt: reports.dueAt,
  resolutionDueAt: reports.resolutionDueAt,
  overdueAt: reports.overdueAt,
  answerText: reports.answerText,
  answerPublishedAt: reports.answerPublishedAt,
  closedAt: reports.closedAt,
  rejectionTextRu: rejectionReasons.textRu,
  rejectionTextEn: rejectionReasons.textEn,
  duplicateOfNumber: duplicateOf.number,
  supportCount: reports.supportCount,
  mediaUrl: reports.mediaUrl,
  /** The first of the resident's photos (served by the files route), or null. */
  photoId: sql<
    string | null
  >`(select ${reportPhotos.fileId} from ${reportPhotos} where ${reportPhotos.reportId} = ${reports.id} and ${reportPhotos.stage} = 'report' order by ${reportPhotos.position}, ${reportPhotos.fileId} limit 1)`,
};

/** The public reports query with its joins; add `.where(and(isPublicReport, …))`, order and limit. */
export function selectPublicReports(db: Executor) {
  return db
    .select(publicReportColumns)
    .from(reports)
    .innerJoin(classifierReasons, eq(classifierReasons.id, reports.reasonId))
    .innerJoin(classifierCategories, eq(classifierCategories.id, classifierReasons.categoryId))
    .innerJoin(classifierObjects, eq(classifierObjects.id, classifierCategories.objectId))
    .leftJoin(departments, eq(departments.id, reports.departmentId))
    .leftJoin(rejectionReasons, eq(rejectionReasons.id, reports.rejectionReasonId))
    .leftJoin(duplicateOf, eq(duplicateOf.id, reports.duplicateOfId))
    .$dynamic();
}

/** One row of `selectPublicReports`. */
export type PublicReportRow = Awaited<ReturnType<typeof selectPublicReports>>[number];

/** The filters the public map, list, open data and statistics share. */
export interface PublicFilters {
  statuses?: ReportStatus[] | undefined;
  categoryId?: number | undefined;
  reasonId?: number | undefined;
  districtId?: string | undefined;
  departmentId?: string | undefined;
  /** Filed at or after this instant. */
  from?: Date | undefined;
  /** Filed before this instant. */
  to?: Date | undefined;
}

/** The conditions of the filters (always including "publicly visible"). */
export function publicConditions(f: PublicFilters, visible: SQL = isPublicReport): SQL {
  const conds: SQL[] = [visible];
  if (f.statuses?.length) conds.push(inArray(reports.status, f.statuses));
  if (f.categoryId !== undefined)
    conds.push(sql`${reports.reasonId} in (select ${classifierReasons.id} from ${classifierReasons} where ${classifierReasons.categoryId} = ${f.categoryId})`);
  if (f.reasonId !== undefined) conds.push(eq(reports.reasonId, f.reasonId));
  if (f.districtId !== undefined) conds.push(eq(reports.districtId, f.districtId));
  if (f.departmentId !== undefined) conds.push(eq(reports.departmentId, f.departmentId));
  if (f.from) conds.push(gte(reports.createdAt, f.from));
  if (f.to) conds.push(lt(reports.createdAt, f.to));
  return and(...conds)!;
}

/**
 * The same conditions with every value as a placeholder, for prepared statements: `shape` names the
 * parts present (it decides the SQL text), `values` fills the placeholders at `execute`.
 */
export function placeholderConditions(f: PublicFilters): { shape: string[]; conds: SQL[]; values: Record<string, unknown> } {
  const shape: string[] = [];
  const conds: SQL[] = [isPublicReport];
  const values: Record<string, unknown> = {};
  const statuses = [...new Set(f.statuses ?? [])];
  if (statuses.length) {
    shape.push(`statuses${statuses.length}`);
    conds.push(
      inArray(
        reports.status,
        statuses.map((s, i) => ((values[`status${i}`] = s), sql.placeholder(`status${i}`))),
      ),
    );
  }
  if (f.categoryId !== undefined) {
    shape.push('category');
    values.categoryId = f.categoryId;
    conds.push(
      sql`${reports.reasonId} in (select ${classifierReasons.id} from ${classifierReasons} where ${classifierReasons.categoryId} = ${sql.placeholder('categoryId')})`,
    );
  }
  const equal = (
    key: 'reasonId' | 'districtId' | 'departmentId',
    column: typeof reports.reasonId | typeof reports.districtId | typeof reports.departmentId,
  ) => {
    if (f[key] === undefined) return;
    shape.push(key);
    values[key] = f[key];
    conds.push(sql`${column} = ${sql.placeholder(key)}`);
  };
  equal('reasonId', reports.reasonId);
  equal('districtId', reports.districtId);
  equal('departmentId', reports.departmentId);
  if (f.from) {
    shape.push('from');
    values.from = f.from.toISOString();
    conds.push(sql`${reports.createdAt} >= ${sql.placeholder('from')}::timestamptz`);
  }
  if (f.to) {
    shape.push('to');
    values.to = f.to.toISOString();
    conds.push(sql`${reports.createdAt} < ${sql.placeholder('to')}::timestamptz`);
  }
  return { shape, conds, values };
}
