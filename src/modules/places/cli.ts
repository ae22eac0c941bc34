import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../core/http/errors.js';
import type { CliCommand } from '../../core/module/module.js';
// the use case loads when the command runs, so `gorod --help` reads only this declaration
const useCases = () => import('./use-cases/import-places.js');

const option = (v: string | boolean | undefined) => (typeof v === 'string' && v ? v : undefined);

/**
 * `gorod places import --layer L FILE`: GeoJSON (.geojson, .json) or CSV (.csv); all or nothing, every problem on
 * stderr by feature number or line, progress on stderr, the counts as JSON on stdout; exit 2 when refused.
 */
export const placesCli: CliCommand[] = [
  {
    name: 'places import <file>',
    description:
      'Import (or refresh) a places layer from GeoJSON or CSV: places keep their ids (matched by the source id, e.g. the OSM id), those no longer in the file are removed; nothing is written when the file has a problem',
    options: [
      {
        flags: '--layer <id>',
        description: 'the layer (kindergartens, schools, polyclinics, service-centres, libraries, dog-areas, sports-grounds, recycling, sights)',
        required: true,
      },
      { flags: '--format <format>', description: 'geojson or csv (default: from the file name)' },
      { flags: '--source <text>', description: 'where the data comes from (default: OpenStreetMap)' },
      { flags: '--licence <text>', description: 'its licence (default: ODbL 1.0)' },
      { flags: '--sample', description: 'the places are invented sample data (the page labels them)' },
      { flags: '--dry-run', description: 'check only; write nothing' },
    ],
    async run(ctx, args, opts, progress) {
      const { describePlaceProblem, importPlaces } = await useCases();
      const file = path.resolve(args[0]!);
      let content: string;
      try {
        content = fs.readFileSync(file, 'utf8');
      } catch (err) {
        throw new AppError(400, 'places_file_missing', { file, detail: (err as NodeJS.ErrnoException).code ?? String(err) });
      }
      const format = option(opts.format) === 'csv' || (!option(opts.format) && /\.csv$/i.test(file)) ? 'csv' : 'geojson';
      const input = {
        layerId: option(opts.layer)!,
        format,
        content,
        source: option(opts.source),
        licence: option(opts.licence),
        sample: opts.sample === true,
      } as const;
      // every problem first (a dry run), then the import itself
      const check = await importPlaces(ctx, null, { ...input, dryRun: true }, progress);
      for (const p of check.problems) progress(`error: ${describePlaceProblem('en', format, p)}`);
      const result = opts.dryRun === true ? check : await importPlaces(ctx, null, { ...input, dryRun: false }, progress);
      process.stdout.write(`${JSON.stringify({ ...result, problems: result.problems.length })}\n`);
      if (result.problems.length) process.exitCode = 2;
    },
  },
];
