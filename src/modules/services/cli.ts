import path from 'node:path';
import type { CliCommand } from '../../core/module/module.js';
// the use case loads when the command runs, so `gorod --help` reads only this declaration
const useCases = () => import('./use-cases/import-services.js');

/** `gorod services import FILE.csv|FILE.json`: progress on stderr, what it did as JSON on stdout; any bad line and nothing is written. */
export const servicesCli: CliCommand[] = [
  {
    name: 'services import <file>',
    description:
      'Import (or re-import) life roles and services from a CSV file (services) or a JSON file ({"roles": [...], "services": [...]}) — docs/services-import.md — updating by key; all or nothing, problems by line or item',
    options: [{ flags: '--dry-run', description: 'check the file and print what would change, writing nothing' }],
    async run(ctx, args, opts, progress) {
      const { importServices, readServicesFile } = await useCases();
      const file = path.resolve(args[0]!);
      const text = readServicesFile(file);
      const format = file.toLowerCase().endsWith('.json') ? 'json' : 'csv';
      const summary = await importServices(ctx, 'command_line', text, { format, dryRun: opts.dryRun === true, lang: 'en' }, progress);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
];
