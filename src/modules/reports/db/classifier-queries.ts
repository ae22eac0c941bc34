import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { queryRows, type Executor } from '../../../core/db/client.js';
import { departments } from '../../../core/city/schema.js';
import { classifierCategories, classifierObjects, classifierReasons, routingRules } from './schema.js';

/** A reason row as stored. */
export type ReasonRow = typeof classifierReasons.$inferSelect;
export type CategoryRow = typeof classifierCategories.$inferSelect;
export type ObjectRow = typeof classifierObjects.$inferSelect;
export type RoutingRuleRow = typeof routingRules.$inferSelect;

/** A reason with the names and state of its category and object (filing, cards, Open311). */
export type ReasonWithParents = ReasonRow & {
  category: { id: number; nameRu: string; nameEn: string | null; objectId: number; archived: boolean };
  object: { id: number; nameRu: string; nameEn: string | null; archived: boolean };
};

const parentColumns = {
  reason: classifierReasons,
  category: {
    id: classifierCategories.id,
    nameRu: classifierCategories.nameRu,
    nameEn: classifierCategories.nameEn,
    objectId: classifierCategories.objectId,
    archived: classifierCategories.archived,
  },
  object: { id: classifierObjects.id, nameRu: classifierObjects.nameRu, nameEn: classifierObjects.nameEn, archived: classifierObjects.archived },
};

function withParents() {
  return (db: Executor) =>
    db
      .select(parentColumns)
      .from(classifierReasons)
      .innerJoin(classifierCategories, eq(classifierCategories.id, classifierReasons.categoryId))
      .innerJoin(classifierObjects, eq(classifierObjects.id, classifierCategories.objectId));
}

const flatten = (r: { reason: ReasonRow; category: ReasonWithParents['category']; object: ReasonWithParents['object'] }): ReasonWithParents => ({
  ...r.reason,
  category: r.category,
  object: r.object,
});

/** One reason with its category and object, archived or not; undefined when there is no such id. */
export async function findReason(db: Executor, id: number): Promise<ReasonWithParents | undefined> {
  if (!Number.isSafeInteger(id)) return undefined;
  const [row] = await withParents()(db).where(eq(classifierReasons.id, id)).limit(1);
  return row ? flatten(row) : undefined;
}

/** Several reasons with their parents at once, by id. */
export async function findReasons(db: Executor, ids: number[]): Promise<Map<number, ReasonWithParents>> {
  const unique = [...new Set(ids)].filter(Number.isSafeInteger);
  if (!unique.length) return new Map();
  const rows = await withParents()(db).where(inArray(classifierReasons.id, unique));
  return new Map(rows.map((r) => [r.reason.id, flatten(r)]));
}

/** Whether a reason can be filed: neither it nor its category nor its object is archived. */
export function isReasonActive(r: Pick<ReasonWithParents, 'archived' | 'category' | 'object'>): boolean {
  return !r.archived && !r.category.archived && !r.object.archived;
}

/** Every reason that can be filed now (it, its category and its object not archived), in classifier order. */
export async function listActiveReasons(db: Executor): Promise<ReasonWithParents[]> {
  const rows = await withParents()(db)
    .where(and(eq(classifierReasons.archived, false), eq(classifierCategories.archived, false), eq(classifierObjects.archived, false)))
    .orderBy(
      asc(classifierObjects.position),
      asc(classifierObjects.id),
      asc(classifierCategories.position),
      asc(classifierCategories.id),
      asc(classifierReasons.id),
    );
  return rows.map(flatten);
}

/** Every reason with its parents (administrators' view and the classifier tree), in classifier order. */
export async function listAllReasons(db: Executor): Promise<ReasonWithParents[]> {
  const rows = await withParents()(db).orderBy(
    asc(classifierObjects.position),
    asc(classifierObjects.id),
    asc(classifierCategories.position),
    asc(classifierCategories.id),
    asc(classifierReasons.id),
  );
  return rows.map(flatten);
}

/** The routing rules that could apply to a reason in a category (reason-, category- or catch-all rules). */
export async function candidateRules(db: Executor, reasonId: number, categoryId: number): Promise<RoutingRuleRow[]> {
  // a retired department is never chosen: retiring is refused while rules point at it, and this join keeps a
  // rule added to it in the same moment (or left by hand in the database) from winning
  const rows = await db
    .select({ rule: routingRules })
    .from(routingRules)
    .innerJoin(departments, and(eq(departments.id, routingRules.departmentId), isNull(departments.retiredAt)))
    .where(
      or(eq(routingRules.reasonId, reasonId), and(isNull(routingRules.reasonId), or(eq(routingRules.categoryId, categoryId), isNull(routingRules.categoryId)))),
    );
  return rows.map((r) => r.rule);
}

/** Every object and category in classifier order (the tree's upper levels). */
export async function listObjectsAndCategories(db: Executor): Promise<{ objects: ObjectRow[]; categories: CategoryRow[] }> {
  const objects = await db.select().from(classifierObjects).orderBy(asc(classifierObjects.position), asc(classifierObjects.id));
  const categories = await db.select().from(classifierCategories).orderBy(asc(classifierCategories.position), asc(classifierCategories.id));
  return { objects, categories };
}

export async function findCategory(db: Executor, id: number): Promise<CategoryRow | undefined> {
  const [row] = await db.select().from(classifierCategories).where(eq(classifierCategories.id, id)).limit(1);
  return row;
}

export async function findObject(db: Executor, id: number): Promise<ObjectRow | undefined> {
  const [row] = await db.select().from(classifierObjects).where(eq(classifierObjects.id, id)).limit(1);
  return row;
}

/**
 * Active reasons matching to_tsquery('russian', …) texts over the reason's names (weight A) and
 * its category's and object's names and its help text (B), best first. Reasons that match `all`
 * come first; the rest match `any`. The rank adds, twice over, the match of the words as typed
 * (`exact`), so a reason that says «подъезд» outranks one found through a synonym. The documents are
 * built on the fly: a few hundred short texts take milliseconds, and no index must be kept in step.
 */
export async function searchActiveReasons(
  db: Executor,
  query: { all: string; any: string; exact: string },
  limit: number,
): Promise<{ id: number; rank: number; matchesAll: boolean }[]> {
  const rows = await queryRows<{ id: number; rank: number; matches_all: boolean }>(
    db,
    sql`select r.id, d.doc @@ q.all_words as matches_all, ts_rank(d.doc, q.any_word) + ts_rank(d.doc, q.all_words) + 2 * ts_rank(d.doc, q.exact) as rank
        from classifier_reasons r
        join classifier_categories c on c.id = r.category_id
        join classifier_objects o on o.id = c.object_id
        cross join (select to_tsquery('russian', ${query.all}) as all_words, to_tsquery('russian', ${query.any}) as any_word, to_tsquery('russian', ${query.exact}) as exact) q
        cross join lateral (
          select setweight(to_tsvector('russian', r.name_ru || ' ' || coalesce(r.name_en, '')), 'A')
              || setweight(to_tsvector('russian', c.name_ru || ' ' || o.name_ru || ' ' || coalesce(c.name_en, '') || ' ' || coalesce(o.name_en, '') || ' ' || r.help_text), 'B') as doc
        ) d
        where not r.archived and not c.archived and not o.archived and d.doc @@ q.any_word
        order by matches_all desc, rank desc, r.id
        limit ${limit}`,
  );
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank), matchesAll: r.matches_all }));
}
