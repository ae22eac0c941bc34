import fs from 'node:fs';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { findCityBudget } from '../../db/city-budget-queries.js';
import { importCityBudget } from './import-city-budget.js';
import { fromRoot } from '../../../../core/paths.js';

/** The demo city's budget: made-up figures with plausible magnitudes, marked illustrative in the file. */
export const demoBudgetFile = fromRoot('data', 'city-budget-demo.csv');
const demoBudgetYear = 2025;

/** Imports the illustrative budget once (idempotent: a year already there is kept). */
export async function seedDemoCityBudget(ctx: ModuleContext, progress: Progress): Promise<void> {
  if (await findCityBudget(ctx.database.db, demoBudgetYear)) return;
  const summary = await importCityBudget(ctx, 'system', fs.readFileSync(demoBudgetFile, 'utf8'));
  progress(`City budget ${summary.year} (illustrative): ${summary.revenueLines + summary.expenditureLines} lines`);
}
