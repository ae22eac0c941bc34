import type { z } from 'zod';
import { isOverdue } from '../domain/deadlines.js';
import type { PublicReportRow } from '../use-cases/public/public-reports.js';
import type { publicReportSummarySchema } from './public-data-schemas.js';

const excerptLength = 200;

/** The start of a description for lists: at most 200 characters, cut at a word where it can be. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= excerptLength) return flat;
  const cut = flat.slice(0, excerptLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > excerptLength * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A report in the public list: public facts and names only (no reporter, no extra fields). */
export function presentPublicSummary(r: PublicReportRow, now: Date): z.infer<typeof publicReportSummarySchema> {
  return {
    number: r.number,
    status: r.status,
    reasonId: r.reasonId,
    reasonNameRu: r.reasonNameRu,
    reasonNameEn: r.reasonNameEn,
    categoryId: r.categoryId,
    categoryNameRu: r.categoryNameRu,
    categoryNameEn: r.categoryNameEn,
    objectNameRu: r.objectNameRu,
    objectNameEn: r.objectNameEn,
    districtId: r.districtId,
    departmentId: r.departmentId,
    departmentNameRu: r.departmentNameRu,
    departmentNameEn: r.departmentNameEn,
    lat: r.lat,
    lon: r.lon,
    address: r.address,
    excerpt: excerptOf(r.description),
    createdAt: r.createdAt.toISOString(),
    resolutionDueAt: r.resolutionDueAt?.toISOString() ?? null,
    overdue: isOverdue(r, now),
    supportCount: r.supportCount,
    thumbUrl: r.photoId ? `/api/files/${r.photoId}/thumb` : null,
  };
}
