import type { CliCommand } from './core/module/module.js';
import { budgetingCli } from './modules/budgeting/cli.js';
import { cityBudgetCli } from './modules/budgeting/cli-city-budget.js';
import { calendarCli } from './modules/city/cli-calendar.js';
import { cityCli } from './modules/city/cli-city.js';
import { districtsCli } from './modules/city/cli-districts.js';
import { apiKeyCli } from './modules/reports/cli-apikey.js';
import { classifierCli } from './modules/reports/cli-classifier.js';
import { departmentsCli } from './modules/reports/cli-departments.js';
import { servicesCli } from './modules/services/cli.js';
import { placesCli } from './modules/places/cli.js';
import { statisticsCli } from './modules/statistics/cli.js';
import { verificationCli } from './modules/verification/cli.js';

/**
 * The commands the modules add, in module order, exactly as their module.ts lists them (commands.test.ts
 * checks), imported without the modules: a module's cli file declares names, descriptions and options
 * and imports its use cases inside `run`, so `gorod --help` and an offline command such as
 * `gorod pb compute` load none of the server.
 */
export const moduleCommands: CliCommand[] = [
  ...cityCli,
  ...districtsCli,
  ...calendarCli,
  ...classifierCli,
  ...departmentsCli,
  ...apiKeyCli,
  ...verificationCli,
  ...budgetingCli,
  ...cityBudgetCli,
  ...servicesCli,
  ...placesCli,
  ...statisticsCli,
];
