import { asc, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client.js';
import { cityBudgetLines, cityBudgets } from './schema.js';

export type CityBudgetRow = typeof cityBudgets.$inferSelect;
export type CityBudgetLineRow = typeof cityBudgetLines.$inferSelect;

/** Every imported budget year, newest first. */
export function listCityBudgets(db: Executor) {
  return db.select().from(cityBudgets).orderBy(desc(cityBudgets.year));
}

export async function findCityBudget(db: Executor, year: number): Promise<CityBudgetRow | undefined> {
  const [row] = await db.select().from(cityBudgets).where(eq(cityBudgets.year, year));
  return row;
}

export function cityBudgetLinesOf(db: Executor, year: number) {
  return db.select().from(cityBudgetLines).where(eq(cityBudgetLines.year, year)).orderBy(asc(cityBudgetLines.kind), asc(cityBudgetLines.code));
}
