import { inArray } from 'drizzle-orm';
import type { SearchKind } from '../../../../core/module/search.js';
import { searchIdsAfter, searchNumber } from '../../../../core/search/pages.js';
import { reasonNames } from '../../db/report-queries.js';
import { reports } from '../../db/schema.js';
import { isOpenStatus, isPublicReport, reportPath, reportTitles } from '../../domain/report-rules.js';
import { reportType } from './common.js';

/**
 * Reports in the city-wide search (id: the public number): public ones by their reason in both languages, the
 * resident's description, the address and the department's published answer; never the reporter.
 */
export const reportSearch: SearchKind = {
  kind: reportType,
  ids: (db, after, limit) => searchIdsAfter(db, reports, reports.number, after, limit),
  async documents(db, ids) {
    const numbers = ids.map(searchNumber).filter((n): n is number => n !== null);
    if (numbers.length === 0) return [];
    const rows = await db
      .select({
        number: reports.number,
        reasonId: reports.reasonId,
        districtId: reports.districtId,
        address: reports.address,
        description: reports.description,
        answerText: reports.answerText,
        answerPublishedAt: reports.answerPublishedAt,
        status: reports.status,
        moderation: reports.moderation,
        createdAt: reports.createdAt,
      })
      .from(reports)
      .where(inArray(reports.number, numbers));
    const names = await reasonNames(
      db,
      rows.map((r) => r.reasonId),
    );
    return rows.map((r) => {
      const reason = names.get(r.reasonId) ?? { nameRu: '' };
      const titles = reportTitles(r.number, reason);
      return {
        id: String(r.number),
        ...titles,
        body: [r.description, r.address ?? '', r.answerPublishedAt ? (r.answerText ?? '') : ''].join('\n'),
        districtId: r.districtId,
        status: isOpenStatus(r.status) ? ('open' as const) : ('closed' as const),
        date: r.createdAt,
        path: reportPath(r.number),
        visible: isPublicReport(r),
      };
    });
  },
};
