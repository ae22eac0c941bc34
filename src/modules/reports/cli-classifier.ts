import path from 'node:path';
import type { CliCommand } from '../../core/module/module.js';
import { importClassifierFile } from './use-cases/classifier/import-classifier.js';

/** `gorod classifier import FILE`: progress on stderr, `{objects, categories, reasons, archived}` as JSON on stdout. */
export const classifierCli: CliCommand[] = [
  {
    name: 'classifier import <file>',
    description:
      'Import (or re-import) a «Наш СПб» classifier JSON file (API v4): objects, categories and reasons by their source ids; keeps deadlines, department kinds and season windows administrators set',
    async run(ctx, args, _opts, progress) {
      const summary = await importClassifierFile(ctx, path.resolve(args[0]!), progress);
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
];
