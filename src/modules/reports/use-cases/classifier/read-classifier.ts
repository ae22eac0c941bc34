import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { localDay } from '../../../../core/time/calendar.js';
import {
  findReason,
  findReasons,
  listAllReasons,
  listObjectsAndCategories,
  searchActiveReasons,
  type CategoryRow,
  type ObjectRow,
  type ReasonWithParents,
} from '../../db/classifier-queries.js';
import { classifierTsQuery } from '../../domain/classifier-search.js';
import { canReadClassifier } from '../../policy-classifier.js';

/** Today in the city, for season windows. */
export const cityToday = (ctx: ModuleContext): string => localDay(new Date(), ctx.config.cityTimezone);

export interface ClassifierTree {
  objects: (ObjectRow & { categories: (CategoryRow & { reasons: ReasonWithParents[] })[] })[];
}

/**
 * The classifier as a tree. Anyone gets the active part (archived objects, categories and
 * reasons left out, and empty branches too); administrators may ask for everything (`all`).
 */
export async function getClassifierTree(ctx: ModuleContext, actor: Actor, all: boolean): Promise<ClassifierTree> {
  authorize(actor, canReadClassifier(actor, { all }));
  const db = ctx.database.db;
  const { objects, categories } = await listObjectsAndCategories(db);
  const reasons = await listAllReasons(db);
  const byCategory = new Map<number, ReasonWithParents[]>();
  for (const r of reasons) {
    if (!all && r.archived) continue;
    const list = byCategory.get(r.categoryId) ?? [];
    list.push(r);
    byCategory.set(r.categoryId, list);
  }
  const tree = objects
    .filter((o) => all || !o.archived)
    .map((o) => ({
      ...o,
      categories: categories
        .filter((c) => c.objectId === o.id && (all || !c.archived))
        .map((c) => ({ ...c, reasons: byCategory.get(c.id) ?? [] }))
        .filter((c) => all || c.reasons.length > 0),
    }))
    .filter((o) => all || o.categories.length > 0);
  return { objects: tree };
}

/** One reason with its category and object (archived ones too: old reports show them); 404 when unknown. */
export async function getReasonDetails(ctx: ModuleContext, id: number): Promise<ReasonWithParents> {
  const reason = await findReason(ctx.database.db, id);
  if (!reason) throw new AppError(404, 'reason_not_found');
  return reason;
}

/**
 * Active reasons matching a resident's words (Russian stemming, synonyms, the last word as a
 * prefix), best first: those with every word, or, when none has them all, those with some.
 */
export async function searchReasons(ctx: ModuleContext, q: string, limit: number): Promise<{ reason: ReasonWithParents; rank: number }[]> {
  const tsquery = classifierTsQuery(q);
  if (!tsquery) return [];
  const db = ctx.database.db;
  const found = await searchActiveReasons(db, tsquery, limit);
  // reasons with every word when there are any; otherwise those with some of them
  const hits = found.some((h) => h.matchesAll) ? found.filter((h) => h.matchesAll) : found;
  const reasons = await findReasons(
    db,
    hits.map((h) => h.id),
  );
  return hits.flatMap((h) => {
    const reason = reasons.get(h.id);
    return reason ? [{ reason, rank: h.rank }] : [];
  });
}
