import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { initiativeCoinitiators, initiativeHistory, initiativeRules, initiatives, initiativeSupports } from './schema.js';

export type InitiativeRow = typeof initiatives.$inferSelect;
export type InitiativeRuleRow = typeof initiativeRules.$inferSelect;

/** An initiative by its public number (locked for update when asked: every write to one goes through this lock). */
export async function findInitiativeByNumber(db: Executor, number: number, opts: { forUpdate?: boolean } = {}): Promise<InitiativeRow | undefined> {
  const q = db.select().from(initiatives).where(eq(initiatives.number, number));
  const [row] = opts.forUpdate ? await q.for('update') : await q;
  return row;
}

/** The co-initiators of an initiative, in the order they joined. */
export async function coinitiatorsOf(db: Executor, initiativeId: string): Promise<{ userId: string; joinedAt: Date }[]> {
  return db
    .select({ userId: initiativeCoinitiators.userId, joinedAt: initiativeCoinitiators.joinedAt })
    .from(initiativeCoinitiators)
    .where(eq(initiativeCoinitiators.initiativeId, initiativeId))
    .orderBy(asc(initiativeCoinitiators.joinedAt), asc(initiativeCoinitiators.userId));
}

/** The thresholds of a type in a scope (the migration inserts every pair; administrators change them). */
export async function ruleFor(db: Executor, type: InitiativeRow['type'], scope: InitiativeRow['scope']): Promise<InitiativeRuleRow | undefined> {
  const [row] = await db
    .select()
    .from(initiativeRules)
    .where(and(eq(initiativeRules.type, type), eq(initiativeRules.scope, scope)));
  return row;
}

/** Every rule, by scope then type. */
export function allRules(db: Executor): Promise<InitiativeRuleRow[]> {
  return db.select().from(initiativeRules).orderBy(asc(initiativeRules.scope), asc(initiativeRules.type));
}

/** The public timeline, oldest first. */
export function historyOf(db: Executor, initiativeId: string) {
  return db
    .select()
    .from(initiativeHistory)
    .where(eq(initiativeHistory.initiativeId, initiativeId))
    .orderBy(asc(initiativeHistory.at), asc(initiativeHistory.id));
}

/** Whether a person has supported an initiative. */
export async function hasSupported(db: Executor, initiativeId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: initiativeSupports.userId })
    .from(initiativeSupports)
    .where(and(eq(initiativeSupports.initiativeId, initiativeId), eq(initiativeSupports.userId, userId)));
  return !!row;
}

/** How many co-initiators each of several initiatives has, by id. */
export async function coinitiatorCounts(db: Executor, initiativeIds: string[]): Promise<Map<string, number>> {
  if (!initiativeIds.length) return new Map();
  const rows = await db
    .select({ id: initiativeCoinitiators.initiativeId, n: count() })
    .from(initiativeCoinitiators)
    .where(inArray(initiativeCoinitiators.initiativeId, initiativeIds))
    .groupBy(initiativeCoinitiators.initiativeId);
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}
