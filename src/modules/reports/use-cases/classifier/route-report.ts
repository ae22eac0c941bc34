import type { Executor } from '../../../../core/db/client.js';
import { candidateRules } from '../../db/classifier-queries.js';
import { pickRule } from '../../domain/routing.js';

/**
 * The department a report of this reason in this district goes to: the most specific routing rule
 * (reason+district > reason > category+district > category > district > city); null when no rule
 * applies (the seed's city-wide fallback makes that impossible in the demo city).
 */
export async function routeReport(db: Executor, target: { reasonId: number; categoryId: number; districtId: string | null }): Promise<string | null> {
  const rules = await candidateRules(db, target.reasonId, target.categoryId);
  return pickRule(rules, target)?.departmentId ?? null;
}
