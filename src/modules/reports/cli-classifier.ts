import path from 'node:path';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/classifier/import-classifier.js');

/** `gorod classifier import FILE [--english FILE]`: progress on stderr, `{objects, categories, reasons, archived, english}` as JSON on stdout. */
export const classifierCli: CliCommand[] = [
  {
    name: 'classifier import <file>',
    description:
      'Import (or re-import) a «Наш СПб» classifier JSON file (API v4): objects, categories and reasons by their source ids; keeps deadlines, department kinds, season windows and English names administrators set; English names for items without one come from the translations file next to it (X_api_v4.json → X_en.json) or --english',
    options: [
      {
        flags: '--english <file>',
        description: 'the translations file (English names by id, help texts, season messages); default: X_en.json next to the classifier file',
      },
      { flags: '--no-english', description: 'import the Russian names only (English names already set are kept)' },
    ],
    async run(ctx, args, opts, progress) {
      const { importClassifierFile } = await useCases();
      const english = opts.english === false ? false : typeof opts.english === 'string' ? path.resolve(opts.english) : undefined;
      const summary = await importClassifierFile(ctx, path.resolve(args[0]!), progress, english === undefined ? {} : { english });
      process.stdout.write(`${JSON.stringify(summary)}\n`);
    },
  },
];
