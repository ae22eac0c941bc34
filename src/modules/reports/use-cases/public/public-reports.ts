import { and, eq, gte, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
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
 * The condition's constants are in the text, not bound values, so a prepared statement's generic plan can use the
 * partial index on public reports (`reports_public_district_status_idx`), whose predicate is this condition.
 */
export const isPublicReport: SQL = sql`(${reports.moderation} = 'visible' and ${reports.status} not in (${sql.raw(unpublishedStatuses.map((s) => `'${s}'`).join(', '))}))`;

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
 * A placeholder the planner cannot see through: `(select $n::type)` is an initplan, so PostgreSQL plans around an
 * unknown value on every execution. A prepared statement whose values it can see gets custom plans costed with
 * each value's statistics (a common status makes a page look cheaper), and once those look cheaper than the
 * generic plan PostgreSQL plans the query again on every request; with opaque values the custom and the generic
 * plan are the same, so the generic one is kept after five runs and the statement is planned once per connection.
 * The plan then must not depend on the values: the indexes it walks lead with the equalities (see the schema's
 * `reports_public_district_status_idx`). Still an index condition: the value is known when the scan starts.
 */
export function opaque(name: string, type: 'text' | 'text[]' | 'int' | 'bigint' | 'timestamptz'): SQL {
  return sql`(select ${sql.placeholder(name)}::${sql.raw(type)})`;
}

/**
 * The same conditions with every value as an opaque placeholder (`opaque`), for prepared statements: `shape` names
 * the parts present (it decides the SQL text), `values` fills the placeholders at `execute`.
 */
export function placeholderConditions(f: PublicFilters): { shape: string[]; conds: SQL[]; values: Record<string, unknown> } {
  const shape: string[] = [];
  const conds: SQL[] = [isPublicReport];
  const values: Record<string, unknown> = {};
  const statuses = [...new Set(f.statuses ?? [])];
  if (statuses.length) {
    // one status is an equality (the index then gives the order); several, one array value (a list of
    // placeholders would be an array built again for every row a generic plan reads)
    if (statuses.length === 1) {
      shape.push('status');
      values.status = statuses[0];
      conds.push(sql`${reports.status} = ${opaque('status', 'text')}`);
    } else {
      shape.push('statuses');
      values.statuses = `{${statuses.join(',')}}`;
      conds.push(sql`${reports.status} = any(${opaque('statuses', 'text[]')}::text[])`);
    }
  }
  if (f.categoryId !== undefined) {
    shape.push('category');
    values.categoryId = f.categoryId;
    conds.push(
      sql`${reports.reasonId} in (select ${classifierReasons.id} from ${classifierReasons} where ${classifierReasons.categoryId} = ${opaque('categoryId', 'int')})`,
    );
  }
  const equal = (
    key: 'reasonId' | 'districtId' | 'departmentId',
    column: typeof reports.reasonId | typeof reports.districtId | typeof reports.departmentId,
    type: 'int' | 'text',
  ) => {
    if (f[key] === undefined) return;
    shape.push(key);
    values[key] = f[key];
    conds.push(sql`${column} = ${opaque(key, type)}`);
  };
  equal('reasonId', reports.reasonId, 'int');
  equal('districtId', reports.districtId, 'text');
  equal('departmentId', reports.departmentId, 'text');
  if (f.from) {
    shape.push('from');
    values.from = f.from.toISOString();
    conds.push(sql`${reports.createdAt} >= ${opaque('from', 'timestamptz')}`);
  }
  if (f.to) {
    shape.push('to');
    values.to = f.to.toISOString();
    conds.push(sql`${reports.createdAt} < ${opaque('to', 'timestamptz')}`);
  }
  return { shape, conds, values };
}
