import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '../../../../core/auth/actor.js';
import { authorize } from '../../../../core/auth/authorize.js';
import { appendAudit } from '../../../../core/audit/audit.js';
import { departments, districts } from '../../../../core/city/schema.js';
import type { Executor } from '../../../../core/db/client.js';
import { isUniqueViolation } from '../../../../core/db/errors.js';
import { AppError, fieldError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { findCategory, findReason, type RoutingRuleRow } from '../../db/classifier-queries.js';
import { classifierCategories, classifierReasons, routingRules } from '../../db/schema.js';
import { canEditClassifier } from '../../policy-classifier.js';
import { routeReport } from './route-report.js';

/** A routing rule with the names of what it refers to (the administrators' list). */
export type RoutingRuleView = RoutingRuleRow & {
  reasonNameRu: string | null;
  categoryNameRu: string | null;
  districtNameRu: string | null;
  departmentNameRu: string;
};

export interface RuleFilter {
  departmentId?: string | undefined;
  districtId?: string | undefined;
  reasonId?: number | undefined;
  categoryId?: number | undefined;
}

/** Administrators list routing rules (optionally by department, district, reason or category), general ones first. */
export async function listRoutingRules(ctx: ModuleContext, actor: Actor, filter: RuleFilter): Promise<RoutingRuleView[]> {
  authorize(actor, canEditClassifier(actor));
  const where: SQL[] = [];
  if (filter.departmentId) where.push(eq(routingRules.departmentId, filter.departmentId));
  if (filter.districtId) where.push(eq(routingRules.districtId, filter.districtId));
  if (filter.reasonId) where.push(eq(routingRules.reasonId, filter.reasonId));
  if (filter.categoryId) where.push(eq(routingRules.categoryId, filter.categoryId));
  const rows = await ctx.database.db
    .select({
      rule: routingRules,
      reasonNameRu: classifierReasons.nameRu,
      categoryNameRu: classifierCategories.nameRu,
      districtNameRu: districts.nameRu,
      departmentNameRu: departments.nameRu,
    })
    .from(routingRules)
    .innerJoin(departments, eq(departments.id, routingRules.departmentId))
    .leftJoin(classifierReasons, eq(classifierReasons.id, routingRules.reasonId))
    .leftJoin(classifierCategories, eq(classifierCategories.id, routingRules.categoryId))
    .leftJoin(districts, eq(districts.id, routingRules.districtId))
    .where(and(...where))
    .orderBy(
      sql`${routingRules.reasonId} nulls first`,
      sql`${routingRules.categoryId} nulls first`,
      sql`${routingRules.districtId} nulls first`,
      asc(routingRules.id),
    );
  return rows.map((r) => ({
    ...r.rule,
    reasonNameRu: r.reasonNameRu,
    categoryNameRu: r.categoryNameRu,
    districtNameRu: r.districtNameRu,
    departmentNameRu: r.departmentNameRu,
  }));
}

async function exists(tx: Executor, table: typeof departments | typeof districts, id: string): Promise<boolean> {
  const rows = await tx.select({ id: table.id }).from(table).where(eq(table.id, id)).limit(1);
  return rows.length > 0;
}

/**
 * Administrators add a rule: (a reason or a category or anything) × (a district or the whole city)
 * → a department. Unknown references are 400s naming the field; the same scope twice is a 409.
 */
export async function createRoutingRule(
  ctx: ModuleContext,
  actor: Actor,
  input: { reasonId?: number | null | undefined; categoryId?: number | null | undefined; districtId?: string | null | undefined; departmentId: string },
): Promise<RoutingRuleRow> {
  authorize(actor, canEditClassifier(actor));
  const rule = {
    reasonId: input.reasonId ?? null,
    categoryId: input.categoryId ?? null,
    districtId: input.districtId ?? null,
    departmentId: input.departmentId,
  };
  try {
    return await ctx.database.db.transaction(async (tx) => {
      const [department] = await tx.select({ retiredAt: departments.retiredAt }).from(departments).where(eq(departments.id, rule.departmentId)).limit(1);
      if (!department) throw fieldError('departmentId', 'field.routing_unknown_department');
      if (department.retiredAt) throw fieldError('departmentId', 'field.routing_retired_department');
      if (rule.districtId && !(await exists(tx, districts, rule.districtId))) throw fieldError('districtId', 'field.routing_unknown_district');
      if (rule.reasonId && !(await findReason(tx, rule.reasonId))) throw fieldError('reasonId', 'field.routing_unknown_reason');
      if (rule.categoryId && !(await findCategory(tx, rule.categoryId))) throw fieldError('categoryId', 'field.routing_unknown_category');
      const same = await tx
        .select({ id: routingRules.id })
        .from(routingRules)
        .where(
          and(
            rule.reasonId ? eq(routingRules.reasonId, rule.reasonId) : isNull(routingRules.reasonId),
            rule.categoryId ? eq(routingRules.categoryId, rule.categoryId) : isNull(routingRules.categoryId),
            rule.districtId ? eq(routingRules.districtId, rule.districtId) : isNull(routingRules.districtId),
          ),
        )
        .limit(1);
      if (same.length) throw new AppError(409, 'routing_rule_exists', { id: same[0]!.id });
      const [row] = await tx.insert(routingRules).values(rule).returning();
      await appendAudit(tx, {
        actorId: actor.userId,
        action: 'routing_rule.created',
        subjectType: 'routing_rule',
        subjectId: String(row!.id),
        data: { ...rule },
      });
      return row!;
    });
  } catch (err) {
    // two administrators adding the same rule at once: the unique index decides
    if (isUniqueViolation(err)) throw new AppError(409, 'routing_rule_exists', { id: '' });
    throw err;
  }
}

/** Administrators remove a rule; audited with what it was. */
export async function deleteRoutingRule(ctx: ModuleContext, actor: Actor, id: number): Promise<void> {
  authorize(actor, canEditClassifier(actor));
  await ctx.database.db.transaction(async (tx) => {
    const [row] = await tx.delete(routingRules).where(eq(routingRules.id, id)).returning();
    if (!row) throw new AppError(404, 'routing_rule_not_found');
    await appendAudit(tx, {
      actorId: actor.userId,
      action: 'routing_rule.deleted',
      subjectType: 'routing_rule',
      subjectId: String(id),
      data: { reasonId: row.reasonId, categoryId: row.categoryId, districtId: row.districtId, departmentId: row.departmentId },
    });
  });
}

/** Where a report of this reason in this district would go (anyone may ask: the filing form shows it). */
export async function resolveRouting(ctx: ModuleContext, reasonId: number, districtId: string | null) {
  const db = ctx.database.db;
  const reason = await findReason(db, reasonId);
  if (!reason) throw new AppError(404, 'reason_not_found');
  if (districtId && !(await exists(db, districts, districtId))) throw fieldError('districtId', 'field.routing_unknown_district');
  const departmentId = await routeReport(db, { reasonId, categoryId: reason.categoryId, districtId });
  if (!departmentId) return null;
  const [d] = await db.select().from(departments).where(eq(departments.id, departmentId)).limit(1);
  return d ? { id: d.id, nameRu: d.nameRu, nameEn: d.nameEn, kind: d.kind, districtId: d.districtId } : null;
}
