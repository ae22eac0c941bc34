import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import { t } from '../../core/i18n/i18n.js';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const population = () => import('./use-cases/population.js');
const participation = () => import('./use-cases/participation.js');

/** `gorod population import FILE.csv` and `gorod statistics refresh`: progress and problems (by line) on stderr. */
export const statisticsCli: CliCommand[] = [
  {
    name: 'population import <file>',
    description:
      'Import district populations from CSV (district,population,year,source,note; format: docs/population-csv.md): all or nothing, problems listed by line number',
    async run(ctx, args, _opts, progress) {
      const { importPopulation } = await population();
      const file = path.resolve(args[0]!);
      let text: string;
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new AppError(400, 'population_file_missing', { file, details: (err as NodeJS.ErrnoException).code ?? String(err) });
      }
      try {
        const summary = await importPopulation(ctx, 'system', text, progress);
        await (await participation()).refreshParticipation(ctx);
        process.stdout.write(`${JSON.stringify(summary)}\n`);
      } catch (err) {
        if (err instanceof AppError && err.code === 'population_invalid') {
          for (const [line, f] of Object.entries(err.fields)) progress(`${path.basename(file)}, ${line}: ${t('en', f.key, f.params ?? {})}`);
          throw new AppError(err.status, err.code, err.params);
        }
        throw err;
      }
    },
  },
  {
    name: 'statistics refresh',
    description: 'Recount the participation statistics now (the server does it every ten minutes)',
    async run(ctx, _args, _opts, progress) {
      const started = Date.now();
      const snapshot = await (await participation()).refreshParticipation(ctx);
      progress(`Counted ${snapshot.measures.length} measures and ${snapshot.active.length} months in ${Date.now() - started} ms`);
    },
  },
];
