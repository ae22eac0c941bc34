import { and, eq, inArray } from 'drizzle-orm';
import type { EntityKind, EntityRegistry, EntitySummary } from '../../../../core/module/entities.js';
import type { Executor } from '../../../../core/db/client.js';
import { applyCellDelta } from '../../db/cells.js';
import { countReportComments, findReportByNumber, firstPhotos, reasonNames, type ReportRow } from '../../db/report-queries.js';
import { reports, reportSupports } from '../../db/schema.js';
import { isPublicReport, reportPath, reportTitles } from '../../domain/report-rules.js';
import { canCommentOnReport, canReadReport } from '../../policy.js';
import { factsOf, reportType } from './common.js';

const parseNumber = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : null);

async function summaries(db: Executor, rows: ReportRow[]): Promise<Map<string, EntitySummary>> {
  const names = await reasonNames(
    db,
    rows.map((r) => r.reasonId),
  );
  const thumbs = await firstPhotos(
    db,
    rows.filter(isPublicReport).map((r) => r.id),
  );
  return new Map(
    rows.map((r) => {
      const thumb = thumbs.get(r.id);
      return [
        String(r.number),
        {
          type: reportType,
          id: String(r.number),
          ...reportTitles(r.number, names.get(r.reasonId) ?? { nameRu: '' }),
          excerpt: r.description.length > 300 ? `${r.description.slice(0, 299)}…` : r.description,
          path: reportPath(r.number),
          // reports are public without names: no author is named anywhere
          authorId: null,
          visible: isPublicReport(r),
          districtId: r.districtId,
          createdAt: r.createdAt,
          imagePath: thumb ? `/api/files/${thumb}` : null,
        },
      ];
    }),
  );
}

/**
 * The `report` entity kind (id: the public number): it hosts comments (signed-in people, while the
 * report is public; no stance) and keeps their count, can be flagged and hidden by community moderation (a hidden report
 * leaves the map grid), and has a shareable page. Reports are not signed publicly, so no profile
 * lists them.
 */
export function reportEntities(_registry: EntityRegistry): EntityKind[] {
  return [
    {
      type: reportType,
      pagePath: '/reports/:id',

      async describe(db, ids) {
        const numbers = ids.map(parseNumber).filter((n): n is number => n !== null);
        if (!numbers.length) return new Map();
        return summaries(db, await db.select().from(reports).where(inArray(reports.number, numbers)));
      },

      async commentRules(db, id, actor) {
        const n = parseNumber(id);
        const row = n === null ? undefined : await findReportByNumber(db, n);
        if (!row || !canReadReport(actor, factsOf(row)).allowed) return null;
        const names = (await reasonNames(db, [row.reasonId])).get(row.reasonId);
        return {
          decision: canCommentOnReport(actor, factsOf(row)),
          stance: false,
          ...reportTitles(row.number, names ?? { nameRu: '' }),
          path: reportPath(row.number),
          commentCount: row.commentCount,
        };
      },

      async onCommentsChanged(tx, id, change) {
        const n = parseNumber(id);
        if (n !== null) await countReportComments(tx, n, change.delta);
      },

      async setModeration(tx, id, state, reason) {
        const n = parseNumber(id);
        const row = n === null ? undefined : await findReportByNumber(tx, n, { forUpdate: true });
        if (!row) return false;
        if (row.moderation === state && row.moderationReason === reason) return true;
        await tx.update(reports).set({ moderation: state, moderationReason: reason }).where(eq(reports.id, row.id));
        // the map grid counts visible reports only
        const wasVisible = row.moderation === 'visible';
        const isVisible = state === 'visible';
        if (wasVisible !== isVisible) {
          const names = (await reasonNames(tx, [row.reasonId])).get(row.reasonId)!;
          await applyCellDelta(
            tx,
            { lat: row.lat, lon: row.lon, status: row.status, categoryId: names.categoryId, createdAt: row.createdAt },
            isVisible ? 1 : -1,
          );
        }
        return true;
      },

      async authoredBy() {
        return [];
      },

      // an answer promising later work is the source of a commitment: its reporter and supporters may dispute the delivery
      async tookPart(db, id, userId) {
        const n = parseNumber(id);
        const row = n === null ? undefined : await findReportByNumber(db, n);
        if (!row) return false;
        if (row.reporterId === userId) return true;
        const [support] = await db
          .select({ userId: reportSupports.userId })
          .from(reportSupports)
          .where(and(eq(reportSupports.reportId, row.id), eq(reportSupports.userId, userId)));
        return !!support;
      },
    },
  ];
}
