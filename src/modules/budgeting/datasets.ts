import { eq } from 'drizzle-orm';
import { lastChange, type Dataset } from '../../core/module/datasets.js';
import type { ModuleContext } from '../../core/module/module.js';
import { cityBudgets, pbCycles, pbHeadings, pbResults, pbWorks } from './db/schema.js';
import { phaseAt } from './domain/phases.js';
import { canFindReceipt } from './policy-ballots.js';

/**
 * Budgeting's open data: the works being built, the city budget in figures, and the anonymised ballots of every
 * heading whose ballots are published (from its results phase on), one pabulib `.pb` file a heading.
 */
export async function budgetingDatasets(ctx: ModuleContext, now = new Date()): Promise<Dataset[]> {
  const db = ctx.database.db;
  const tallied = await db
    .select({ id: pbHeadings.id, title: pbHeadings.title, year: pbCycles.year, cycle: pbCycles, computedAt: pbResults.computedAt })
    .from(pbResults)
    .innerJoin(pbHeadings, eq(pbHeadings.id, pbResults.headingId))
    .innerJoin(pbCycles, eq(pbCycles.id, pbHeadings.cycleId))
    .orderBy(pbCycles.year, pbHeadings.title);
  const ballots: Dataset[] = tallied
    .filter((h) => canFindReceipt(phaseAt(h.cycle, now), true).allowed)
    .map((h) => ({
      id: `budgeting.ballots.${h.id}`,
      title: { ru: `Бюллетени «Твой бюджет» ${h.year}: ${h.title}`, en: `Your Budget ${h.year} ballots: ${h.title}` },
      description: {
        ru: 'Обезличенные бюллетени голосования (формат pabulib): по ним любой может пересчитать победителей (gorod pb compute). Голосовавшие названы хешами своих квитанций.',
        en: 'The vote’s anonymised ballots (pabulib format): anyone can recompute the winners from them (gorod pb compute). Voters are named by their receipts’ hashes.',
      },
      format: 'PB',
      path: `/api/budgeting/headings/${h.id}/ballots.pb`,
      licence: 'CC-BY-4.0',
      schema: { description: { ru: 'Формат pabulib: https://pabulib.org/format', en: 'The pabulib format: https://pabulib.org/format' } },
      updatedAt: h.computedAt,
    }));
  return [
    {
      id: 'budgeting.works',
      title: { ru: 'Работы по проектам-победителям', en: 'Works on the winning projects' },
      description: {
        ru: 'Что строится по итогам «Твоего бюджета»: этап, процент готовности, потраченные деньги, исполнитель.',
        en: 'What is being built after Your Budget: the stage, progress, money spent, the department.',
      },
      format: 'JSON',
      path: '/api/budgeting/works',
      licence: 'CC-BY-4.0',
      schema: { component: 'BudgetingWorkList' },
      updatedAt: await lastChange(db, pbWorks.updatedAt),
    },
    {
      id: 'budgeting.city-budget',
      title: { ru: 'Бюджет города', en: 'The city budget' },
      description: {
        ru: 'Доходы и расходы городского бюджета по годам и статьям, как их опубликовал город.',
        en: 'The city budget’s income and spending by year and line, as the city published them.',
      },
      format: 'JSON',
      path: '/api/city-budget',
      licence: 'CC-BY-4.0',
      schema: { component: 'CityBudgetYearList' },
      updatedAt: await lastChange(db, cityBudgets.importedAt),
    },
    ...ballots,
  ];
}
