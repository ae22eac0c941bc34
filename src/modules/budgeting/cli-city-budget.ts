import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import { t } from '../../core/i18n/i18n.js';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/city-budget/import-city-budget.js');

/** `gorod budget import FILE.csv`: progress and problems (by line) on stderr, the summary as JSON on stdout. */
export const cityBudgetCli: CliCommand[] = [
  {
    name: 'budget import <file>',
    description: 'Import a year of the city budget from CSV (format: docs/budget-csv.md); replaces that year atomically; problems are listed by line number',
    async run(ctx, args, _opts, progress) {
      const { importCityBudget, readBudgetFile } = await useCases();
      const file = path.resolve(args[0]!);
      try {
        const summary = await importCityBudget(ctx, 'system', readBudgetFile(file), progress);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } catch (err) {
        if (err instanceof AppError && err.code === 'city_budget_invalid') {
          for (const [line, f] of Object.entries(err.fields)) progress(`${path.basename(file)}, ${line}: ${t('en', f.key, f.params ?? {})}`);
          // the fields were printed one per line above; the closing message needs only the count
          throw new AppError(err.status, err.code, err.params);
        }
        throw err;
      }
    },
  },
];
