import { publicCountSchema } from '../../../core/privacy/public-count-schema.js';
import { z } from 'zod';
import { reportStatuses } from '../domain/lifecycle.js';

const statusList = z
  .string()
  .max(300)
  .regex(new RegExp(`^(${reportStatuses.join('|')})(,(${reportStatuses.join('|')}))*$`))
  .describe(`Comma-separated statuses: ${reportStatuses.join(', ')} (reports on moderation and rejected ones are never public)`);
// years 1900–2999: what a period of reports can span, and well within what PostgreSQL's timestamps hold
const day = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD, city time (years 1900–2999)');
const dayOrMonth = z
  .string()
  .regex(/^(19|2\d)\d{2}-\d{2}(-\d{2})?$/)
  .describe('YYYY-MM or YYYY-MM-DD (the map counts by month: a date stands for its month)');
const id = z.coerce.number().int().min(1).max(2_147_483_647);
const textId = z.string().min(1).max(64);

export const mapQuerySchema = z.object({
  bbox: z.string().max(200).describe('west,south,east,north in degrees'),
  zoom: z.coerce.number().int().min(0).max(22),
  status: statusList.optional(),
  categoryId: id.optional(),
  from: dayOrMonth.optional(),
  to: dayOrMonth.optional(),
});

export const mapSchema = z
  .object({
    clusters: z.array(z.object({ lat: z.number(), lon: z.number(), count: z.number().int() }).meta({ id: 'ReportMapCluster' })),
    points: z.array(
      z
        .object({ number: z.number().int(), lat: z.number(), lon: z.number(), status: z.enum(reportStatuses), reasonId: z.number().int() })
        .meta({ id: 'ReportMapPoint' }),
    ),
    truncated: z.boolean(),
  })
  .meta({ id: 'ReportMap' });

export const listQuerySchema = z.object({
  status: statusList.optional(),
  categoryId: id.optional(),
  reasonId: id.optional(),
  districtId: textId.optional(),
  departmentId: textId.optional(),
  from: day.optional(),
  to: day.optional(),
  cursor: z.string().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** One report in the public list (no personal data). */
export const publicReportSummarySchema = z
  .object({
    number: z.number().int(),
    status: z.enum(reportStatuses),
    reasonId: z.number().int(),
    reasonNameRu: z.string(),
    reasonNameEn: z.string().nullable(),
    categoryId: z.number().int(),
    categoryNameRu: z.string(),
    categoryNameEn: z.string().nullable(),
    objectNameRu: z.string(),
    objectNameEn: z.string().nullable(),
    districtId: z.string().nullable(),
    departmentId: z.string().nullable(),
    departmentNameRu: z.string().nullable(),
    departmentNameEn: z.string().nullable(),
    lat: z.number(),
    lon: z.number(),
    address: z.string().nullable(),
    excerpt: z.string(),
    createdAt: z.string(),
    resolutionDueAt: z.string().nullable(),
    overdue: z.boolean(),
    supportCount: z.number().int(),
    thumbUrl: z.string().nullable(),
  })
  .meta({ id: 'PublicReportSummary' });

export const listSchema = z.object({ items: z.array(publicReportSummarySchema), nextCursor: z.string().nullable() }).meta({ id: 'PublicReportList' });

export const openDataQuerySchema = listQuerySchema.omit({ cursor: true, limit: true });

export const statsQuerySchema = z.object({ from: day.optional(), to: day.optional(), districtId: textId.optional() });

const figures = {
  count: z.number().int(),
  answered: z.number().int(),
  overdue: z.number().int(),
  onTimeShare: z.number().nullable().describe('answered by the deadline ÷ (answered + unanswered past the deadline)'),
  medianHoursToAnswer: z.number().nullable().describe('median hours from filing to the department’s answer'),
  ratings: z
    .object({
      count: publicCountSchema.describe('ratings given: exact from 10 (and 0), else “< 10”'),
      fixedShare: z.number().nullable().describe('from 10 ratings; null below'),
      partlyFixedShare: z.number().nullable(),
      notFixedShare: z.number().nullable(),
      meanQuality: z.number().nullable().describe('mean quality of the answers, 1–5, to one decimal; from 10 ratings'),
    })
    .describe('the reporters’ and supporters’ ratings of the answers (k-anonymity: fewer than 10 → only “< 10”)'),
};

const statsBody = {
  totals: z.object(figures),
  departments: z.array(z.object({ departmentId: z.string(), nameRu: z.string(), nameEn: z.string(), ...figures })),
  reasons: z.array(
    z.object({
      reasonId: z.number().int(),
      nameRu: z.string(),
      nameEn: z.string().nullable(),
      categoryNameRu: z.string(),
      categoryNameEn: z.string().nullable(),
      ...figures,
    }),
  ),
  months: z.array(z.object({ month: z.string(), ...figures })),
};

export const statsSchema = z
  .object({
    ...statsBody,
    districts: z.array(z.object({ districtId: z.string(), nameRu: z.string(), nameEn: z.string(), ...figures })),
  })
  .meta({ id: 'ReportStats' });

export const districtStatsSchema = z
  .object({ district: z.object({ id: z.string(), nameRu: z.string(), nameEn: z.string() }), ...statsBody })
  .meta({ id: 'DistrictReportStats' });

export const districtParamsSchema = z.object({ id: textId });
