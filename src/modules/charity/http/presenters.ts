import { paymentDomain, progressPercent } from '../domain/charity.js';
import { causeImagePaths } from '../use-cases/cause-images.js';
import type { CauseRow, CauseView } from '../use-cases/causes.js';

/** A cause in the public list: no person, only the organisation and the amounts. */
export function presentSummary(row: CauseRow) {
  return {
    id: row.id,
    state: row.state,
    title: row.title,
    organisation: row.organisation,
    districtId: row.districtId,
    targetRubles: row.targetRubles,
    collectedRubles: row.collectedRubles,
    collectedOn: row.collectedOn,
    progressPercent: progressPercent(row.collectedRubles, row.targetRubles),
    pledgedPoints: row.pledgedPoints,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    image: row.imageFileId ? { ...causeImagePaths(row.id, row.imageFileId), alt: row.imageAlt ?? '' } : null,
  };
}

/** A cause's page: the one way to give (the link with its domain, or the bank details) and the reports in date order. */
export function presentView({ row, reports, group, canReport }: CauseView) {
  return {
    ...presentSummary(row),
    group,
    canReport,
    inn: row.inn,
    ogrn: row.ogrn,
    goal: row.goal,
    spending: row.spending,
    giving: {
      method: row.method,
      paymentUrl: row.method === 'link' ? row.paymentUrl : null,
      paymentDomain: row.method === 'link' && row.paymentUrl ? paymentDomain(row.paymentUrl) : null,
      bank:
        row.method === 'bank'
          ? {
              recipient: row.recipient ?? '',
              bankName: row.bankName ?? '',
              bik: row.bik ?? '',
              account: row.account ?? '',
              correspondentAccount: row.correspondentAccount ?? '',
              inn: row.inn,
            }
          : null,
    },
    reports: reports.map((r) => ({
      id: r.id,
      reportedOn: r.reportedOn,
      text: r.text,
      collectedRubles: r.collectedRubles,
      photos: r.photoFileIds.map((fileId) => causeImagePaths(row.id, fileId)),
    })),
    commentCount: row.commentCount,
    moderation: row.moderation,
  };
}
