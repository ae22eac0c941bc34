import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import type { CliCommand } from '../../core/module/module.js';
import { completions, computePb, rules, utilities } from './use-cases/compute-pb.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/tally/import-pb.js');

/** `gorod pb compute`: winners of a pabulib election, needing no database or server; `gorod pb import`: a finished cycle from one. */
export const budgetingCli: CliCommand[] = [
  {
    name: 'pb compute <file>',
    description: 'Winners of a pabulib .pb election by a rule; prints {"rule","budget","cost","selected"} as JSON and nothing else',
    options: [
      { flags: '--rule <rule>', description: `${rules.join(' | ')} (default greedy)` },
      { flags: '--utility <utility>', description: `equal-shares: ${utilities.join(' | ')} (default cost)` },
      { flags: '--completion <completion>', description: `equal-shares: ${completions.join(' | ')} (default none)` },
    ],
    async offline(args, opts) {
      const result = computePb(args[0]!, {
        rule: String(opts.rule ?? 'greedy'),
        utility: opts.utility as string | undefined,
        completion: opts.completion as string | undefined,
      });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    },
  },
  {
    name: 'pb import <file>',
    description:
      'Import a real pabulib .pb election as a finished cycle (phases in the past, one citywide heading, its projects, anonymous ballots and the tally); prints {"cycleId","headingId","projects","ballots","selected"} as JSON',
    options: [
      { flags: '--title <title>', description: "the cycle title (default: the file's description)" },
      { flags: '--year <year>', description: "the budget year (default: the file's instance or end date)" },
      { flags: '--rule <rule>', description: `${rules.join(' | ')} (default: the file's rule)` },
      { flags: '--utility <utility>', description: `equal-shares: ${utilities.join(' | ')} (default cost)` },
      { flags: '--completion <completion>', description: `equal-shares: ${completions.join(' | ')} (default: the file's, else add1)` },
    ],
    async run(ctx, args, opts, progress) {
      const { importPb } = await useCases();
      const file = path.resolve(args[0]!);
      if (!fs.existsSync(file)) throw new AppError(400, 'pb_file_missing', { file: args[0]! });
      const year = opts.year === undefined ? undefined : Number(opts.year);
      if (year !== undefined && !(Number.isInteger(year) && year >= 1900 && year <= 2200)) throw new AppError(400, 'pb_bad_year', { value: String(opts.year) });
      const summary = await importPb(
        ctx,
        fs.readFileSync(file, 'utf8'),
        path.basename(file),
        {
          title: opts.title as string | undefined,
          year,
          rule: opts.rule as string | undefined,
          utility: opts.utility as string | undefined,
          completion: opts.completion as string | undefined,
        },
        progress,
      );
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
];
