import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { pointBalances, pointEntries, pointLevels, pointRules } from '../db/schema.js';
import { defaultLevels, defaultPoints, pointActions, type Earning, type Level, type PointAction } from '../domain/points-rules.js';

/** Points per action now: administrators' rows over the defaults. */
export async function currentRules(db: Executor): Promise<Record<PointAction, number>> {
  const rows = await db.select().from(pointRules);
  const out = { ...defaultPoints };
  for (const r of rows) if ((pointActions as readonly string[]).includes(r.action)) out[r.action as PointAction] = r.points;
  return out;
}

/** The levels administrators set, or the defaults when they set none. */
export async function currentLevels(db: Executor): Promise<Level[]> {
  const rows = await db.select().from(pointLevels).orderBy(pointLevels.threshold);
  return rows.length ? rows.map((r) => ({ threshold: r.threshold, nameRu: r.nameRu, nameEn: r.nameEn })) : defaultLevels;
}

/**
 * Appends an earning to the ledger and, only when the entry is new, adds it to the balance and lifetime total —
 * in the caller's transaction. The once-index (user, action, source) makes a retried event add nothing.
 * Returns whether points were added.
 */
export async function appendEarning(tx: Executor, earning: Earning, points: number, note: string | null = null): Promise<boolean> {
  if (points <= 0) return false;
  const inserted = await tx
    .insert(pointEntries)
    .values({ userId: earning.userId, delta: points, action: earning.action, sourceType: earning.sourceType, sourceId: earning.sourceId, note })
    .onConflictDoNothing()
    .returning({ id: pointEntries.id });
  if (!inserted.length) return false;
  await creditBalance(tx, earning.userId, points, points);
  return true;
}

/** Adds to a balance (and to lifetime earnings), creating the row on first use. */
export async function creditBalance(tx: Executor, userId: string, balance: number, earned: number): Promise<void> {
  await tx
    .insert(pointBalances)
    .values({ userId, balance, earned })
    .onConflictDoUpdate({
      target: pointBalances.userId,
      set: { balance: sql`${pointBalances.balance} + ${balance}`, earned: sql`${pointBalances.earned} + ${earned}`, updatedAt: new Date() },
    });
}

/**
 * Locks a person's balance row for the rest of the transaction (creating it at 0 first), so spending and
 * adjustments by one person happen one after another. Returns the balance as locked.
 */
export async function lockBalance(tx: Executor, userId: string): Promise<{ balance: number; earned: number }> {
  await tx.insert(pointBalances).values({ userId }).onConflictDoNothing();
  const [row] = await tx
    .select({ balance: pointBalances.balance, earned: pointBalances.earned })
    .from(pointBalances)
    .where(eq(pointBalances.userId, userId))
    .for('update');
  return row!;
}

/** How many times an action earned for a person today (city time). */
export async function earnedToday(tx: Executor, userId: string, action: PointAction, timeZone: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(pointEntries)
    .where(
      and(
        eq(pointEntries.userId, userId),
        eq(pointEntries.action, action),
        sql`(${pointEntries.createdAt} at time zone ${timeZone})::date = (now() at time zone ${timeZone})::date`,
      ),
    );
  return row?.n ?? 0;
}
