import type { RatingRow } from '../db/rating-queries.js';
import { t, type Language } from '../../../core/i18n/i18n.js';
import { isOverdue } from '../domain/deadlines.js';
import { actionSegment } from '../domain/lifecycle.js';
import { publicExtra } from '../domain/report-rules.js';
import type { ReasonNames } from '../db/report-queries.js';
import type { ReportCardView, ReportListItem } from '../use-cases/reports/read-reports.js';

/** Where a stored photo and its preview are served. */
export const fileUrl = (id: string) => `/api/files/${id}`;
export const thumbUrl = (id: string) => `/api/files/${id}/thumb`;
const photo = (id: string, size?: { width: number; height: number }) => ({
  id,
  url: fileUrl(id),
  thumbUrl: thumbUrl(id),
  ...(size ? { width: size.width, height: size.height } : {}),
});

const iso = (d: Date | null) => d?.toISOString() ?? null;
const excerpt = (text: string, max = 200) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

const reasonOf = (n: ReasonNames) => ({ id: n.reasonId, nameRu: n.nameRu, nameEn: n.nameEn });
const categoryOf = (n: ReasonNames) => ({ id: n.categoryId, nameRu: n.categoryNameRu, nameEn: n.categoryNameEn });

/** A line of a list: public facts only (assignee for the staff lists). */
export function presentSummary(item: ReportListItem, lang: Language, opts: { staff?: boolean } = {}, now = new Date()) {
  const r = item.row;
  return {
    number: r.number,
    status: r.status,
    statusText: t(lang, `report.status.${r.status}`),
    reason: reasonOf(item.names),
    category: categoryOf(item.names),
    districtId: r.districtId,
    departmentId: r.departmentId,
    lat: r.lat,
    lon: r.lon,
    address: r.address,
    excerpt: excerpt(r.description),
    thumbUrl: item.thumbFileId ? thumbUrl(item.thumbFileId) : null,
    dueAt: iso(r.dueAt),
    overdue: isOverdue(r, now),
    supportCount: r.supportCount,
    createdAt: r.createdAt.toISOString(),
    ...(item.distanceMeters !== undefined ? { distanceMeters: item.distanceMeters } : {}),
    ...(opts.staff ? { assigneeId: r.assigneeId } : {}),
  };
}

/** The public card: never the reporter's identity; personal extra fields only for those who work on it. */
export function presentCard(v: ReportCardView, lang: Language, now = new Date()) {
  const r = v.row;
  const sizes = new Map(v.photos.map((p) => [p.fileId, p]));
  const answerShown = r.answerText !== null && (r.answerPublishedAt !== null || v.staff) && r.status !== 'in_progress' && r.status !== 'sent';
  return {
    number: r.number,
    status: r.status,
    statusText: t(lang, `report.status.${r.status}`),
    source: r.source,
    reporter: t(lang, 'report.resident'),
    reason: reasonOf(v.names),
    category: categoryOf(v.names),
    object: { id: v.names.objectId, nameRu: v.names.objectNameRu, nameEn: v.names.objectNameEn },
    district: v.district,
    department: v.department,
    lat: r.lat,
    lon: r.lon,
    address: r.address,
    description: r.description,
    extra: v.showPrivate ? r.extra : publicExtra(r.extra),
    mediaUrl: r.mediaUrl,
    photos: v.photos.filter((p) => p.stage === 'report').map((p) => photo(p.fileId, p)),
    answer: answerShown
      ? {
          text: r.answerText!,
          answeredAt: iso(r.answeredAt),
          publishedAt: iso(r.answerPublishedAt),
          dueOn: r.answerDueOn,
          photos: v.photos.filter((p) => p.stage === 'answer').map((p) => photo(p.fileId, p)),
        }
      : null,
    rejection: v.rejection ? { reason: lang === 'en' ? v.rejection.textEn : v.rejection.textRu, note: v.rejection.note } : null,
    duplicateOf: v.duplicateOf,
    dueAt: iso(r.dueAt),
    resolutionDueAt: iso(r.resolutionDueAt),
    overdue: isOverdue(r, now),
    overdueAt: iso(r.overdueAt),
    closedAt: iso(r.closedAt),
    closedHow: r.closedHow,
    reopenCount: r.reopenCount,
    supportCount: r.supportCount,
    supported: v.supported,
    canSupport: v.canSupport,
    mine: v.mine,
    actions: v.actions.map(actionSegment),
    canConfirm: v.actions.includes('confirm'),
    canDispute: v.actions.includes('dispute'),
    assigneeId: v.staff ? r.assigneeId : null,
    moderation: r.moderation,
    history: v.history.map((h) => ({
      at: h.at.toISOString(),
      action: h.action,
      actorRole: h.actorRole,
      fromStatus: h.fromStatus,
      toStatus: h.toStatus,
      department: h.department,
      note: h.note,
      photos: h.photoIds.map((id) => photo(id, sizes.get(id))),
      data: h.data,
    })),
    createdAt: r.createdAt.toISOString(),
    statusChangedAt: r.statusChangedAt.toISOString(),
  };
}

/** A rating without the person who gave it. */
export function presentRating(r: RatingRow) {
  return { outcome: r.outcome, quality: r.quality, note: r.note, role: r.role, createdAt: r.createdAt.toISOString() };
}
