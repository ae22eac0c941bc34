import { desc, eq } from 'drizzle-orm';
import { t } from '../../../../core/i18n/i18n.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import type { OpenNowItem, OpenNowViewer } from '../../../../core/module/open-now.js';
import { reports } from '../../db/schema.js';
import { isOverdue } from '../../domain/deadlines.js';
import { publicConditions, selectPublicReports, type PublicReportRow } from './public-reports.js';

/** How many of the viewer's own reports and of their district's the home page shows (the lists have the rest). */
const mineLimit = 3;
const nearLimit = 4;

/**
 * Reports for the home page: a signed-in resident's own latest (any status, moderation included: they are theirs)
 * and the latest public reports of the viewer's district. Both read the public columns only — no reporter, no extra
 * fields — so nothing of another person leaves; "mine" differs from the public list only in which rows it takes.
 */
export async function reportsOpenNow(ctx: ModuleContext, viewer: OpenNowViewer): Promise<OpenNowItem[]> {
  const { lang, now } = viewer;
  const item = (section: 'mine' | 'near', r: PublicReportRow): OpenNowItem => ({
    section,
    kind: 'report',
    id: r.id,
    number: r.number,
    title: (lang === 'en' ? r.reasonNameEn : null) ?? r.reasonNameRu,
    path: `/reports/${r.number}`,
    districtIds: r.districtId ? [r.districtId] : [],
    status: r.status,
    statusText: t(lang, `report.status.${r.status}`),
    overdue: isOverdue(r, now),
    address: r.address,
    thumbUrl: r.photoId ? `/api/files/${r.photoId}/thumb` : null,
    // mine: when it last moved; near: when it was filed (the district's newest first, on its index)
    changedAt: section === 'mine' ? r.statusChangedAt : r.createdAt,
  });
  const out: OpenNowItem[] = [];
  if (viewer.actor.kind === 'user') {
    const mine = await selectPublicReports(ctx.database.db)
      .where(eq(reports.reporterId, viewer.actor.userId))
      .orderBy(desc(reports.createdAt))
      .limit(mineLimit);
    out.push(...mine.map((r) => item('mine', r)));
  }
  if (viewer.districtId) {
    const near = await selectPublicReports(ctx.database.db)
      .where(publicConditions({ districtId: viewer.districtId }))
      .orderBy(desc(reports.createdAt))
      .limit(nearLimit);
    out.push(...near.map((r) => item('near', r)));
  }
  return out;
}
