import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import type { CliCommand } from '../../core/module/module.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/import-districts.js');

/** Reads a GeoJSON file; a missing or non-JSON file is a refusal that says so. */
function readJsonFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new AppError(400, 'district_file_missing', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new AppError(400, 'district_file_not_json', { file, detail: (err as Error).message });
  }
}

const option = (v: string | boolean | undefined) => (typeof v === 'string' && v ? v : undefined);

/**
 * `gorod districts import FILE --name-field …`: problems by feature number and progress on stderr, the plan
 * (added / renamed / kept / removed / left as is, problems) as JSON on stdout; exit 2 when refused.
 */
export const districtsCli: CliCommand[] = [
  {
    name: 'districts import <file>',
    description:
      'Import (or re-import) district boundaries from a GeoJSON FeatureCollection: ids kept (matched by id, OSM relation, name), so reports keep their district; refused when a district missing from the file still has records',
    options: [
      { flags: '--name-field <property>', description: 'the property with the Russian name (e.g. name, name:ru)', required: true },
      { flags: '--name-en-field <property>', description: 'the property with the English name (default: the Russian one in Latin letters)' },
      { flags: '--id-field <property>', description: 'the property with a stable id (default: a slug of the name)' },
      { flags: '--dry-run', description: 'check and plan only; write nothing' },
      { flags: '--keep-missing', description: 'keep districts the file does not have instead of removing them' },
    ],
    async run(ctx, args, opts, progress) {
      const { describeDistrictProblem, importDistricts } = await useCases();
      const file = path.resolve(args[0]!);
      progress(`Reading ${file}`);
      const json = readJsonFile(file);
      const dryRun = opts.dryRun === true;
      const fields = { nameField: option(opts.nameField)!, nameEnField: option(opts.nameEnField), idField: option(opts.idField) };
      let result;
      try {
        result = await importDistricts(ctx, null, json, { ...fields, keepMissing: opts.keepMissing === true, dryRun }, progress);
      } catch (err) {
        // the refusal names only the first error: list them all first
        if (err instanceof AppError && err.code === 'district_file_invalid') {
          const { problems } = await importDistricts(ctx, null, json, { ...fields, keepMissing: true, dryRun: true });
          for (const p of problems) progress(`${p.severity}: ${describeDistrictProblem('en', p)}`);
        }
        throw err;
      }
      for (const p of result.problems) progress(`${p.severity}: ${describeDistrictProblem('en', p)}`);
      for (const b of result.blocking) progress(`blocking: ${b.nameRu} (${b.id}) is not in the file but records point at it: ${JSON.stringify(b.references)}`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
      if (dryRun && (result.blocking.length || result.problems.some((p) => p.severity === 'error'))) process.exitCode = 2;
    },
  },
];
