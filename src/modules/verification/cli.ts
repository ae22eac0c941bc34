import type { CliCommand } from '../../core/module/module.js';

/** `gorod register import <file.csv>` (helper V fills this in). */
export const verificationCli: CliCommand[] = [];
