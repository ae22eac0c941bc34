import { eq, sql } from 'drizzle-orm';
import { districts } from '../../../../core/city/schema.js';
import { queryRows } from '../../../../core/db/client.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { departmentNames } from '../../../city/index.js';
import { reasonNames } from '../../db/report-queries.js';
import { reportRatings, reports } from '../../db/schema.js';
import { ratingFigures, type RatingFigures } from '../../domain/answer-ratings.js';
import { withDepartmentStatuses } from '../../domain/report-rules.js';
import { publicConditions } from './public-reports.js';

/** The figures of one group of reports. */
export interface ReportFigures {
  /** Public reports filed in the period. */
  count: number;
  /** Of them, answered by the department (the answer may still be on moderation). */
  answered: number;
  /** Still with the department past the resolution deadline, unanswered. */
  overdue: number;
  /** Answered by the deadline, of those whose outcome is known (answered, or unanswered past the deadline); null when none is. */
  onTimeShare: number | null;
  /** Median hours from filing to the department's answer; null when nothing was answered. */
  medianHoursToAnswer: number | null;
  /** What the reporters and supporters said of the answers: shares and mean quality, or "< 10" for fewer ratings. */
  ratings: RatingFigures;
}

export interface ReportStats {
  totals: ReportFigures;
  departments: (ReportFigures & { departmentId: string; nameRu: string; nameEn: string })[];
  reasons: (ReportFigures & { reasonId: number; nameRu: string; nameEn: string | null; categoryNameRu: string; categoryNameEn: string | null })[];
  districts: (ReportFigures & { districtId: string; nameRu: string; nameEn: string })[];
  /** Calendar months on the city's clock, `YYYY-MM`, oldest first. */
  months: (ReportFigures & { month: string })[];
}

export interface StatsQuery {
  from?: Date | undefined;
  to?: Date | undefined;
  districtId?: string | undefined;
}

type Row = {
  g_department: number;
  g_reason: number;
  g_district: number;
  g_month: number;
  department_id: string | null;
  reason_id: number | null;
  district_id: string | null;
  month: string | null;
  count: number;
  answered: number;
  overdue: number;
  on_time: number;
  late: number;
  median_hours: number | null;
  ratings: number;
  rated_fixed: number;
  rated_partly: number;
  rated_not_fixed: number;
  quality_sum: number;
};

const figures = (r: Row): ReportFigures => ({
  count: Number(r.count),
  answered: Number(r.answered),
  overdue: Number(r.overdue),
  onTimeShare: Number(r.on_time) + Number(r.late) > 0 ? Number(r.on_time) / (Number(r.on_time) + Number(r.late)) : null,
  medianHoursToAnswer: r.median_hours === null ? null : Math.round(Number(r.median_hours) * 10) / 10,
  ratings: ratingFigures({
    count: Number(r.ratings),
    fixed: Number(r.rated_fixed),
    partlyFixed: Number(r.rated_partly),
    notFixed: Number(r.rated_not_fixed),
    qualitySum: Number(r.quality_sum),
  }),
});

/**
 * The numbers of public reports filed in a period (optionally in one district): per department,
 * reason, district and month, and in total — one pass over the reports (grouping sets), with their
 * answers' ratings (joined per report; a group of fewer than 10 ratings shows only "< 10"). A report
 * is on time when the department answered it by its resolution deadline; late when answered after
 * it, or still unanswered with the department past it.
 */
export async function reportStats(ctx: ModuleContext, q: StatsQuery): Promise<ReportStats> {
  const db = ctx.database.db;
  const where = publicConditions({ from: q.from, to: q.to, districtId: q.districtId });
  const withDepartment = sql.join(
    withDepartmentStatuses.map((s) => sql`${s}`),
    sql`, `,
  );
  const rows = await queryRows<Row>(
    db,
    sql`with r as (
          select ${reports.departmentId} as department_id, ${reports.reasonId} as reason_id, ${reports.districtId} as district_id,
                 to_char(${reports.createdAt} at time zone ${ctx.config.cityTimezone}, 'YYYY-MM') as month,
                 ${reports.answeredAt} as answered_at,
                 ${reports.answeredAt} is not null and (${reports.resolutionDueAt} is null or ${reports.answeredAt} <= ${reports.resolutionDueAt}) as on_time,
                 (${reports.answeredAt} is not null and ${reports.answeredAt} > ${reports.resolutionDueAt})
                   or (${reports.answeredAt} is null and ${reports.status} in (${withDepartment}) and ${reports.resolutionDueAt} < now()) as late,
                 ${reports.answeredAt} is null and ${reports.status} in (${withDepartment}) and ${reports.resolutionDueAt} < now() as overdue,
                 extract(epoch from ${reports.answeredAt} - ${reports.createdAt}) / 3600.0 as hours,
                 coalesce(rr.n, 0) as ratings, coalesce(rr.fixed, 0) as rated_fixed, coalesce(rr.partly, 0) as rated_partly,
                 coalesce(rr.not_fixed, 0) as rated_not_fixed, coalesce(rr.quality_sum, 0) as quality_sum
          from ${reports}
          -- each report's ratings, counted once per report (grouped by the primary key's leading column)
          left join (select ${reportRatings.reportId} as report_id, count(*) as n,
                            count(*) filter (where ${reportRatings.outcome} = 'fixed') as fixed,
                            count(*) filter (where ${reportRatings.outcome} = 'partly_fixed') as partly,
                            count(*) filter (where ${reportRatings.outcome} = 'not_fixed') as not_fixed,
                            sum(${reportRatings.quality}) as quality_sum
                     from ${reportRatings} group by ${reportRatings.reportId}) rr on rr.report_id = ${reports.id}
          where ${where})
        select grouping(department_id) as g_department, grouping(reason_id) as g_reason, grouping(district_id) as g_district, grouping(month) as g_month,
               department_id, reason_id, district_id, month,
               count(*)::int as count,
               count(answered_at)::int as answered,
               count(*) filter (where overdue)::int as overdue,
               count(*) filter (where on_time)::int as on_time,
               count(*) filter (where late)::int as late,
               percentile_cont(0.5) within group (order by hours) filter (where answered_at is not null) as median_hours,
               sum(ratings)::int as ratings, sum(rated_fixed)::int as rated_fixed, sum(rated_partly)::int as rated_partly,
               sum(rated_not_fixed)::int as rated_not_fixed, sum(quality_sum)::int as quality_sum
        from r
        group by grouping sets ((department_id), (reason_id), (district_id), (month), ())`,
  );
  // grouping() is 0 for the column a row is grouped by, 1 for the others
  const of = (col: 'g_department' | 'g_reason' | 'g_district' | 'g_month') =>
    rows.filter(
      (r) =>
        Number(r[col]) === 0 && ['g_department', 'g_reason', 'g_district', 'g_month'].filter((c) => c !== col).every((c) => Number(r[c as keyof Row]) === 1),
    );
  const total = rows.find((r) => Number(r.g_department) + Number(r.g_reason) + Number(r.g_district) + Number(r.g_month) === 4);
  const byDepartment = of('g_department').filter((r) => r.department_id !== null);
  const byReason = of('g_reason').filter((r) => r.reason_id !== null);
  const byDistrict = of('g_district').filter((r) => r.district_id !== null);

  const [deptNames, reasons, districtRows] = await Promise.all([
    departmentNames(
      db,
      byDepartment.map((r) => r.department_id!),
    ),
    reasonNames(
      db,
      byReason.map((r) => Number(r.reason_id)),
    ),
    db.select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn }).from(districts),
  ]);
  const districtNames = new Map(districtRows.map((d) => [d.id, d]));
  const byCount = <T extends { count: number }>(a: T, b: T) => b.count - a.count;
  const empty: ReportFigures = {
    count: 0,
    answered: 0,
    overdue: 0,
    onTimeShare: null,
    medianHoursToAnswer: null,
    ratings: ratingFigures({ count: 0, fixed: 0, partlyFixed: 0, notFixed: 0, qualitySum: 0 }),
  };
  return {
    totals: total ? figures(total) : empty,
    departments: byDepartment
      .map((r) => ({
        departmentId: r.department_id!,
        nameRu: deptNames.get(r.department_id!)?.nameRu ?? r.department_id!,
        nameEn: deptNames.get(r.department_id!)?.nameEn ?? r.department_id!,
        ...figures(r),
      }))
      .sort(byCount),
    reasons: byReason
      .map((r) => {
        const n = reasons.get(Number(r.reason_id));
        return {
          reasonId: Number(r.reason_id),
          nameRu: n?.nameRu ?? String(r.reason_id),
          nameEn: n?.nameEn ?? null,
          categoryNameRu: n?.categoryNameRu ?? '',
          categoryNameEn: n?.categoryNameEn ?? null,
          ...figures(r),
        };
      })
      .sort(byCount),
    districts: byDistrict
      .map((r) => ({
        districtId: r.district_id!,
        nameRu: districtNames.get(r.district_id!)?.nameRu ?? r.district_id!,
        nameEn: districtNames.get(r.district_id!)?.nameEn ?? r.district_id!,
        ...figures(r),
      }))
      .sort(byCount),
    months: of('g_month')
      .filter((r) => r.month !== null)
      .map((r) => ({ month: r.month!, ...figures(r) }))
      .sort((a, b) => (a.month < b.month ? -1 : 1)),
  };
}

/** A district's numbers for its page; 404 `stats_district_not_found` for an unknown district. */
export async function districtReportStats(ctx: ModuleContext, districtId: string, q: Omit<StatsQuery, 'districtId'>) {
  const [district] = await ctx.database.db
    .select({ id: districts.id, nameRu: districts.nameRu, nameEn: districts.nameEn })
    .from(districts)
    .where(eq(districts.id, districtId))
    .limit(1);
  if (!district) throw new AppError(404, 'stats_district_not_found');
  const { districts: _ignored, ...stats } = await reportStats(ctx, { ...q, districtId });
  return { district, ...stats };
}
