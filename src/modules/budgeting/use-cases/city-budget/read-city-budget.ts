import { AppError } from '../../../../core/http/errors.js';
import type { ModuleContext } from '../../../../core/module/module.js';
import { cityBudgetLinesOf, findCityBudget, listCityBudgets } from '../../db/city-budget-queries.js';
import { budgetSums } from '../../domain/city-budget-sums.js';

/** The budget years there are, newest first. Anyone. */
export function listBudgetYears(ctx: ModuleContext) {
  return listCityBudgets(ctx.database.db);
}

/** One budget year explained: totals, revenues, sections with subsections, programmes, districts, per resident. Anyone. */
export async function getCityBudget(ctx: ModuleContext, year: number) {
  const db = ctx.database.db;
  const budget = await findCityBudget(db, year);
  if (!budget) throw new AppError(404, 'city_budget_not_found', { year });
  const lines = await cityBudgetLinesOf(db, year);
  return { budget, sums: budgetSums(lines, budget.population) };
}
