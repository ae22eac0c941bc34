import type { CliCommand } from '../../core/module/module.js';

/** `gorod budget import <file.csv>` (helper W). */
export const cityBudgetCli: CliCommand[] = [];
