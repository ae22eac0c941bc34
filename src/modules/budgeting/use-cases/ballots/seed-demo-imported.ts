import fs from 'node:fs';
import { eq } from 'drizzle-orm';
import type { ModuleContext, Progress } from '../../../../core/module/module.js';
import { pbCycles } from '../../db/schema.js';
import { importPb } from '../tally/import-pb.js';
import { fromRoot } from '../../../../core/paths.js';

/** Wieliczka's Green Budget 2023 (pabulib): the real election the Method of Equal Shares decided. */
export const demoImportFile = fromRoot('data', 'pabulib', 'poland_wieliczka_2023_green-budget.pb');
export const demoImportTitle = 'Пример из Pabulib: Величка (Польша), 2023 · Zielony Milion';
const demoImportDescription =
  'Пример из Pabulib, не бюджет Санкт-Петербурга. Настоящее голосование «Зелёного миллиона» гмины Величка (Польша) в 2023 году из открытого набора данных Pabulib (pabulib.org): 64 проекта, 6586 бюллетеней, победители по методу равных долей — так же, как их определил город. Деньги — в злотых.';

/**
 * A finished real election for the demo: Wieliczka 2023 imported with its official rule (equal shares, cost
 * utility, add1-full), so the demo shows results, explanations and a ballot file — titled and described as an
 * example from Pabulib (the web lists such cycles apart from the city's own). Idempotent (by title).
 */
export async function seedDemoImported(ctx: ModuleContext, progress: Progress): Promise<void> {
  const [done] = await ctx.database.db.select({ id: pbCycles.id }).from(pbCycles).where(eq(pbCycles.title, demoImportTitle));
  if (done) return;
  await importPb(
    ctx,
    fs.readFileSync(demoImportFile, 'utf8'),
    'poland_wieliczka_2023_green-budget.pb',
    { title: demoImportTitle, rule: 'equal-shares', utility: 'cost', completion: 'add1-full' },
    progress,
  );
  await ctx.database.db.update(pbCycles).set({ description: demoImportDescription }).where(eq(pbCycles.title, demoImportTitle));
}
