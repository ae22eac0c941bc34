import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/register.js');

/** `gorod register import FILE.csv [--replace]`: progress on stderr, the summary as JSON on stdout. */
export const verificationCli: CliCommand[] = [
  {
    name: 'register import <file>',
    description: 'Import the residents register from CSV (document_number,district,birth_date): document numbers are kept only as keyed hashes',
    options: [{ flags: '--replace', description: 'empty the register first (the file is a full snapshot)' }],
    async run(ctx, args, opts, progress) {
      const { importRegister } = await useCases();
      const file = path.resolve(args[0]!);
      progress(`Reading ${file}`);
      let csv: string;
      try {
        csv = fs.readFileSync(file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        throw new AppError(400, 'verification_register_file', { file, detail: code === 'ENOENT' ? 'no such file' : (code ?? String(err)) });
      }
      const summary = await importRegister(ctx, null, csv, { replace: opts.replace === true, lang: 'en' }, progress);
      process.stdout.write(
        `${JSON.stringify({ lines: summary.lines, imported: summary.imported, problems: summary.problems.length, entries: summary.entries })}\n`,
      );
    },
  },
];
