import { z } from 'zod';

export const yearParamsSchema = z.object({ year: z.coerce.number().int().min(1990).max(2100) });

/** The most a budget file may weigh when uploaded (the CLI takes any size). */
export const maxBudgetCsvChars = 5_000_000;
export const importBodySchema = z.strictObject({ csv: z.string().min(1).max(maxBudgetCsvChars) });

const budgetYearSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    population: z.number().int(),
    illustrative: z.boolean(),
    source: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: 'CityBudgetYear' });
export const budgetYearsSchema = z.object({ items: z.array(budgetYearSchema) }).meta({ id: 'CityBudgetYearList' });

const amounts = { planned: z.string(), executed: z.string() };
const named = z.object({
  code: z.string(),
  nameRu: z.string(),
  nameEn: z.string().nullable(),
  explanationRu: z.string().nullable(),
  explanationEn: z.string().nullable(),
  ...amounts,
});
const totals = z.object({ ...amounts, plannedPerResident: z.string(), executedPerResident: z.string() });

/** Money is exact: decimal strings in roubles with kopecks. */
export const cityBudgetSchema = budgetYearSchema
  .extend({
    revenue: totals,
    expenditure: totals,
    balancePlanned: z.string(),
    revenues: z.array(named),
    sections: z.array(named.extend({ plannedPerResident: z.string(), items: z.array(named) })),
    programmes: z.array(z.object({ name: z.string(), ...amounts })),
    districts: z.array(z.object({ districtId: z.string(), ...amounts })),
  })
  .meta({ id: 'CityBudget' });

export const importResultSchema = z
  .object({
    year: z.number().int(),
    title: z.string(),
    illustrative: z.boolean(),
    revenueLines: z.number().int(),
    expenditureLines: z.number().int(),
    replaced: z.boolean(),
  })
  .meta({ id: 'CityBudgetImportResult' });
