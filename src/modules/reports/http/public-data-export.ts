import { writeCsv } from '../../../core/csv/csv.js';
import { isOverdue } from '../domain/deadlines.js';
import type { PublicReportRow } from '../use-cases/public/public-reports.js';

/**
 * The open-data record of a report: public facts only. Left out on purpose: the reporter, the
 * extra fields (the phone and an API client's contact live there; entrance and apartment point at
 * a household), the API key, moderation notes. The description is what the public card shows.
 */
export function openDataRecord(r: PublicReportRow, now: Date, publicUrl: string) {
  return {
    number: r.number,
    url: `${publicUrl}/reports/${r.number}`,
    created_at: r.createdAt.toISOString(),
    status: r.status,
    status_changed_at: r.statusChangedAt.toISOString(),
    object: r.objectNameRu,
    category_id: r.categoryId,
    category: r.categoryNameRu,
    reason_id: r.reasonId,
    reason: r.reasonNameRu,
    district_id: r.districtId,
    department_id: r.departmentId,
    department: r.departmentNameRu,
    lat: r.lat,
    lon: r.lon,
    address: r.address,
    description: r.description,
    resolution_due_at: r.resolutionDueAt?.toISOString() ?? null,
    overdue: isOverdue(r, now),
    answer_published_at: r.answerPublishedAt?.toISOString() ?? null,
    closed_at: r.closedAt?.toISOString() ?? null,
    support_count: r.supportCount,
    source: r.source,
  };
}

export type OpenDataRecord = ReturnType<typeof openDataRecord>;

/** The CSV columns, in order. */
export const openDataColumns = Object.freeze([
  'number',
  'url',
  'created_at',
  'status',
  'status_changed_at',
  'object',
  'category_id',
  'category',
  'reason_id',
  'reason',
  'district_id',
  'department_id',
  'department',
  'lat',
  'lon',
  'address',
  'description',
  'resolution_due_at',
  'overdue',
  'answer_published_at',
  'closed_at',
  'support_count',
  'source',
] as const satisfies readonly (keyof OpenDataRecord)[]);

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; text that would start a spreadsheet formula gets a leading apostrophe (CSV injection). */
export function csvField(value: string | number | boolean | null): string {
  return writeCsv([[value]]).slice(0, -2);
}

/** The CSV header line. */
export const csvHeader = writeCsv([openDataColumns]);

/** CSV lines of records, each ended by CRLF (free text made spreadsheet-safe by the core writer). */
export function csvLines(recs: readonly OpenDataRecord[]): string {
  return writeCsv(recs.map((rec) => openDataColumns.map((c) => rec[c])));
}

/** One CSV line of a record. */
export function csvLine(rec: OpenDataRecord): string {
  return csvLines([rec]);
}

/** One GeoJSON feature of a record: a point at [lon, lat] with the record as properties. */
export function geoJsonFeature(rec: OpenDataRecord): string {
  return JSON.stringify({ type: 'Feature', id: rec.number, geometry: { type: 'Point', coordinates: [rec.lon, rec.lat] }, properties: rec });
}
