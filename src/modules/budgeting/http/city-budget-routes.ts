import type { App, ModuleContext } from '../../../core/module/module.js';
import type { CityBudgetRow } from '../db/city-budget-queries.js';
import { importCityBudget } from '../use-cases/city-budget/import-city-budget.js';
import { getCityBudget, listBudgetYears } from '../use-cases/city-budget/read-city-budget.js';
import { canImportCityBudget } from '../policy-works.js';
import * as s from './city-budget-schemas.js';

const presentYear = (b: CityBudgetRow) => ({
  year: b.year,
  title: b.title,
  population: b.population,
  illustrative: b.illustrative,
  source: b.source,
  importedAt: b.importedAt.toISOString(),
});

/** The budget for citizens: the city's revenues and expenditures, planned and executed, explained. */
export function cityBudgetRoutes(app: App, ctx: ModuleContext): void {
  // Who may call: anyone.
  app.get(
    '/api/city-budget',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['city-budget'],
        summary: 'The budget years there are (newest first); illustrative ones are marked',
        response: { 200: s.budgetYearsSchema },
      },
    },
    async () => ({
      items: (await listBudgetYears(ctx)).map(presentYear),
    }),
  );

  // Who may call: anyone.
  app.get(
    '/api/city-budget/:year',
    {
      config: { policy: 'public' },
      schema: {
        tags: ['city-budget'],
        summary: 'One budget year: totals, revenues, expenditure sections with subsections, programmes, districts, per resident (exact decimal strings)',
        params: s.yearParamsSchema,
        response: { 200: s.cityBudgetSchema },
      },
    },
    async (req) => {
      const { budget, sums } = await getCityBudget(ctx, req.params.year);
      return { ...presentYear(budget), ...sums };
    },
  );

  // Who may call: city administrators.
  app.post(
    '/api/admin/city-budget',
    {
      bodyLimit: s.maxBudgetCsvChars * 4 + 1024,
      config: { policy: canImportCityBudget },
      schema: {
        tags: ['city-budget'],
        summary: 'Import a budget year from the CSV format of docs/budget-csv.md (replaces that year atomically; 400 lists problems by line)',
        body: s.importBodySchema,
        response: { 200: s.importResultSchema },
      },
    },
    async (req) => importCityBudget(ctx, req.actor, req.body.csv),
  );
}
