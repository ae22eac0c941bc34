import path from 'node:path';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/departments/import-departments.js');

/** `gorod departments import FILE.csv`: progress on stderr, what changed as JSON on stdout; any bad line and nothing is written. */
export const departmentsCli: CliCommand[] = [
  {
    name: 'departments import <file>',
    description:
      'Import (or re-import) departments from a CSV file (columns: id, name_ru, name_en, kind, district, phone, email, address, website — docs/departments-csv.md), updating by id; all or nothing, problems by line number',
    options: [{ flags: '--dry-run', description: 'check the file and print what would change, writing nothing' }],
    async run(ctx, args, opts, progress) {
      const { importDepartments, readDepartmentsFile } = await useCases();
      const text = readDepartmentsFile(path.resolve(args[0]!));
      const summary = await importDepartments(ctx, 'command_line', text, { dryRun: opts.dryRun === true, lang: 'en' }, progress);
      const { items: _items, ...counts } = summary;
      process.stdout.write(`${JSON.stringify(counts)}\n`);
    },
  },
];
