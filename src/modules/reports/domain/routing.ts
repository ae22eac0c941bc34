/** A routing rule as the picker needs it: null fields match anything. */
export interface RoutingRuleFacts {
  id: number;
  reasonId: number | null;
  categoryId: number | null;
  districtId: string | null;
  departmentId: string;
}

/** What is being routed: a reason (with its category) at a place in a district (null outside every district). */
export interface RoutingTarget {
  reasonId: number;
  categoryId: number;
  districtId: string | null;
}

/**
 * How specific a rule is, or -1 when it does not apply. Order (most specific first):
 * reason+district > reason > category+district > category > district > the whole city.
 */
export function ruleSpecificity(rule: RoutingRuleFacts, target: RoutingTarget): number {
  if (rule.reasonId !== null && rule.reasonId !== target.reasonId) return -1;
  if (rule.categoryId !== null && rule.categoryId !== target.categoryId) return -1;
  if (rule.districtId !== null && rule.districtId !== target.districtId) return -1;
  const subject = rule.reasonId !== null ? 2 : rule.categoryId !== null ? 1 : 0;
  return subject * 2 + (rule.districtId !== null ? 1 : 0);
}

/** The rule that decides where a report goes: the most specific applicable one (ties: the lowest id, i.e. the oldest). */
export function pickRule<R extends RoutingRuleFacts>(rules: readonly R[], target: RoutingTarget): R | undefined {
  let best: R | undefined;
  let bestScore = -1;
  for (const rule of rules) {
    const score = ruleSpecificity(rule, target);
    if (score > bestScore || (score === bestScore && score >= 0 && best && rule.id < best.id)) {
      best = rule;
      bestScore = score;
    }
  }
  return bestScore >= 0 ? best : undefined;
}
