import type { Executor } from '../../../core/db/client.js';
import type { EntitySummary } from '../../../core/module/entities.js';
import type { ModuleContext } from '../../../core/module/module.js';
import { publicPeople, type PublicPerson } from '../../accounts/index.js';
import { flagStats, type CaseRow } from '../db/queries.js';
import type { FlagReason } from '../domain/case-rules.js';

/** A case with what moderators need to judge it: the content, its author, the flags' reasons and notes. */
export interface CaseView {
  row: CaseRow;
  summary: EntitySummary | null;
  author: PublicPerson | null;
  reasons: { reason: FlagReason; count: number }[];
  notes: string[];
}

/** Gathers the content summaries, authors and flag statistics of several cases in a few queries. */
export async function caseViews(ctx: ModuleContext, db: Executor, rows: CaseRow[], summaries?: Map<string, EntitySummary>): Promise<CaseView[]> {
  if (!rows.length) return [];
  const keys = rows.map((r) => ({ type: r.entityType, id: r.entityId }));
  const described = summaries ?? (await ctx.entities.describeMany(ctx.database.db, keys));
  const people = await publicPeople(
    db,
    rows.map((r) => r.authorId).filter((id): id is string => id !== null),
  );
  const stats = await flagStats(db, rows);
  return rows.map((row) => {
    const k = `${row.entityType}:${row.entityId}`;
    const s = stats.get(k);
    return {
      row,
      summary: described.get(k) ?? null,
      author: row.authorId ? (people.get(row.authorId) ?? null) : null,
      reasons: s?.reasons ?? [],
      notes: s?.notes ?? [],
    };
  });
}
