import type { CliCommand } from '../../core/module/module.js';
import { completions, computePb, rules, utilities } from './use-cases/compute-pb.js';

/** `gorod pb compute`: winners of a pabulib election, needing no database or server. */
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
      const result = computePb(args[0]!, { rule: String(opts.rule ?? 'greedy'), utility: opts.utility as string | undefined, completion: opts.completion as string | undefined });
      process.stdout.write(`${JSON.stringify(result)}\n`);
    },
  },
];
