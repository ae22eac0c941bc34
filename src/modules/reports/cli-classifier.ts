import type { CliCommand } from '../../core/module/module.js';

/** `gorod classifier import FILE`. */
export const classifierCli: CliCommand[] = [];
