import fs from 'node:fs';
import type { CliCommand } from '../../core/module/module.js';
import { AppError } from '../../core/http/errors.js';
import { parseCalendarCsv } from './domain/calendar-days.js';
// the use cases load when a command runs, so `gorod --help` reads only these declarations
const useCases = () => import('./use-cases/country-calendar.js');

/** `gorod calendar load [FILE]`: the working-day calendar, as a JSON summary on stdout. */
export const calendarCli: CliCommand[] = [
  {
    name: 'calendar load [file]',
    description:
      "Load the working-day calendar: without FILE the one Gorod ships for the city's country (Russia: 2026 and 2027's fixed holidays); FILE is `date,kind,note` CSV like data/ru_calendar_2026.csv. Days already listed are kept",
    async run(ctx, args, _opts, progress) {
      const { loadCalendar, loadCountryCalendar } = await useCases();
      const file = args[0];
      let result;
      if (file) {
        let entries;
        try {
          entries = parseCalendarCsv(fs.readFileSync(file, 'utf8'));
        } catch (err) {
          throw new AppError(400, 'calendar_file_invalid', { problem: (err as Error).message });
        }
        result = await loadCalendar(ctx, null, { entries, name: file });
      } else {
        result = await loadCountryCalendar(ctx, null);
      }
      progress(`Calendar ${result.source}: ${result.added} days added, ${result.kept} already listed and kept.`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    },
  },
];
